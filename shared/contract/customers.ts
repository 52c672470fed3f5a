import { z } from 'zod';
import type { CartView } from '../domain/cart';
import {
  GIFT_CARD_CODE,
  LOYALTY_CODE,
  MAX_CARD_AMOUNT,
  type CustomerView,
  type GiftCardBalance,
  type StoreCreditMovementView,
} from '../domain/customer';
import { email, phone } from './contact-fields';
import { channel } from './define';
import { id, limit } from './inputs';

const loyaltyCode = z.string().regex(LOYALTY_CODE, 'A loyalty code is 4 to 32 letters or digits');
const amount = z
  .number()
  .int('money is a whole number of minor units (cents)')
  .min(1, 'the amount is more than zero')
  .max(MAX_CARD_AMOUNT, `the amount is at most ${MAX_CARD_AMOUNT} minor units`)
  .describe(`Money in minor units of the store currency, 1 to ${MAX_CARD_AMOUNT}: 25.00 is 2500.`);
export const giftCardCode = z.string().regex(GIFT_CARD_CODE, 'A gift card code is 8 to 20 letters or digits');

const customerFields = {
  name: z.string().trim().min(1, 'A customer needs a name').max(120),
  phone: phone.optional(),
  email: email.optional(),
  address: z.string().max(500).optional(),
  taxId: z.string().max(40).optional(),
  notes: z.string().max(1000).optional(),
  /** null removes the code (update only). */
  loyaltyCode: loyaltyCode.nullable().optional(),
};

export const customerChannels = {
  'customer.search': channel<CustomerView[]>()({
    input: z.object({
      query: z.string().max(120),
      limit: limit(100, 20),
      includeArchived: z.boolean().default(false),
    }),
    access: 'customer.manage',
    summary: 'Customers whose name starts with or contains the query, whose phone digits or e-mail start with it; archived ones only when asked.',
  }),
  'customer.get': channel<CustomerView>()({
    input: z.object({ customerId: id }),
    access: 'customer.manage',
    summary: 'One customer, with their store credit balance.',
  }),
  'customer.create': channel<CustomerView>()({
    input: z.object(customerFields).strict(),
    access: 'customer.manage',
    summary: 'A new customer; a loyalty code must be unused by customers and product barcodes.',
  }),
  'customer.update': channel<CustomerView>()({
    input: z.object({ customerId: id, ...customerFields, name: customerFields.name.optional() }).strict(),
    access: 'customer.manage',
    summary: 'Change a customer; fields left out keep their value.',
  }),
  'customer.archive': channel<CustomerView>()({
    input: z.object({ customerId: id }),
    access: 'customer.manage',
    summary: 'Archive a customer: kept with their history, no longer found or attached to a new sale.',
  }),
  'customer.restore': channel<CustomerView>()({
    input: z.object({ customerId: id }),
    access: 'customer.manage',
    summary: 'Bring an archived customer back.',
  }),
};

export const creditChannels = {
  'credit.issue': channel<CustomerView>()({
    input: z.object({
      customerId: id,
      amount,
      reasonId: id.optional(),
      note: z.string().max(200).optional(),
    }),
    access: 'credit.issue',
    summary: "Give a customer store credit outside a return: a 'credit.issued' document, journaled.",
  }),
  'credit.history': channel<StoreCreditMovementView[]>()({
    input: z.object({ customerId: id, limit: limit(500, 100) }),
    access: 'customer.manage',
    summary: "A customer's store credit movements, newest first, each with the document it belongs to.",
  }),
};

export const giftCardChannels = {
  'giftcard.balance': channel<GiftCardBalance>()({
    input: z.object({ code: giftCardCode }),
    access: 'sale.sell',
    summary: 'What a gift card holds; an unknown code answers exists: false, balance 0.',
  }),
  'giftcard.generateCode': channel<{ code: string }>()({
    input: z.object({}).strict().optional(),
    access: 'sale.sell',
    summary: 'A fresh random gift card code (16 characters, no 0/O or 1/I), not used by any card.',
  }),
};

/** Cart channels of this area; their handlers live with the cart's (electron/core/cart/domain.ts). */
export const cartCustomerChannels = {
  'cart.setCustomer': channel<CartView>()({
    input: z.object({ customerId: id.nullable() }),
    access: 'sale.sell',
    summary: 'Attach a customer to the open cart, or detach (null). An archived customer cannot be attached.',
  }),
  'cart.addGiftCard': channel<CartView>()({
    input: z.object({ code: giftCardCode, amount }),
    access: 'sale.sell',
    summary: 'Sell a gift card, or top one up if the code exists: a line of the gift card product for the amount.',
  }),
};
