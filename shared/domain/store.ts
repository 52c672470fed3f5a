import type { Role } from '../permissions';
import type { Bps, Minor } from './units';

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
  /** VAT/GST/ABN registration number printed on every receipt; stores set up before schema 4 lack it. */
  taxNumber?: string;
  phone?: string;
  /** The store's own text above the lines and below the totals of every receipt. */
  receiptHeader?: string;
  receiptFooter?: string;
  /** How many days ahead the expiry list warns of lots expiring (default 7). */
  expiryWarningDays?: number;
}

/** How the till treats money at the counter; the store edits these. */
export interface SalesRules {
  /**
   * Cash rounding increment in minor units, applied only when cash settles what is left
   * to pay: 0 for none, 5 for 0.05 (Switzerland, Australia, Canada), 10 for 0.10.
   */
  cashRounding: Minor;
  /** The deepest discount or price override each role gives without a manager, in basis points. */
  discountLimits: Record<Role, Bps>;
  /** The most cash a return without a receipt may pay out; beyond it, store credit only. */
  noReceiptCashLimit: Minor;
  /** Print each discount's reason on the receipt. */
  printDiscountReasons: boolean;
}

export const DEFAULT_SALES_RULES: SalesRules = {
  cashRounding: 0,
  discountLimits: { cashier: 1000, manager: 10_000, owner: 10_000 },
  noReceiptCashLimit: 0,
  printDiscountReasons: true,
};

/**
 * The card terminal: 'manual' for a standalone terminal where the cashier keys the amount
 * and confirms the outcome; 'simulator' answers by itself, for the demo and tests.
 */
export interface TerminalSettings {
  driver: 'manual' | 'simulator';
  /** What the simulator answers. */
  simulate: 'approve' | 'decline' | 'timeout';
  /** How long a request may wait for an answer, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_TERMINAL_SETTINGS: TerminalSettings = { driver: 'manual', simulate: 'approve', timeoutMs: 60_000 };

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
