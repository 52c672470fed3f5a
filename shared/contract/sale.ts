import { z } from 'zod';
import type { ReceiptDoc } from '../domain/receipt';
import type { PrintJobView, SaleResult, SaleSummary } from '../domain/sale';
import { channel } from './define';
import { id, minor } from './inputs';

export const saleChannels = {
  'sale.payCash': channel<SaleResult>()({
    input: z.object({ tendered: minor }),
    access: 'sale.sell',
    summary:
      'Take cash for the open cart: commits sale, lines, payment, stock and journal in one transaction, then queues the receipt.',
  }),
  'sale.recent': channel<SaleSummary[]>()({
    input: z.object({ limit: z.number().int().min(1).max(100).default(20) }),
    access: 'sale.reprint',
    summary: "This till's latest sales, newest first.",
  }),
  'sale.receipt': channel<ReceiptDoc>()({
    input: z.object({ saleId: id }),
    access: 'sale.reprint',
    summary: 'The receipt document of a finalized sale.',
  }),
  'receipt.reprint': channel<PrintJobView>()({
    input: z.object({ saleId: id }),
    access: 'sale.reprint',
    summary: 'Print a receipt again (marked COPY after the first successful print).',
  }),
};
