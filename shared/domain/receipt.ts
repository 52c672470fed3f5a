import type { Totals } from './totals';
import type { Bps, Iso, Minor, Qty } from './units';
import type { Unit } from './catalog';

export interface ReceiptLine {
  name: string;
  qty: Qty;
  unit: Unit;
  unitPrice: Minor;
  amount: Minor;
  rateBps: Bps;
  /** Tax code letter, matching a row of totals.breakdown. */
  taxCode: string;
}

export interface ReceiptPayment {
  method: 'cash';
  /** What was applied to the sale. */
  amount: Minor;
  tendered: Minor;
  change: Minor;
}

/** Everything a receipt shows: the printer and the screen render the same document. */
export interface ReceiptDoc {
  saleId: string;
  receiptNumber: string;
  tillCode: string;
  cashierName: string;
  createdAt: Iso;
  /** The store as it was at the sale; currencyExponent is how many decimals its amounts have. */
  store: { name: string; address: string; currency: string; currencyExponent: number; locale: string };
  lines: ReceiptLine[];
  totals: Totals;
  payments: ReceiptPayment[];
  tendered: Minor;
  change: Minor;
  /** Set when this is a copy printed after the fact. */
  reprint: boolean;
}
