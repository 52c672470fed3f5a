import type { CartView } from '../../../shared/domain/cart';
import type { SaleResult, TenderStep } from '../../../shared/domain/sale';
import type { AfterCommit } from './after-commit';
import type { StaffView } from '../../../shared/domain/staff';
import type { Minor } from '../../../shared/domain/units';
import { newId, nowIso } from '../clock';
import { emptyCartView, loadCartView } from '../cart/cart-view';
import { touchCart } from '../cart/touch-cart';
import { fail } from '../errors';
import type { TerminalHub } from '../payments/terminal/create-terminal';
import { tenderMethod } from '../payments/tender-methods';
import { completeSale, type CheckoutDeps, type CompletedSale } from './checkout';
import { plainMoney, type PlainMoney } from './plain-money';
import { assertBalances, assertNoReceiptRefunds, assertRefundsOf } from './tender-checks';
import { cartTenderRows, tenderRow, type TenderRow } from './tender-rows';

export interface TenderDeps extends CheckoutDeps {
  hub: TerminalHub;
  /** Replies for a committed sale (screens, receipt, print): never throws. */
  finish: (tillId: string, done: CompletedSale) => AfterCommit;
  push: (cart: CartView) => CartView;
}

export interface AddTender {
  cartVersion: number;
  method: string;
  amount: Minor;
  giftCardCode?: string | undefined;
  refundOf?: string | undefined;
}

/**
 * Split payment: tenders taken one by one for the open cart, kept in cart_tenders until
 * the tender that settles what remains completes the sale in the same call. Only cash
 * gives change, and cash rounding applies only when cash settles the remainder.
 */
export class Tenders {
  private readonly reversing = new Set<string>();

  constructor(private readonly deps: TenderDeps) {}

  /** The open cart, read directly (not through CartService, whose reads the screens' pushes share). */
  view(tillId: string): CartView {
    const store = this.deps.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
    return loadCartView(this.deps.db, tillId, store.taxInclusive);
  }

  money(): PlainMoney {
    return plainMoney(this.deps.settings.currencyExponent());
  }

  add(tillId: string, staff: StaffView, input: AddTender): TenderStep {
    const method = tenderMethod(this.deps.db, input.method) ?? fail('unknown_tender', `This store takes no tender "${input.method}"`);
    if (!method.active) fail('tender_inactive', `${method.name} is switched off in the manager screen`);
    if (method.kind === 'card') fail('tender_not_allowed', 'Card payments go through the card terminal (sale.payCard)');
    const cart = this.openCart(tillId, input.cartVersion);
    const money = this.money();
    let row = tenderRow({ id: newId(this.deps.clock), method: method.code, kind: method.kind, amount: input.amount });
    if (method.kind === 'gift_card') {
      if (input.giftCardCode === undefined) fail('invalid_input', 'A gift card tender needs the gift card code');
      const card =
        this.deps.db.first(this.deps.db.q.selectFrom('gift_cards').select('id').where('code', '=', input.giftCardCode)) ??
        fail('not_found', 'No gift card has that code');
      row = { ...row, giftCardId: card.id };
    }
    if (method.kind === 'store_credit') {
      const customer = cart.customer ?? fail('customer_required', 'Store credit belongs to a customer: attach the customer first');
      row = { ...row, customerId: customer.id };
    }
    if (input.refundOf !== undefined) row = { ...row, refundOf: input.refundOf };

    if (method.kind === 'cash') return this.cash(tillId, staff, cart, row, input.cartVersion);
    assertWithinRemaining(cart, row.amount, method.name, money);
    this.assertRules(cart, row, money);
    if (row.amount === cart.remaining) return this.complete(tillId, staff, input.cartVersion, row, 0);
    return this.keep(tillId, staff, cart.id, row);
  }

