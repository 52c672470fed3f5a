import { z } from 'zod';
import type { CartView, ParkedCartView } from '../domain/cart';
import { channel } from './define';
import { approval, discountKind, discountValue, id, minor, noInput, percentAtMost100, qty, scanCode } from './inputs';

/** The cashier has checked the customer's age: an age-restricted product may go in (age_check_required otherwise). */
const ageChecked = z
  .boolean()
  .optional()
  .describe("True once the cashier has checked the customer's age; asked once per sale, on its first age-restricted product.");

export const cartChannels = {
  'cart.get': channel<CartView>()({
    input: noInput,
    access: 'sale.sell',
    summary: "This till's open cart (it survives a restart).",
  }),
  'cart.scan': channel<CartView>()({
    input: z.object({
      code: scanCode,
      ageChecked: ageChecked,
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
    input: z.object({ productId: id, qty: qty.optional(), ageChecked }),
    access: 'sale.sell',
    summary: 'Add a product (default one each); the same product again raises the quantity of its line.',
  }),
  'cart.setQty': channel<CartView>()({
    input: z.object({ lineId: id, qty }),
    access: 'sale.sell',
    summary: 'Set the quantity of a line (thousandths).',
  }),
  'cart.discountLine': channel<CartView>()({
    input: z
      .object({ lineId: id, kind: discountKind, value: discountValue, reasonId: id.optional(), approval })
      .superRefine(percentAtMost100),
    access: 'sale.sell',
    summary:
      "Give a line a discount (value 0 removes it), with a reason; beyond the role's limit a manager's PIN comes in `approval`.",
  }),
  'cart.discountSale': channel<CartView>()({
    input: z
      .object({ kind: discountKind, value: discountValue, reasonId: id.optional(), approval })
      .superRefine(percentAtMost100),
    access: 'sale.sell',
    summary: 'Give the whole sale a discount (value 0 removes it), shared over its lines in proportion; with a reason.',
  }),
  'cart.overridePrice': channel<CartView>()({
    input: z.object({
      lineId: id,
      unitPrice: minor.describe('The new price of one unit (per kg for weighed goods), in minor units.'),
      reasonId: id,
      approval,
    }),
    access: 'sale.sell',
    summary: "Change a line's unit price; the catalog price is kept beside it. The catalog price again undoes it.",
  }),
  'cart.voidLine': channel<CartView>()({
    input: z.object({ lineId: id, reasonId: id, approval }),
    access: 'sale.sell',
    summary: 'Take a line off the sale before payment, with a reason; journaled with who did it and who approved it.',
  }),
  'cart.voidSale': channel<CartView>()({
    input: z.object({ reasonId: id, approval }),
    access: 'sale.sell',
    summary: 'Void the whole sale before payment, with a reason; journaled. Refused once payments are taken.',
  }),
  'cart.park': channel<CartView>()({
    input: z.object({ note: z.string().trim().max(200, 'A note is at most 200 characters') }),
    access: 'sale.sell',
    summary: 'Put the sale aside with a note and start an empty one; it survives a restart.',
  }),
  'cart.parked': channel<ParkedCartView[]>()({
    input: noInput,
    access: 'sale.sell',
    summary: "This till's parked sales, newest first.",
  }),
  'cart.resume': channel<CartView>()({
    input: z.object({ cartId: id }),
    access: 'sale.sell',
    summary: 'Bring a parked sale back as the open one; refused while the open sale has lines.',
  }),
  'cart.discardParked': channel<ParkedCartView[]>()({
    input: z.object({ cartId: id, reasonId: id, approval }),
    access: 'sale.sell',
    summary: 'Void a parked sale, with a reason; journaled. Returns the parked sales left.',
  }),
};
