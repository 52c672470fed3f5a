import type { TenderKind } from './cart';
import type { Totals } from './totals';
import type { Bps, Iso, Minor, Qty } from './units';
import type { Unit } from './catalog';

export interface ReceiptLine {
  name: string;
  /** Negative on a returned line. */
  qty: Qty;
  unit: Unit;
  unitPrice: Minor;
  /** After discounts. */
  amount: Minor;
  rateBps: Bps;
  /** Tax code letter, matching a row of totals.breakdown. */
  taxCode: string;
  /** The catalog price when the price was overridden. */
  listPrice: Minor | null;
  /** Discount allocated to the line (its own and its share of the sale's). */
  discount: Minor;
  /** Reason for the line's discount or override, where the store prints reasons. */
  discountReason: string | null;
}

export interface ReceiptPayment {
  /** A tender code (cash, card, voucher...) and its name as printed. */
  method: string;
  methodName: string;
  kind: TenderKind;
  /** What was applied to the sale; negative when refunded. */
  amount: Minor;
  tendered: Minor;
  change: Minor;
  cardLast4: string | null;
  approvalCode: string | null;
  /** The last four characters of a gift card code only: a receipt must not carry a spendable code. */
  giftCardLast4: string | null;
}

export interface ReceiptStore {
  name: string;
  address: string;
  currency: string;
  /** How many decimals the store's amounts have. */
  currencyExponent: number;
  locale: string;
  /** VAT/GST/ABN number, phone and the store's own header and footer text; '' when not set. */
  taxNumber: string;
  phone: string;
  header: string;
  footer: string;
}

/** Everything a receipt shows: the printer, the screen and the PDF render the same document. */
export interface ReceiptDoc {
  saleId: string;
  receiptNumber: string;
  tillCode: string;
  cashierName: string;
  createdAt: Iso;
  /** The store as it was at the sale. */
  store: ReceiptStore;
  lines: ReceiptLine[];
  totals: Totals;
  payments: ReceiptPayment[];
  tendered: Minor;
  change: Minor;
  /** Cash rounding added to the total (0 when none). */
  rounding: Minor;
  /** Every discount of the sale. */
  discountTotal: Minor;
  /** The sale discount's reason, where the store prints reasons. */
  saleDiscountReason: string | null;
  customer: { name: string; taxId: string } | null;
  /** For a return or exchange: the receipt number of the sale taken back. */
  returnOf: string | null;
  /** More was refunded than paid: the receipt says REFUND. */
  refund: boolean;
  /** Units sold: each items counted by quantity, a weighed line as one. */
  itemCount: number;
  /** Units taken back (a return or the returned side of an exchange), counted the same way. */
  itemsReturned: number;
  /** Set when this is a copy printed after the fact. */
  reprint: boolean;
}
