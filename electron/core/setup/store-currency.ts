import type { StoreSettings } from '../../../shared/domain/store';
import { currencyProblem, isoCurrencyExponent } from '../../../shared/iso-4217';
import { fail } from '../errors';

/**
 * The store as setup saves it: the currency's minor-unit exponent always from the ISO 4217
 * table, whatever the caller passed. The demo file names only the currency, and no caller
 * can save an exponent that disagrees with the table at setup.
 */
export function withIsoExponent(store: Omit<StoreSettings, 'currencyExponent'>): StoreSettings {
  const exponent = isoCurrencyExponent(store.currency);
  if (exponent === null) {
    fail('unknown_currency', currencyProblem(store.currency) ?? `${store.currency} is not an ISO 4217 currency`);
  }
  return {
    name: store.name,
    address: store.address,
    currency: store.currency,
    currencyExponent: exponent,
    locale: store.locale,
    taxInclusive: store.taxInclusive,
    // What every receipt prints besides name and address; absent when setup left them out.
    ...(store.taxNumber !== undefined ? { taxNumber: store.taxNumber } : {}),
    ...(store.phone !== undefined ? { phone: store.phone } : {}),
    ...(store.receiptHeader !== undefined ? { receiptHeader: store.receiptHeader } : {}),
    ...(store.receiptFooter !== undefined ? { receiptFooter: store.receiptFooter } : {}),
  };
}
