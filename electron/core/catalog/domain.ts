import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { HandlersOf } from '../router';
import { homeLocationId, tillLocationId } from '../inventory/locations';
import { CatalogService } from './catalog-service';

/** catalog.*: products, categories and tax rates as the till reads them. */
export function catalogDomain(ctx: CoreContext) {
  // This till's location; before set-up there is no till yet, and the shop floor is all there is.
  const catalog = new CatalogService(ctx.db, () => {
    const tillId = ctx.settings.get('tillId');
    return tillId === undefined ? homeLocationId(ctx.db) : tillLocationId(ctx.db, tillId);
  });
  const handlers: HandlersOf<'catalog'> = {
    'catalog.categories': () => catalog.categories(),
    'catalog.taxRates': () => catalog.taxRates(),
    'catalog.products': (input) => catalog.products(input),
    'catalog.search': (input) => catalog.search(input.query, input.limit),
    'catalog.lookup': (input) => {
      const store = ctx.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
      const exponent = store.currencyExponent;
      const match = catalog.lookupCode(input.code, ctx.settings.instoreRules(exponent), exponent);
      // An archived product has vanished from the till; a scan of it says it is no longer sold.
      if (match === null || match.archived) fail('not_found', `Nothing has the code ${input.code}`);
      return match.product;
    },
  };
  return { catalog, handlers };
}