  /** The shorthand "cash settles whatever remains": change for more, or a refund paid out when tendered is 0. */
  payCash(tillId: string, staff: StaffView, input: { tendered: Minor; cartVersion: number }): SaleResult {
    const cart = this.openCart(tillId, input.cartVersion);
    if (cart.cashDue < 0 && input.tendered !== 0) fail('invalid_input', 'This sale refunds: pay it out with tendered 0');
    if (input.tendered < cart.cashDue) fail('insufficient_tender', 'The cash tendered is less than what is due');
    const amount = cart.cashDue < 0 ? cart.cashDue : input.tendered;
    const row = tenderRow({ id: newId(this.deps.clock), method: 'cash', kind: 'cash', amount });
    const step = this.cash(tillId, staff, cart, row, input.cartVersion);
    return step.sale ?? fail('insufficient_tender', 'The cash tendered does not settle the sale');
  }

  async remove(tillId: string, tenderId: string): Promise<TenderStep> {
    const { db, clock } = this.deps;
    const found = this.tenderOf(tillId, tenderId);
    if (found.kind === 'card') {
      if (this.reversing.has(tenderId)) fail('terminal_busy', 'That card payment is already being reversed');
      this.reversing.add(tenderId);
      try {
        const { terminal, timeoutMs } = this.deps.hub.terminal();
        const out = await terminal.reverse({
          requestId: newId(clock),
          operation: 'reverse',
          amount: Math.abs(found.amount),
          originalRef: found.terminal_ref,
          timeoutMs,
        });
        if (out.status !== 'approved') fail('reversal_failed', `The card terminal did not reverse the payment: ${out.message}`);
      } finally {
        this.reversing.delete(tenderId);
      }
    }
    db.txImmediate(() => {
      const still = this.tenderOf(tillId, tenderId);
      db.run(db.q.deleteFrom('cart_tenders').where('id', '=', tenderId));
      touchCart(db, clock, still.cart_id);
      if (still.kind === 'card') {
        // Money went back at the terminal: the journal keeps it, as it kept the approval.
        this.deps.writer.record('card.reversed', tillId, {
          tenderId,
          cartId: still.cart_id,
          amount: still.amount,
          last4: still.card_last4,
          approvalCode: still.approval_code,
          terminalRef: still.terminal_ref,
        });
      }
    });
    return { cart: this.deps.push(this.view(tillId)), sale: null };
  }

  /** Writes a tender taken for the cart and raises its version; no sale yet. */
  keep(tillId: string, staff: StaffView, cartId: string, row: TenderRow): TenderStep {
    const { db, clock } = this.deps;
    db.txImmediate(() => {
      db.insert('cart_tenders', {
        id: row.id,
        cart_id: cartId,
        method: row.method,
        amount: row.amount,
        card_last4: row.cardLast4,
        approval_code: row.approvalCode,
        terminal_ref: row.terminalRef,
        gift_card_id: row.giftCardId,
        customer_id: row.customerId,
        refund_of: row.refundOf,
        staff_id: staff.id,
        created_at: nowIso(clock),
      });
      touchCart(db, clock, cartId);
    });
    return { cart: this.deps.push(this.view(tillId)), sale: null };
  }

  complete(tillId: string, staff: StaffView, cartVersion: number | null, final: TenderRow | null, rounding: Minor): TenderStep {
    const done = completeSale(this.deps, { tillId, staff, cartVersion, final, rounding });
    // Committed: the emptied cart the screens were sent is the reply's; if it could not be
    // read, the sale's warnings say so and the reply shows an empty cart, never an error.
    const { sale, cart } = this.deps.finish(tillId, done);
    return { cart: cart ?? emptyCartView(this.deps.settings.get('store')?.taxInclusive ?? true), sale };
  }

  /** The open cart as the cashier saw it, with something in it. */
  openCart(tillId: string, cartVersion: number): CartView {
    const cart = this.view(tillId);
    if (cart.version !== cartVersion) {
      fail('cart_changed', `The cart changed since it was shown (version ${cartVersion}, now ${cart.version})`);
    }
    if (cart.lines.length === 0) fail('cart_empty', 'The cart is empty');
    return cart;
  }

