import { useMemo } from 'react';
import { formatMoney, formatQty } from '../../../shared/money';
import { rateLabel } from '../../../shared/tax';
import type { Unit } from '../../../shared/domain/catalog';
import type { Bps, Minor, Qty } from '../../../shared/domain/units';
import { useAppStatus } from '../api/hooks/use-app';

export interface StoreFormat {
  locale: string;
  currency: string;
  /** The store's saved minor-unit exponent: what every Minor amount is counted in. */
  currencyExponent: number;
  money(amount: Minor): string;
  qty(qty: Qty, unit: Unit): string;
  rate(rateBps: Bps): string;
  dateTime(iso: string): string;
}

// Before setup there is no store yet; these only ever format an empty screen.
const FALLBACK_LOCALE = 'en-GB';
const FALLBACK_CURRENCY = 'EUR';
const FALLBACK_EXPONENT = 2;

/** Money, quantities and dates the way the store's own locale writes them, not the browser's. */
export function useStoreFormat(): StoreFormat {
  const store = useAppStatus().data?.store;
  const locale = store?.locale ?? FALLBACK_LOCALE;
  const currency = store?.currency ?? FALLBACK_CURRENCY;
  // Saved at setup from ISO 4217; never worked out again here from the browser's Intl,
  // whose idea of a currency's digits can differ from the core's and from ISO.
  const currencyExponent = store?.currencyExponent ?? FALLBACK_EXPONENT;
  return useMemo(() => {
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const money = { currency, currencyExponent, locale };
    return {
      locale,
      currency,
      currencyExponent,
      money: (amount) => formatMoney(amount, money),
      qty: (qty, unit) => formatQty(qty, unit, locale),
      rate: (rateBps) => rateLabel(rateBps, locale),
      dateTime: (iso) => dates.format(new Date(iso)),
    };
  }, [locale, currency, currencyExponent]);
}
