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
  /** Where the goods are; the home location when not given (opening stock of an import). */
  locationId?: string | null;
  lotId?: string | null;
  /** What each unit is valued at: the product's average cost, else its cost price. */
  unitCost?: number | null;
  staffId?: string | null;
  /** The working line this movement carries out (a sale names none: its document is enough). */
  refId?: string | null;
}

/**
 * Stock is a ledger: every change is a movement row belonging to a finalized document,
 * written by the document writer. The on-hand figures follow in the same statement
 * (trigger stock_movements_on_hand), so they can never disagree. Stock documents other
 * than sales and imports are written by inventory/stock-document.ts.
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
    location_id: m.locationId ?? null,
    lot_id: m.lotId ?? null,
    unit_cost: m.unitCost ?? null,
    avg_cost: m.unitCost ?? null,
    staff_id: m.staffId ?? null,
    ref_id: m.refId ?? null,
  };
}

const onHandAtQuery = prepared((q, arg: Arg<{ productId: string; locationId: string }>) =>
  q
    .selectFrom('location_stock')
    .select('on_hand')
    .where('product_id', '=', arg('productId'))
    .where('location_id', '=', arg('locationId')),
);

/** What a location holds of a product: a till sells from its own location's stock. */
export function onHandAt(db: SqlDb, productId: string, locationId: string): number {
  const row = db.first(onHandAtQuery.with({ productId, locationId }));
  return row?.on_hand ?? 0;
}
