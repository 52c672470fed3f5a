import { nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';

/**
 * Raises a cart's version, as every change of the cart does (CartService), for writers
 * outside the cart folder: taking or removing a tender changes what a payment must name.
 */
export function touchCart(db: SqlDb, clock: Clock, cartId: string): void {
  db.run(
    db.q
      .updateTable('carts')
      .set((eb) => ({ updated_at: nowIso(clock), version: eb('version', '+', 1) }))
      .where('id', '=', cartId),
  );
}
