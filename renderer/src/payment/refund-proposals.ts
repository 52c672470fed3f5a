import type { CartView, TenderKind } from '../../../shared/domain/cart';
import type { ReturnablePaymentView } from '../../../shared/domain/returns';
import type { Minor } from '../../../shared/domain/units';

/** One original payment the refund may go back to, and how much the screen proposes. */
export interface RefundProposal {
  payment: ReturnablePaymentView;
  /** Positive: what this button refunds when nothing is keyed. */
  amount: Minor;
  /**
   * Whether the refund names the payment (refundOf). Cash that settles the whole refund pays
   * out the cash-rounded amount, which may be a little more than the cash payment can take
   * back: then it is paid out without naming it rather than refused.
   */
  linked: boolean;
}

/** Card first (the money goes back where it came from), then other non-cash tenders, cash last. */
const ORDER: Record<TenderKind, number> = { card: 0, gift_card: 1, store_credit: 1, other: 1, cash: 2 };

/**
 * The original sale's payments still able to take money back, each proposed for what is
 * left to refund or what it can still take, whichever is less. `pendingByPayment`: refunds
 * to a payment already taken in this cart (the lookup counts only finalized ones).
 */
export function proposeRefunds(
  payments: readonly ReturnablePaymentView[],
  cart: Pick<CartView, 'remaining' | 'cashDue'>,
  pendingByPayment: ReadonlyMap<string, Minor>,
): RefundProposal[] {
  const left = -cart.remaining;
  if (left <= 0) return [];
  return payments
    .map((payment) => {
      const room = payment.amount - payment.refunded - (pendingByPayment.get(payment.id) ?? 0);
      // Cash settling all that is left pays out what cash settles (SalesRules.cashRounding).
      const amount = payment.kind === 'cash' && room >= left ? -cart.cashDue : Math.min(left, room);
      return { payment, amount, linked: amount <= room };
    })
    .filter((p) => p.payment.amount > 0 && p.amount > 0)
    .sort((a, b) => ORDER[a.payment.kind] - ORDER[b.payment.kind]);
}

/**
 * What this cart's refund tenders took from each original payment: `refundOfByTender` maps
 * the ids of refund tenders this screen took to the payment each went back to; a tender
 * since removed is no longer in the cart and no longer counts.
 */
export function pendingRefunds(cart: Pick<CartView, 'tenders'>, refundOfByTender: Readonly<Record<string, string>>): Map<string, Minor> {
  const pending = new Map<string, Minor>();
  for (const t of cart.tenders) {
    const paymentId = refundOfByTender[t.id];
    if (paymentId === undefined || t.amount >= 0) continue;
    pending.set(paymentId, (pending.get(paymentId) ?? 0) - t.amount);
  }
  return pending;
}

/** The sale the cart's receipt returns come from (one per cart), or null. */
export function returnSaleOf(cart: Pick<CartView, 'lines'>): string | null {
  return cart.lines.find((l) => l.returnOf !== null)?.returnOf?.saleId ?? null;
}

/** A return without a receipt in the cart: the refund goes to store credit, or cash up to the limit. */
export function hasNoReceiptReturn(cart: Pick<CartView, 'lines'>): boolean {
  return cart.lines.some((l) => l.qty < 0 && l.returnOf === null);
}
