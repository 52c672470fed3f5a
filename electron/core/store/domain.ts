import type { StoreSettings } from '../../../shared/domain/store';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { HandlersOf } from '../router';

/**
 * store.*: what the store prints about itself. Each sale saves a snapshot of these
 * (sales/receipt-doc.ts storeSnapshot), so an edit shows on sales from now on and a
 * reprint of an older receipt still says what it said. Currency, exponent and locale
 * never change here: every saved amount is in them.
 */
export function storeDomain(ctx: CoreContext) {
  const handlers: HandlersOf<'store'> = {
    'store.update': (input) => {
      const store = ctx.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
      const next: StoreSettings = { ...store };
      if (input.name !== undefined) next.name = input.name;
      if (input.address !== undefined) next.address = input.address;
      if (input.taxNumber !== undefined) next.taxNumber = input.taxNumber;
      if (input.phone !== undefined) next.phone = input.phone;
      if (input.receiptHeader !== undefined) next.receiptHeader = input.receiptHeader;
      if (input.receiptFooter !== undefined) next.receiptFooter = input.receiptFooter;
      if (input.expiryWarningDays !== undefined) next.expiryWarningDays = input.expiryWarningDays;
      ctx.settings.set('store', next);
      return next;
    },
  };
  return { handlers };
}
