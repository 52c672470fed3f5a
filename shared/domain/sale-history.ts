import type { SaleSummary } from './sale';
import type { Iso } from './units';

/** One receipt in the sales history. */
export interface SaleHistoryRow extends SaleSummary {
  /** The tenders it was paid or refunded with, by code and printed name, in order. */
  tenders: { method: string; methodName: string }[];
  /** The receipt refunds more than it takes (a return, or an exchange paying money back). */
  refund: boolean;
  /** For a return or exchange: the receipt number it took back. */
  returnOf: string | null;
}

/** Where the next page starts: the last row's time and id (keyset paging, never offsets). */
export interface SaleHistoryCursor {
  createdAt: Iso;
  id: string;
}

export interface SaleHistoryPage {
  rows: SaleHistoryRow[];
  /** Pass as `before` for the next, older page; null when this is the last. */
  next: SaleHistoryCursor | null;
}

/** A receipt rendered as a PDF file. */
export interface ReceiptPdf {
  fileName: string;
  /** The PDF's bytes, base64: replies travel as JSON. */
  base64: string;
}
