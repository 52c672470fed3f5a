import { z } from 'zod';
import type { ReceiptDoc } from '../domain/receipt';
import type { PrintJobView, SaleResult, SaleSummary } from '../domain/sale';
import { channel } from './define';
import { id, limit, minor } from './inputs';

export const saleChannels = {
  'sale.payCash': channel<SaleResult>()({
    input: z.object({
      tendered: minor.describe('Cash handed over, in minor units (cents).'),
      cartVersion: z
        .number()
        .int()
        .min(0)
        .describe('The `version` counter of the cart the cashier saw (from cart.get or cart.updated); refused with cart_changed if the cart moved on.'),
    }),
    access: 'sale.sell',
    summary:
      'Take cash for the open cart as the cashier saw it: commits sale, lines, payment, stock, journal and outbox in one transaction, then queues the receipt. A reply with ok: true always means the sale committed, even if showing or printing its receipt failed (see warnings).',
  }),
  'sale.recent': channel<SaleSummary[]>()({
    input: z.object({ limit: limit(100, 20) }),
    access: 'sale.reprint',
    summary: "This till's latest sales, newest first.",
  }),
  'sale.receipt': channel<ReceiptDoc>()({
    input: z.object({ saleId: id }),
    access: 'sale.reprint',
    summary: 'The receipt document of a finalized sale.',
  }),
  'receipt.unprinted': channel<PrintJobView[]>()({
    input: z.object({ limit: limit(100, 20) }).optional(),
    access: 'sale.reprint',
    summary:
      "This till's receipts whose last print job failed or was interrupted (e.g. Tillbox stopped mid-print), newest first: each needs Reprint.",
  }),
  'receipt.reprint': channel<PrintJobView>()({
    input: z.object({ saleId: id }),
    access: 'sale.reprint',
    summary: 'Print a receipt again (marked COPY after the first successful print).',
  }),
};
