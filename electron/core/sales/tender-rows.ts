import type { TenderKind } from '../../../shared/domain/cart';
import type { Minor } from '../../../shared/domain/units';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';

/** A tender as it becomes a payments row: taken earlier (cart_tenders) or the one completing the sale. */
export interface TenderRow {
  /** The cart_tenders id, kept as the payment's id so the screen's tender and the receipt's payment are one. */
  id: string;
  method: string;
  kind: TenderKind;
  /** Applied to the sale: positive pays, negative refunds. */
  amount: Minor;
  /** Handed over (cash may be more than amount); amount for every other tender. */
  tendered: Minor;
  change: Minor;
  cardLast4: string | null;
  approvalCode: string | null;
  terminalRef: string | null;
  giftCardId: string | null;
  customerId: string | null;
  refundOf: string | null;
}

export function tenderRow(partial: Pick<TenderRow, 'id' | 'method' | 'kind' | 'amount'> & Partial<TenderRow>): TenderRow {
  return {
    tendered: partial.amount,
    change: 0,
    cardLast4: null,
    approvalCode: null,
    terminalRef: null,
    giftCardId: null,
    customerId: null,
    refundOf: null,
    ...partial,
  };
}

const tendersOfCart = prepared((q, arg: Arg<{ cartId: string }>) =>
  q
    .selectFrom('cart_tenders as t')
    .innerJoin('tender_methods as m', 'm.code', 't.method')
    .selectAll('t')
    .select('m.kind')
    .where('t.cart_id', '=', arg('cartId'))
    .orderBy('t.created_at')
    .orderBy('t.id'),
);

/** The tenders taken so far for a cart, oldest first. */
export function cartTenderRows(db: SqlDb, cartId: string): TenderRow[] {
  return db
    .all(tendersOfCart.with({ cartId }))
    .map((t) =>
      tenderRow({
        id: t.id,
        method: t.method,
        kind: t.kind,
        amount: t.amount,
        cardLast4: t.card_last4,
        approvalCode: t.approval_code,
        terminalRef: t.terminal_ref,
        giftCardId: t.gift_card_id,
        customerId: t.customer_id,
        refundOf: t.refund_of,
      }),
    );
}
