import { z } from 'zod';
import type { ReceiptDoc } from '../domain/receipt';
import type { CardStep, PrintJobView, SaleResult, SaleSummary, TenderStep } from '../domain/sale';
import { channel } from './define';
import { id, limit, minor } from './inputs';

const cartVersion = z
  .number()
  .int()
  .min(0)
  .describe('The `version` counter of the cart the cashier saw (from cart.get or cart.updated); refused with cart_changed if the cart moved on.');
/** Positive pays, negative refunds; the bound keeps sums inside safe integers. */
const signedMinor = z.number().int('money is a whole number of minor units (cents)').min(-1_000_000_000_00).max(1_000_000_000_00);
/** Free text the cashier keys from the terminal's slip; checked for card numbers by the core. */
const slipText = z.string().trim().max(32);

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
      "Cash settles whatever remains on the open cart as the cashier saw it (after the store's cash rounding), with change; when the cart refunds, tendered 0 pays the refund out. Commits sale, lines, every tender taken, stock, journal and outbox in one transaction, then queues the receipt. A reply with ok: true always means the sale committed, even if showing or printing its receipt failed (see warnings).",
  }),
  'sale.addTender': channel<TenderStep>()({
    input: z.object({
      cartVersion,
      method: z.string().min(1).max(32).describe('A tender code from tenders.list (cash, store_credit, gift_card, voucher...); card goes through sale.payCard.'),
      amount: signedMinor.describe(
        'In minor units: positive pays, negative refunds. For cash, the cash handed over (it may exceed what is due: change), or, negative, paid out.',
      ),
      giftCardCode: z.string().trim().min(1).max(64).optional(),
      refundOf: id.optional().describe('The payment id on the original sale this refund goes back to.'),
    }),
    access: 'sale.sell',
    summary:
      'Take one tender of a split payment. The tender that brings what remains to zero (or cash that settles it, with change and cash rounding) completes the sale in the same call; `sale` is then set. A non-cash tender above what remains is refused (over_tender).',
  }),
  'sale.removeTender': channel<TenderStep>()({
    input: z.object({ tenderId: id }),
    access: 'sale.sell',
    summary: 'Remove a tender taken for the open cart before the sale completes; a card payment is reversed at the terminal and journaled.',
  }),
  'sale.payCard': channel<CardStep>()({
    input: z.object({
      cartVersion,
      amount: signedMinor.describe('In minor units: what the card pays; negative refunds to a card (needs refundOf).'),
      refundOf: id.optional().describe('The card payment id on the original sale this refund goes back to.'),
    }),
    access: 'sale.sell',
    summary:
      "Charge (or refund) a card at the payment terminal. The simulator answers approved, declined or timeout; the manual terminal answers 'confirm': key the amount on the terminal, then answer with sale.confirmCard. An approved payment becomes a tender and may complete the sale.",
  }),
  'sale.confirmCard': channel<CardStep>()({
    input: z.object({
      requestId: z.uuid().describe('The requestId sale.payCard answered with.'),
      approved: z.boolean(),
      last4: slipText.optional().describe('The last four digits of the card, from the slip; a full card number is refused.'),
      approvalCode: slipText.optional(),
    }),
    access: 'sale.sell',
    summary:
      'The cashier reads the manual terminal: approved (optionally with the last four digits and the approval code) or declined. Never send a card number: 13 to 19 digits in any field is refused (card_number_refused).',
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
