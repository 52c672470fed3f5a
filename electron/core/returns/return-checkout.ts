import type { CartLineView, CartView } from '../../../shared/domain/cart';
import { refundFor } from '../../../shared/pricing';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import type { Movement } from '../inventory/stock';
import { returnable } from './returnable';

/**
 * What checkout needs from returns, inside the document's transaction: the caps checked
 * again on the finalized ledger (two windows, two tills, a parked cart), and the stock
 * each return line moves. Checkout calls these; they write nothing themselves.
 */

/** Whether the till's open cart takes goods back: its document is then a 'sale.returned'. */
export function cartReturnsGoods(db: SqlDb, tillId: string): boolean {
  const row = db.first(
    db.q
      .selectFrom('cart_lines as l')
      .innerJoin('carts as c', 'c.id', 'l.cart_id')
      .select('l.id')
      .where('c.till_id', '=', tillId)
      .where('c.parked_at', 'is', null)
      .where('l.qty', '<', 0)
      .limit(1),
  );
  return row !== undefined;
}

/** The sale a cart's return lines take back, or null when it returns nothing against a receipt. */
export function returnedSaleOf(cart: CartView): string | null {
  return cart.lines.find((l) => l.returnOf !== null)?.returnOf?.saleId ?? null;
}

/**
 * A refund never exceeds what was sold minus what was already returned: each return line
 * is checked against the ledger as it is now, inside the transaction that would finalize
 * it, and must refund exactly what refundFor gives for its quantity today.
 */
export function assertReturnCaps(db: SqlDb, cart: CartView): void {
  for (const line of cart.lines) {
    if (line.returnOf === null) continue;
    const r = returnable(db, line.returnOf.saleLineId) ?? fail('not_returnable', `${line.name} cannot be returned`);
    const qty = -line.qty;
    if (qty <= 0 || qty > r.leftQty) {
      fail('return_exceeds_sale', `${line.name}: more than is left to return on receipt ${line.returnOf.receiptNumber}`);
    }
    if (-line.gross !== refundFor(r, qty)) {
      fail('cart_changed', `${line.name}: another return of this receipt finished meanwhile; add the return again`);
    }
  }
}

/** Sold goods leave; returned ones come back, and damaged ones are then written off. */
export function lineMovements(line: CartLineView, tillId: string): Movement[] {
  if (line.giftCardCode !== null) return [];
  if (line.qty >= 0) return [{ productId: line.productId, tillId, delta: -line.qty, reason: 'sale' }];
  const back: Movement = { productId: line.productId, tillId, delta: -line.qty, reason: 'return' };
  if (line.disposition !== 'damaged') return [back];
  return [back, { productId: line.productId, tillId, delta: line.qty, reason: 'write_off' }];
}
