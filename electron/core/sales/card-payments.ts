import type { CardStep } from '../../../shared/domain/sale';
import type { StaffView } from '../../../shared/domain/staff';
import type { Minor } from '../../../shared/domain/units';
import { newId } from '../clock';
import { DomainError, fail } from '../errors';
import { outcome, type PaymentTerminal, type TerminalOutcome } from '../payments/terminal/payment-terminal';
import { listTenders } from '../payments/tender-methods';
import { assertNoCardNumber, checkedLast4, checkedSlipText } from './card-input';
import { assertWithinRemaining, type TenderDeps, type Tenders } from './tenders';
import { tenderRow } from './tender-rows';

interface Pending {
  requestId: string;
  tillId: string;
  staff: StaffView;
  cartId: string;
  /** The version the cart had when the terminal was asked. */
  cartVersion: number;
  method: string;
  /** Signed: negative refunds to the card. */
  amount: Minor;
  refundOf: string | null;
  terminal: PaymentTerminal;
  done: Promise<CardStep>;
}

/**
 * Card payments through the payment terminal. Money moved at the terminal is never lost
 * from sight: an approval is journaled ('card.approved') and added as a tender the moment
 * it arrives, even if the cart changed meanwhile or no one is waiting for the reply; the
 * sale completes when that tender settles what remains on the cart the cashier saw.
 */
export class CardPayments {
  /** One request at a time per till: the terminal serves one customer. */
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly deps: TenderDeps,
    private readonly tenders: Tenders,
  ) {}

  async pay(tillId: string, staff: StaffView, input: { cartVersion: number; amount: Minor; refundOf?: string | undefined }): Promise<CardStep> {
    const method =
      listTenders(this.deps.db, { all: false }).find((m) => m.kind === 'card') ??
      fail('tender_inactive', 'Card payments are switched off in the manager screen');
    const cart = this.tenders.openCart(tillId, input.cartVersion);
    const money = this.tenders.money();
    assertWithinRemaining(cart, input.amount, method.name, money);
    if (input.amount < 0 && input.refundOf === undefined) {
      fail('refund_not_allowed', 'A refund to a card goes back to the card payment of the original sale (refundOf)');
    }
    const probe = tenderRow({ id: 'probe', method: method.code, kind: 'card', amount: input.amount, refundOf: input.refundOf ?? null });
    this.tenders.assertRules(cart, probe, money);
    if (this.pending.has(tillId)) fail('terminal_busy', 'The card terminal is still waiting for another payment');

    const { terminal, timeoutMs } = this.deps.hub.terminal();
    const requestId = newId(this.deps.clock);
    const request = { requestId, operation: input.amount > 0 ? ('charge' as const) : ('refund' as const), amount: Math.abs(input.amount), originalRef: null, timeoutMs };
    const asked = input.amount > 0 ? terminal.charge(request) : terminal.refund(request);
    const entry: Pending = {
      requestId,
      tillId,
      staff,
      cartId: cart.id,
      cartVersion: cart.version,
      method: method.code,
      amount: input.amount,
      refundOf: input.refundOf ?? null,
      terminal,
      done: Promise.resolve(null as unknown as CardStep),
    };
    entry.done = asked.then((out) => this.settle(entry, out));
    // The reply to a manual request may have no one waiting for it (never confirmed, or
    // the till stopped): a failure is still logged, never an unhandled rejection.
    entry.done.catch((err: unknown) => console.error(`card request ${requestId} could not be settled`, err));
    this.pending.set(tillId, entry);
    if (terminal.needsCashier) {
      const what = input.amount > 0 ? 'Key' : 'Refund';
      return { status: 'confirm', requestId, message: `${what} ${money(Math.abs(input.amount))} on the card terminal`, cart, sale: null };
    }
    return entry.done;
  }

  async confirm(
    tillId: string,
    input: { requestId: string; approved: boolean; last4?: string | undefined; approvalCode?: string | undefined },
  ): Promise<CardStep> {
    // A card number must never reach the database or a log, whatever field it was typed in.
    // The request id is a UUID the core made (the contract checks its shape); only what the
    // cashier keyed can hold a card number.
    assertNoCardNumber([input.last4, input.approvalCode]);
    const last4 = checkedLast4(input.last4);
    const approvalCode = checkedSlipText(input.approvalCode);
    const entry = this.pending.get(tillId);
    if (entry?.requestId !== input.requestId) {
      fail('not_found', 'That card payment is no longer waiting: it timed out or was answered');
    }
    const answer = input.approved
      ? outcome('approved', 'Approved', { last4, approvalCode })
      : outcome('declined', 'Declined at the card terminal');
    if (!entry.terminal.answer(input.requestId, answer)) {
      fail('not_found', 'That card payment is no longer waiting: it timed out or was answered');
    }
    return entry.done;
  }

  /** The terminal answered: keep an approval whatever happened to the cart meanwhile. */
  private settle(entry: Pending, out: TerminalOutcome): CardStep {
    if (this.pending.get(entry.tillId) === entry) this.pending.delete(entry.tillId);
    const base = { requestId: entry.requestId, message: out.message };
    if (out.status !== 'approved') {
      return { ...base, status: out.status, cart: this.tenders.view(entry.tillId), sale: null };
    }
    const { db, writer } = this.deps;
    const row = tenderRow({
      id: newId(this.deps.clock),
      method: entry.method,
      kind: 'card',
      amount: entry.amount,
      cardLast4: out.last4,
      approvalCode: out.approvalCode,
      terminalRef: out.terminalRef,
      refundOf: entry.refundOf,
    });
    try {
      db.txImmediate(() => {
        writer.record('card.approved', entry.tillId, {
          requestId: entry.requestId,
          tenderId: row.id,
          cartId: entry.cartId,
          staffId: entry.staff.id,
          amount: entry.amount,
          last4: out.last4,
          approvalCode: out.approvalCode,
          terminalRef: out.terminalRef,
        });
        this.tenders.keep(entry.tillId, entry.staff, entry.cartId, row);
      });
    } catch (err) {
      // The terminal took the money and the till could not record it: say so loudly.
      console.error(`card payment ${entry.requestId} of ${entry.amount} approved but not recorded`, err);
      throw err;
    }
    const cart = this.tenders.view(entry.tillId);
    const unchanged = cart.id === entry.cartId && cart.version === entry.cartVersion + 1;
    if (unchanged && cart.remaining === 0 && cart.lines.length > 0) {
      try {
        const step = this.tenders.complete(entry.tillId, entry.staff, cart.version, null, 0);
        return { ...base, status: 'approved', ...step };
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        return { ...base, status: 'approved', message: `Approved; the sale could not complete: ${err.message}`, cart, sale: null };
      }
    }
    const message = unchanged ? out.message : 'Approved, but the cart changed meanwhile: the payment is kept as a tender; check the cart';
    return { ...base, status: 'approved', message, cart, sale: null };
  }
}
