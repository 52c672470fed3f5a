import type { Bps } from './units';

export interface StoreSettings {
  name: string;
  address: string;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
  /**
   * Digits after the decimal point of `currency` (EUR 2, JPY 0, BHD 3): every Minor amount
   * of this store is in 10^-currencyExponent of the currency. Saved once at setup from
   * ISO 4217 (shared/iso-4217.ts) and never recomputed, not from Intl, whose digits vary by
   * runtime, nor from a later edition of the table: it would rescale every saved price.
   */
  currencyExponent: number;
  /** BCP 47 tag used for Intl formatting, e.g. de-DE. */
  locale: string;
  /** true: shelf prices include tax (typical for retail in the EU/UK). */
  taxInclusive: boolean;
}

export interface TaxRateView {
  id: string;
  /** One letter printed beside each receipt line and in the tax breakdown. */
  code: string;
  name: string;
  rateBps: Bps;
}

export interface TillInfo {
  id: string;
  /** Short human code printed in receipt numbers, e.g. T01. */
  code: string;
  name: string;
}
