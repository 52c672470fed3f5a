import { z } from 'zod';
import type { ReceiptPdf, SaleHistoryPage } from '../domain/sale-history';
import { channel } from './define';
import { id, limit } from './inputs';

/** A day (2026-11-26, the whole day) or an instant (2026-11-26T09:30:00.000Z). */
const dateOrInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'An ISO date (2026-11-26) or date-time')
  .refine((s) => !Number.isNaN(new Date(s).getTime()), 'Not a real date');

export const historyChannels = {
  'sale.find': channel<SaleHistoryPage>()({
    input: z.object({
      receiptNumber: z.string().trim().min(1).max(40).optional(),
      from: dateOrInstant.optional().describe('Sales at or after this day or instant (ISO, UTC).'),
      to: dateOrInstant.optional().describe('Sales up to this instant, or to the end of this day (ISO, UTC).'),
      amount: z
        .number()
        .int()
        .min(0)
        .max(1_000_000_000_00)
        .optional()
        .describe('The receipt total in minor units; matches a refund of that amount too.'),
      tender: z.string().trim().min(1).max(40).optional().describe('A tender code (cash, card...) the sale was paid with.'),
      limit: limit(100, 20),
      before: z
        .object({ createdAt: z.string().min(1).max(40), id })
        .strict()
        .optional()
        .describe('Keyset cursor: the `next` of the previous page.'),
    }),
    access: 'sale.reprint',
    summary: 'Sales history: receipts by number, date, amount or tender, newest first, a page at a time.',
  }),
  'receipt.pdf': channel<ReceiptPdf>()({
    input: z.object({ saleId: id, copy: z.boolean().default(true) }),
    access: 'sale.reprint',
    summary: 'A receipt as a PDF (base64), with its barcode; marked COPY unless copy is false.',
  }),
};
