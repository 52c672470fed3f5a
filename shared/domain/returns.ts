import type { TenderKind } from './cart';
import type { Unit } from './catalog';
import type { Bps, Iso, Minor, Qty } from './units';

/** A sold line as a return sees it: what was sold, what came back, what may still come back. */
export interface ReturnableLineView {
  saleLineId: string;
  productId: string;
  name: string;
  sku: string;
  unit: Unit;
  /** What the line sold (positive). */
  soldQty: Qty;
  unitPrice: Minor;
  /** What the customer paid for the line, after its discounts. */
  soldAmount: Minor;
  /** Taken back by finalized returns so far (positive). */
  returnedQty: Qty;
  /** Already on return lines of this till's open cart (positive). */
  inCartQty: Qty;
  /**
   * What may still be added to this cart: sold, less finalized returns, less what other
   * carts (another window, a parked sale) hold for return, less what this cart holds.
   */
  leftQty: Qty;
  /** What the finalized returns have not yet refunded of this line. */
  leftAmount: Minor;
  rateBps: Bps;
  taxCode: string;
}

/** A payment of the sold receipt, for refunding to the original tender (refundOf). */
export interface ReturnablePaymentView {
  id: string;
  method: string;
  methodName: string;
  kind: TenderKind;
  amount: Minor;
  /** Refunded against this payment so far (positive). */
  refunded: Minor;
  cardLast4: string | null;
}

export interface ReturnableSaleView {
  saleId: string;
  receiptNumber: string;
  createdAt: Iso;
  cashierName: string;
  total: Minor;
  customerName: string | null;
  lines: ReturnableLineView[];
  payments: ReturnablePaymentView[];
}
