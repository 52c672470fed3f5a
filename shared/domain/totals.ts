import type { Bps, Minor } from './units';

export interface TaxBreakdownRow {
  taxRateId: string;
  code: string;
  name: string;
  rateBps: Bps;
  net: Minor;
  tax: Minor;
  gross: Minor;
}

export interface Totals {
  /** Whether the line amounts include tax. */
  inclusive: boolean;
  net: Minor;
  tax: Minor;
  /** What the customer pays. */
  total: Minor;
  breakdown: TaxBreakdownRow[];
}
