import type { Minor, Qty } from '../../../shared/domain/units';
import type { SqlDb } from '../db/sql';

export interface Returnable {
  saleLineId: string;
  saleId: string;
  /** What the line sold (positive). */
  soldQty: Qty;
  soldAmount: Minor;
  /** Taken back by finalized returns so far (positive). */
  returnedQty: Qty;
  refundedAmount: Minor;
  /** Held by return lines in open or parked carts other than `exceptCartId` (positive). */
  pendingQty: Qty;
  /** soldQty - returnedQty: what a return may still take back once it is finalized. */
  leftQty: Qty;
  leftAmount: Minor;
}

/**
 * A refund never exceeds what was sold minus what was already returned: this reads both
 * for one sold line, from the finalized ledger. Checkout re-reads it inside the
 * document's transaction, so two tills or two windows cannot return the same item twice.
 */
export function returnable(db: SqlDb, saleLineId: string, exceptCartId?: string): Returnable | undefined {
  const sold = db.first(
    db.q
      .selectFrom('sale_lines')
      .select(['id', 'sale_id', 'qty', 'amount'])
      .where('id', '=', saleLineId)
      .where('return_of', 'is', null),
  );
  if (!sold || sold.qty <= 0) return undefined;
  const back = db.first(
    db.q
      .selectFrom('sale_lines')
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>('qty'), eb.val(0)).as('qty'),
        eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.val(0)).as('amount'),
      ])
      .where('return_of', '=', saleLineId),
  );
  let pendingQuery = db.q
    .selectFrom('cart_lines')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('qty'), eb.val(0)).as('qty'))
    .where('return_of', '=', saleLineId);
  if (exceptCartId !== undefined) pendingQuery = pendingQuery.where('cart_id', '!=', exceptCartId);
  const pending = db.first(pendingQuery);
  const returnedQty = 0 - (back?.qty ?? 0); // 0 - x, never -0
  const refundedAmount = 0 - (back?.amount ?? 0);
  return {
    saleLineId,
    saleId: sold.sale_id,
    soldQty: sold.qty,
    soldAmount: sold.amount,
    returnedQty,
    refundedAmount,
    pendingQty: 0 - (pending?.qty ?? 0),
    leftQty: sold.qty - returnedQty,
    leftAmount: sold.amount - refundedAmount,
  };
}
