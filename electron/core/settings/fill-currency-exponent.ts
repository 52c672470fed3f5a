import type { StoreSettings } from '../../../shared/domain/store';
import { savedCurrencyExponent } from '../../../shared/iso-4217';
import type { SettingsStore } from './settings-store';

/** The store settings as releases before StoreSettings.currencyExponent saved them. */
type SavedStore = Omit<StoreSettings, 'currencyExponent'> & { currencyExponent?: number };

/**
 * A store saved before StoreSettings had `currencyExponent` gets it once, from the ISO 4217
 * table (shared/iso-4217.ts), the same table setup uses. createCore calls this before any
 * domain is built, so no handler ever reads a store without it.
 *
 * Why here and not a migration: the store settings are one JSON value owned by the
 * SettingsStore, and migrations (db/migrations) are frozen, ordered schema steps that must
 * do the same thing forever; this depends on the table of whichever release first opens the
 * old data. Writing the value makes it permanent: a later release with a later table, or a
 * runtime whose Intl counts digits differently, never changes it.
 *
 * What it cannot know: releases before this one took the digits from the runtime's Intl.
 * For the currencies where Intl and ISO disagree (on Node 20: HUF, IDR, COP, PKR, IQD and
 * others, see tests/unit/iso-4217.test.ts), the integers already saved may have been meant
 * at Intl's digits. The warning names the store so its prices are checked once.
 */
export function fillCurrencyExponent(settings: SettingsStore, warn: (message: string) => void): void {
  const store: SavedStore | undefined = settings.get('store');
  if (store === undefined || store.currencyExponent !== undefined) return;
  const exponent = savedCurrencyExponent(store.currency);
  if (exponent === null) {
    throw new Error(
      `The store's currency ${store.currency} is not in ISO 4217, so its minor units are unknown; ` +
        'this data folder needs its store currency corrected before Tillbox can open it.',
    );
  }
  settings.set('store', { ...store, currencyExponent: exponent });
  const intlDigits = runtimeDigits(store.currency);
  if (intlDigits !== null && intlDigits !== exponent) {
    warn(
      `Store currency ${store.currency}: saved ${exponent} decimals from ISO 4217; earlier releases on this ` +
        `runtime used ${intlDigits}. Check that product prices still read right.`,
    );
  }
}

/** Only for the warning above: what earlier releases would have used on this runtime. */
function runtimeDigits(currency: string): number | null {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? null;
  } catch {
    return null;
  }
}
