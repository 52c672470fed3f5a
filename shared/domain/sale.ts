import type { ReceiptDoc } from './receipt';
import type { Iso, Minor } from './units';

export type PrintJobStatus = 'queued' | 'printed' | 'failed';

export interface PrintJobView {
  id: string;
  saleId: string;
  receiptNumber: string;
  status: PrintJobStatus;
  attempts: number;
  error: string | null;
  updatedAt: Iso;
}

export interface SaleResult {
  receipt: ReceiptDoc;
  change: Minor;
  printJob: PrintJobView;
}

export interface SaleSummary {
  id: string;
  receiptNumber: string;
  createdAt: Iso;
  total: Minor;
  cashierName: string;
}
