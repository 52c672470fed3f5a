import type { RouterClient as Client } from '../electron/core/router-client';
import { measure } from './measure';
import { EMPTY_CART } from './ours';
import type { Summary } from './stats';

/** A weekly shop: 30 lines, three discounted, a sale discount, paid part by card and the rest in cash. */
const LINES = 30;
const ROUNDS = { warmup: 20, iterations: 100 };
// Seeded by migration 004: "Damaged packaging" and "Price match", reasons for a discount.
const DISCOUNT_REASON = '00000000-0000-7000-8000-000000000101';
const CARD_PART = 10_00;

export interface BigSaleFigures {
  /** One discount, given on a 30-line cart (the cart comes back priced). */
  discount: Summary;
  /** The card part: the terminal's request, and the cashier's confirmation that adds the tender. */
  card: Summary;
  /** The cash that settles the rest: finalizes the 30-line document with both tenders. */
  checkout: Summary;
}

/**
 * Rings up 30 lines, gives line and sale discounts, takes a card payment on the manual
 * terminal (no delay of its own) and settles the rest in cash, timing the three steps
 * that run against a full cart. Scanning is timed by the main bench.
 */
export async function bigSale(client: Client, codes: readonly string[]): Promise<BigSaleFigures> {
  await client.ok('terminal.update', { driver: 'manual', simulate: 'approve', timeoutMs: 60_000 });
  let n = 0;
  const fill = async (): Promise<number> => {
    await client.ok('cart.voidSale', EMPTY_CART);
    let cart = await client.ok('cart.scan', { code: codes[n++ % codes.length] ?? '' });
    for (let l = 1; l < LINES; l++) cart = await client.ok('cart.scan', { code: codes[n++ % codes.length] ?? '' });
    for (const line of cart.lines.slice(0, 3)) {
      cart = await client.ok('cart.discountLine', { lineId: line.id, kind: 'percent', value: 1000, reasonId: DISCOUNT_REASON });
    }
    return cart.version;
  };

  let version = 0;
  let due = 0;
  const discount = await measure(ROUNDS, {
    before: async () => {
      version = await fill();
    },
    run: () => client.ok('cart.discountSale', { kind: 'percent', value: 500, reasonId: DISCOUNT_REASON }),
  });
  const card = await measure(ROUNDS, {
    before: async () => {
      await fill();
      version = (await client.ok('cart.discountSale', { kind: 'percent', value: 500, reasonId: DISCOUNT_REASON })).version;
    },
    run: async () => {
      const step = await client.ok('sale.payCard', { cartVersion: version, amount: CARD_PART });
      await client.ok('sale.confirmCard', { requestId: step.requestId, approved: true, last4: '4242' });
    },
    // Leave the card tender in place: voiding a cart with tenders is refused, so remove it.
    after: async () => {
      const cart = await client.ok('cart.get');
      for (const t of cart.tenders) await client.ok('sale.removeTender', { tenderId: t.id });
    },
  });
  const checkout = await measure(ROUNDS, {
    before: async () => {
      await fill();
      version = (await client.ok('cart.discountSale', { kind: 'percent', value: 500, reasonId: DISCOUNT_REASON })).version;
      const step = await client.ok('sale.payCard', { cartVersion: version, amount: CARD_PART });
      const confirmed = await client.ok('sale.confirmCard', { requestId: step.requestId, approved: true, last4: '4242' });
      version = confirmed.cart.version;
      due = confirmed.cart.cashDue;
    },
    run: async () => {
      const done = await client.ok('sale.payCash', { tendered: due, cartVersion: version });
      if (done.receiptNumber === '') throw new Error('the 30-line sale did not complete');
    },
    // The receipt prints after the reply; let it finish before the next sale starts.
    after: () => new Promise((resolve) => setImmediate(resolve)),
  });
  return { discount, card, checkout };
}
