import { newId, nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import type { StockReason } from '../db/schema';

export interface Movement {
  productId: string;
  tillId: string | null;
  /** Thousandths; negative when goods leave. */
  delta: number;
  reason: StockReason;
  docId: string | null;
}

/**
 * Stock is a ledger: every change is a movement row, and the on-hand figure is moved
 * in the same transaction so the two can never disagree. Call inside db.tx().
 */
export function recordMovement(db: SqlDb, clock: Clock, m: Movement): void {
  const at = nowIso(clock);
  db.run(
    db.q.insertInto('stock_movements').values({
      id: newId(clock),
      product_id: m.productId,
      till_id: m.tillId,
      qty_delta: m.delta,
      reason: m.reason,
      doc_id: m.docId,
      created_at: at,
    }),
  );
  db.run(
    db.q
      .insertInto('stock_levels')
      .values({ product_id: m.productId, on_hand: m.delta, updated_at: at })
      .onConflict((oc) =>
        oc.column('product_id').doUpdateSet((eb) => ({
          on_hand: eb('stock_levels.on_hand', '+', m.delta),
          updated_at: at,
        })),
      ),
  );
}

export function onHand(db: SqlDb, productId: string): number {
  const row = db.first(db.q.selectFrom('stock_levels').select('on_hand').where('product_id', '=', productId));
  return row?.on_hand ?? 0;
}
