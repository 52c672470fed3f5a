import { z } from 'zod';
import type { CartView } from '../domain/cart';
import type { ReturnableSaleView } from '../domain/returns';
import { channel } from './define';
import { id, minor, pin, qty, scanCode } from './inputs';

const disposition = z
  .enum(['sellable', 'damaged'])
  .describe('Where the returned goods go: back to sellable stock, or written off as damaged.');

/** What the receipt's barcode encodes (its number, e.g. T01-000042), scanned or typed. */
const receiptCode = scanCode.describe('The receipt number as its barcode encodes it or as typed, e.g. T01-000042.');

export const returnChannels = {
  'return.lookup': channel<ReturnableSaleView>()({
    input: z.union([z.object({ saleId: id }).strict(), z.object({ code: receiptCode }).strict()]),
    access: 'sale.return',
    summary:
      "A sold receipt, found by its id or by the code on its barcode (the receipt number): each line's sold quantity, what may still be returned, and its payments (ids for refundOf).",
  }),
  'cart.addReturn': channel<CartView>()({
    input: z.object({
      saleId: id,
      lines: z
        .array(z.object({ saleLineId: id, qty: qty.describe('Quantity to return, in thousandths (positive): 1 each = 1000.'), disposition }))
        .min(1)
        .max(200),
    }),
    access: 'sale.return',
    summary:
      'Add return lines against a sold receipt: each refunds its share of what was paid (discounts come back in proportion) and is capped by what is left to return. All receipt returns in one cart come from one sale.',
  }),
  'cart.addReturnNoReceipt': channel<CartView>()({
    input: z.object({
      productId: id,
      qty: qty.describe('Quantity to return, in thousandths (positive): 1 each = 1000.'),
      unitPrice: minor.describe('Refund per unit (per kg for weighed goods), in minor units.'),
      disposition,
      reasonId: id,
      approval: z.object({ pin }).optional(),
    }),
    access: 'sale.sell',
    summary:
      "A return without a receipt: needs a manager (sale.returnNoReceipt, a cashier's screen asks for a manager's PIN) and a return reason; refunds only to store credit, or to cash up to the store's limit.",
  }),
  'cart.setDisposition': channel<CartView>()({
    input: z.object({ lineId: id, disposition }),
    access: 'sale.return',
    summary: 'Choose whether a return line goes back to sellable stock or is written off as damaged.',
  }),
};
