import type { Insertable } from 'kysely';
import { newId, type Clock } from '../clock';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import type { StockMovementsTable, StockReason } from '../db/schema';

export interface Movement {
  productId: string;
  tillId: string | null;
  /** Thousandths; negative when goods leave. */
  delta: number;
  reason: StockReason;
}

/**
 * Stock is a ledger: every change is a movement row belonging to a finalized document,
 * written by the document writer. The on-hand figure follows in the same statement
 * (trigger stock_movements_on_hand), so the two can never disagree.
 */
export function movementRow(clock: Clock, doc: { id: string; at: string }, m: Movement): Insertable<StockMovementsTable> {
  return {
    id: newId(clock),
    product_id: m.productId,
    till_id: m.tillId,
    qty_delta: m.delta,
    reason: m.reason,
    doc_id: doc.id,
    created_at: doc.at,
  };
}

const onHandQuery = prepared((q, arg: Arg<{ productId: string }>) =>
  q.selectFrom('stock_levels').select('on_hand').where('product_id', '=', arg('productId')),
);

export function onHand(db: SqlDb, productId: string): number {
  const row = db.first(onHandQuery.with({ productId }));
  return row?.on_hand ?? 0;
}
