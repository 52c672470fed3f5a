import type { DiscountKind } from '../pricing';
import type { Unit } from './catalog';
import type { Totals } from './totals';
import type { Bps, Iso, Minor, Qty } from './units';

export type TenderKind = 'cash' | 'card' | 'store_credit' | 'gift_card' | 'other';

/** A discount on a line or on the whole sale, as given and as worked out. */
export interface DiscountView {
  kind: DiscountKind;
  /** Basis points for 'percent', minor units for 'amount'. */
  value: number;
  /** Reason code label, or null where none was needed. */
  reason: string | null;
  /** Name of the manager who approved it, if the cashier's own limit did not reach. */
  approvedBy: string | null;
}

export interface CartLineView {
  id: string;
  productId: string;
  name: string;
  sku: string;
  unit: Unit;
  /** Negative on a return line. */
  qty: Qty;
  unitPrice: Minor;
  /** unitPrice x qty, or the fixed amount: before discounts. */
  gross: Minor;
  /** What the line costs after its discounts: what is taxed and paid. */
  amount: Minor;
  taxRateId: string;
  rateBps: Bps;
  taxCode: string;
  /** The barcode carried a price (in-store price label) or the line returns a sold line: quantity is fixed. */
  fixedAmount: boolean;
  /** The catalog price, when a price override changed unit price. */
  listPrice: Minor | null;
  overrideReason: string | null;
  discount: DiscountView | null;
  /** The line's own discount, in minor units. */
  lineDiscount: Minor;
  /** The line's share of the sale discount (shared/pricing.ts). */
  saleDiscount: Minor;
  /** Set on a return line: the sold line it takes back. */
  returnOf: { saleId: string; receiptNumber: string; saleLineId: string } | null;
  /** Where returned goods go: back to sellable stock or written off. */
  disposition: 'sellable' | 'damaged' | null;
  /** The gift card this line issues or tops up. */
  giftCardCode: string | null;
}

export interface CartTenderView {
  id: string;
  /** A code in the store's tender list (cash, card, voucher...). */
  method: string;
  methodName: string;
  kind: TenderKind;
  /** Positive: paid; negative: refunded. */
  amount: Minor;
  cardLast4: string | null;
  approvalCode: string | null;
  giftCardCode: string | null;
  customerName: string | null;
}

export interface CartCustomerView {
  id: string;
  name: string;
  phone: string;
  email: string;
  loyaltyCode: string | null;
  creditBalance: Minor;
}

export interface CartView {
  id: string;
  lines: CartLineView[];
  totals: Totals;
  /**
   * Raised by one on every change of this till's cart, including the sale that empties
   * it. A payment names the version the cashier saw and is refused if it moved.
   */
  version: number;
  saleDiscount: (DiscountView & { amount: Minor }) | null;
  /** Every discount on the cart: line discounts and the sale discount. */
  discountTotal: Minor;
  customer: CartCustomerView | null;
  /** Tenders already taken for this cart (a card approved, a gift card applied). */
  tenders: CartTenderView[];
  /** Sum of tenders. */
  paid: Minor;
  /** totals.total - paid: still to pay, or (negative) still to refund. */
  remaining: Minor;
  /**
   * What cash settles now: `remaining` rounded by the store's cash rounding
   * (SalesRules.cashRounding); `cashDue - remaining` is the rounding line.
   */
  cashDue: Minor;
  /** Units sold: each items counted by quantity, a weighed line as one. */
  itemCount: number;
  /** Units taken back on return lines, counted the same way. */
  itemsReturned: number;
  /** The manager who allowed returns without a receipt on this cart. */
  returnApprovedBy: string | null;
}

export interface ParkedCartView {
  id: string;
  note: string;
  parkedAt: Iso;
  parkedBy: string;
  lines: number;
  total: Minor;
  customerName: string | null;
}
