import type { CartView, TenderKind } from './cart';
import type { ReceiptDoc } from './receipt';
import type { Iso, Minor } from './units';

/**
 * queued: waiting; printing: bytes on their way; printed; failed: the printer said no or
 * could not be reached; interrupted: Tillbox stopped while printing, so it may or may not
 * have printed (a reprint is then marked COPY).
 */
export type PrintJobStatus = 'queued' | 'printing' | 'printed' | 'failed' | 'interrupted';

export interface PrintJobView {
  id: string;
  saleId: string;
  receiptNumber: string;
  status: PrintJobStatus;
  attempts: number;
  error: string | null;
  updatedAt: Iso;
}

/**
 * The reply to a payment. Everything but `receipt` and `printJob` is fixed inside the
 * transaction that committed the sale, so the reply can always say it committed; those
 * two are read after the commit and are null if that read failed (see `warnings`).
 */
export interface SaleResult {
  saleId: string;
  receiptNumber: string;
  total: Minor;
  tendered: Minor;
  change: Minor;
  receipt: ReceiptDoc | null;
  printJob: PrintJobView | null;
  /** What went wrong after the commit; the sale itself is complete. */
  warnings: SaleWarning[];
}

/** Steps after a sale's commit that can fail without undoing the sale. */
export type SaleWarning = 'screens_not_updated' | 'receipt_not_loaded' | 'print_not_queued';

export interface SaleSummary {
  id: string;
  receiptNumber: string;
  createdAt: Iso;
  total: Minor;
  cashierName: string;
}

/** The reply to taking or removing a tender: the cart as it is now, and the sale if this tender completed it. */
export interface TenderStep {
  cart: CartView;
  sale: SaleResult | null;
}

/**
 * The reply to a card payment. 'confirm': a standalone terminal, where the cashier keys the
 * amount and answers with sale.confirmCard; 'approved' added a tender (and may have
 * completed the sale); 'declined' and 'timeout' added nothing.
 */
export interface CardStep extends TenderStep {
  status: 'approved' | 'declined' | 'timeout' | 'confirm';
  requestId: string;
  message: string;
}

/** A tender the store takes, as the payment screen lists it. */
export interface TenderMethodView {
  code: string;
  name: string;
  kind: TenderKind;
  opensDrawer: boolean;
  active: boolean;
  position: number;
}
