import type { CartView } from '../../../shared/domain/cart';
import type { SalesRules } from '../../../shared/domain/store';
import type { Minor } from '../../../shared/domain/units';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { onHandAt } from '../inventory/stock';
import { returnable } from '../returns/returnable';
import type { PlainMoney } from './plain-money';
import type { TenderRow } from './tender-rows';

/**
 * The rules a set of tenders must keep, checked when a tender is taken and again inside
 * the transaction that completes the sale, where another till may have spent the same
 * gift card or credit meanwhile. Each failure is a code; nothing has been written yet.
 */

/** A gift card or a customer's credit never pays more than its balance. */
export function assertBalances(db: SqlDb, cart: CartView, tenders: readonly TenderRow[], money: PlainMoney): void {
  const spendByCard = new Map<string, Minor>();
  let credit = 0;
  for (const t of tenders) {
    if (t.kind === 'gift_card' && t.giftCardId !== null && t.amount > 0) {
      spendByCard.set(t.giftCardId, (spendByCard.get(t.giftCardId) ?? 0) + t.amount);
    }
    if (t.kind === 'store_credit') {
      if (cart.customer === null || t.customerId !== cart.customer.id) {
        fail('customer_required', 'Store credit belongs to a customer: attach the customer to the sale first');
      }
      if (t.amount > 0) credit += t.amount;
    }
  }
  for (const [id, spend] of spendByCard) {
    const card = db.first(db.q.selectFrom('gift_cards').select(['code', 'balance']).where('id', '=', id));
    if (!card || card.balance < spend) {
      fail('insufficient_balance', `The gift card ending ${card?.code.slice(-4) ?? '????'} holds ${money(card?.balance ?? 0)}, less than ${money(spend)}`);
    }
  }
  if (credit > 0 && cart.customer !== null) {
    const row = db.first(db.q.selectFrom('customers').select('credit_balance').where('id', '=', cart.customer.id));
    if ((row?.credit_balance ?? 0) < credit) {
      fail('insufficient_balance', `${cart.customer.name} has ${money(row?.credit_balance ?? 0)} in store credit, less than ${money(credit)}`);
    }
  }
}

/**
 * A refund to a card (or any tender naming the payment it refunds) goes back only to a
 * payment of the same tender, and never more than it paid less what was refunded to it.
 * `pendingElsewhere`: count refunds waiting in other carts too (when a tender is taken).
 */
export function assertRefundsOf(
  db: SqlDb,
  tenders: readonly TenderRow[],
  opts: { cartId: string; pendingElsewhere: boolean; money: PlainMoney },
): void {
  const byPayment = new Map<string, { kind: string; amount: Minor }>();
  for (const t of tenders) {
    if (t.refundOf === null) continue;
    if (t.amount >= 0) fail('invalid_input', 'refundOf is for refunds: the amount must be negative');
    const prev = byPayment.get(t.refundOf) ?? { kind: t.kind, amount: 0 };
    byPayment.set(t.refundOf, { kind: t.kind, amount: prev.amount - t.amount });
  }
  for (const [paymentId, want] of byPayment) {
    const original =
      db.first(
        db.q
          .selectFrom('payments as p')
          .innerJoin('tender_methods as m', 'm.code', 'p.method')
          .select(['p.amount', 'm.kind'])
          .where('p.id', '=', paymentId),
      ) ?? fail('not_found', 'No such payment to refund');
    if (original.kind !== want.kind || original.amount <= 0) {
      fail('refund_not_allowed', `A refund to ${want.kind.replace('_', ' ')} goes back only to a payment made by it`);
    }
    const refunded = db.first(
      db.q
        .selectFrom('payments')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.val(0)).as('n'))
        .where('refund_of', '=', paymentId),
    );
    let pending = 0;
    if (opts.pendingElsewhere) {
      const row = db.first(
        db.q
          .selectFrom('cart_tenders')
          .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.val(0)).as('n'))
          .where('refund_of', '=', paymentId)
          .where('cart_id', '!=', opts.cartId),
      );
      pending = row?.n ?? 0;
    }
    const room = original.amount + (refunded?.n ?? 0) + pending;
    if (want.amount > room) {
      fail('refund_exceeds_payment', `That payment can take back at most ${opts.money(room)} more, not ${opts.money(want.amount)}`);
    }
  }
}

/**
 * A return without a receipt refunds only to store credit, or in cash up to the store's
 * limit (SalesRules.noReceiptCashLimit).
 */
export function assertNoReceiptRefunds(cart: CartView, tenders: readonly TenderRow[], rules: SalesRules, money: PlainMoney): void {
  const noReceipt = cart.lines.some((l) => l.qty < 0 && l.returnOf === null);
  if (!noReceipt) return;
  let cashOut = 0;
  for (const t of tenders) {
    if (t.amount >= 0) continue;
    if (t.kind !== 'store_credit' && t.kind !== 'cash') {
      fail('refund_not_allowed', 'A return without a receipt refunds to store credit, or in cash up to the limit');
    }
    if (t.kind === 'cash') cashOut -= t.amount;
  }
  if (cashOut > rules.noReceiptCashLimit) {
    fail('refund_not_allowed', `A return without a receipt pays at most ${money(rules.noReceiptCashLimit)} in cash; the rest goes to store credit`);
  }
}

/** A refund never exceeds what was sold: re-read from the finalized ledger in the sale's transaction. */
export function assertReturnsFit(db: SqlDb, cart: CartView): void {
  // Summed per sold line: two cart lines returning the same item count together.
  const taking = new Map<string, { name: string; qty: number; amount: number }>();
  for (const l of cart.lines) {
    if (l.returnOf === null) continue;
    const t = taking.get(l.returnOf.saleLineId) ?? { name: l.name, qty: 0, amount: 0 };
    t.qty -= l.qty;
    t.amount -= l.amount;
    taking.set(l.returnOf.saleLineId, t);
  }
  for (const [saleLineId, t] of taking) {
    const r = returnable(db, saleLineId, cart.id);
    if (!r || t.qty > r.leftQty || t.amount > r.leftAmount) {
      fail('return_exceeds_sale', `${t.name}: more than the sale has left to return`);
    }
  }
}

/** Goods leaving the shop must be on hand at the till's location, net of what comes back in the same sale. */
export function assertInStock(db: SqlDb, cart: CartView, giftCardProducts: ReadonlySet<string>, locationId: string): void {
  const wanted = new Map<string, { name: string; qty: number }>();
  for (const l of cart.lines) {
    if (giftCardProducts.has(l.productId)) continue;
    const w = wanted.get(l.productId) ?? { name: l.name, qty: 0 };
    w.qty += l.qty;
    wanted.set(l.productId, w);
  }
  for (const [productId, w] of wanted) {
    if (w.qty > 0 && onHandAt(db, productId, locationId) < w.qty) fail('out_of_stock', `Not enough ${w.name} in stock`);
  }
}