  assertRules(cart: CartView, row: TenderRow, money: PlainMoney): void {
    const all = [...cartTenderRows(this.deps.db, cart.id), row];
    assertBalances(this.deps.db, cart, all, money);
    assertRefundsOf(this.deps.db, all, { cartId: cart.id, pendingElsewhere: true, money });
    assertNoReceiptRefunds(cart, all, this.deps.settings.salesRules(), money);
  }

  /**
   * Cash: more than what is due settles it with change; exactly a refund due pays it out;
   * less is a part payment (no rounding: rounding applies only when cash settles the rest).
   */
  private cash(tillId: string, staff: StaffView, cart: CartView, row: TenderRow, cartVersion: number): TenderStep {
    const money = this.money();
    const due = cart.cashDue;
    const rounding = due - cart.remaining;
    const given = row.amount;
    if (due >= 0) {
      if (given < 0) fail('invalid_input', 'Nothing is to be refunded: cash taken is a positive amount');
      if (given >= due) {
        const final = given === 0 && rounding === 0 ? null : { ...row, amount: due, tendered: given, change: given - due };
        if (final) this.assertRules(cart, final, money);
        return this.complete(tillId, staff, cartVersion, final, rounding);
      }
      if (given === 0) fail('invalid_input', 'A cash tender is more than zero');
      if (given >= cart.remaining) {
        fail('insufficient_tender', `Cash settles ${money(due)} here (cash rounding): take ${money(due)} or more`);
      }
    } else {
      if (given >= 0) fail('invalid_input', `This sale refunds ${money(-due)}: pay cash out as a negative amount`);
      if (given < due) fail('over_tender', `Only ${money(-due)} is to be refunded in cash`);
      if (given === due) {
        const final = { ...row, amount: due, tendered: due, change: 0 };
        this.assertRules(cart, final, money);
        return this.complete(tillId, staff, cartVersion, final, rounding);
      }
      if (given <= cart.remaining) fail('over_tender', `Cash pays out ${money(-due)} here (cash rounding)`);
    }
    this.assertRules(cart, row, money);
    return this.keep(tillId, staff, cart.id, row);
  }

  private tenderOf(tillId: string, tenderId: string) {
    const db = this.deps.db;
    return (
      db.first(
        db.q
          .selectFrom('cart_tenders as t')
          .innerJoin('carts as c', 'c.id', 't.cart_id')
          .innerJoin('tender_methods as m', 'm.code', 't.method')
          .selectAll('t')
          .select('m.kind')
          .where('t.id', '=', tenderId)
          .where('c.till_id', '=', tillId)
          .where('c.parked_at', 'is', null),
      ) ?? fail('not_found', 'That tender is no longer on this sale')
    );
  }
}

/**
 * A tender other than cash never pays more than remains (no change but in cash), and pays
 * when something is to be paid, refunds when something is to be refunded.
 */
export function assertWithinRemaining(cart: CartView, amount: Minor, name: string, money: PlainMoney): void {
  const left = cart.remaining;
  if (amount === 0) fail('invalid_input', 'A tender is a non-zero amount');
  if (left === 0) fail('over_tender', 'Nothing is left to pay');
  if (left > 0 && amount < 0) fail('invalid_input', 'Nothing is to be refunded: a payment is a positive amount');
  if (left < 0 && amount > 0) fail('invalid_input', `This sale refunds ${money(-left)}: a refund is a negative amount`);
  if (left > 0 && amount > left) {
    fail('over_tender', `A ${name.toLowerCase()} payment cannot be more than the ${money(left)} still to pay: give change in cash only`);
  }
  if (left < 0 && amount < left) fail('over_tender', `A ${name.toLowerCase()} refund cannot be more than the ${money(-left)} to refund`);
}

