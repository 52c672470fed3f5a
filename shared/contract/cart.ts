import { z } from 'zod';
import type { CartView } from '../domain/cart';
import { channel } from './define';
import { id, noInput, qty, scanCode } from './inputs';

export const cartChannels = {
  'cart.get': channel<CartView>()({
    input: noInput,
    access: 'sale.sell',
    summary: "This till's open cart (it survives a restart).",
  }),
  'cart.scan': channel<CartView>()({
    input: z.object({
      code: scanCode,
      qty: qty
        .optional()
        .describe(
          'Quantity in thousandths keyed before the scan (12 x scan: 12000), or the weight of a product sold by weight (1.250 kg: 1250). Not allowed with a weight or price label, which carries its own.',
        ),
    }),
    access: 'sale.sell',
    summary:
      'Add the product for a scanned or typed barcode/SKU, optionally a quantity keyed first; in-store weight and price labels are decoded.',
  }),
  'cart.addProduct': channel<CartView>()({
    input: z.object({ productId: id, qty: qty.optional() }),
    access: 'sale.sell',
    summary: 'Add a product (default one each); the same product again raises the quantity of its line.',
  }),
  'cart.setQty': channel<CartView>()({
    input: z.object({ lineId: id, qty }),
    access: 'sale.sell',
    summary: 'Set the quantity of a line (thousandths).',
  }),
  'cart.removeLine': channel<CartView>()({
    input: z.object({ lineId: id }),
    access: 'sale.sell',
    summary: 'Remove a line.',
  }),
  'cart.clear': channel<CartView>()({
    input: noInput,
    access: 'sale.sell',
    summary: 'Remove every line.',
  }),
};
