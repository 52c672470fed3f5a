import type { Insertable } from 'kysely';
import { newId } from '../clock';
import type { CoreContext } from '../context';
import { prepared, type Arg } from '../db/prepared';
import type { StockMovementsTable, StockReason } from '../db/schema';
import type { DocumentHeader } from '../documents/document-writer';
import { fail } from '../errors';
import type { JsonValue } from '../journal/entry-format';
import { averageAfterReceipt } from './average-cost';

/** The stock documents other than a sale; a sale writes its movements in its own document. */
export type StockDocumentKind =
  | 'stock.received'
  | 'stock.adjusted'
  | 'stock.transfer_sent'
  | 'stock.transfer_received'
  | 'stock.counted';

export interface StockMove {
  productId: string;
  locationId: string;
  /** Thousandths; negative when goods leave the location. Never 0. */
  delta: number;
  reason: StockReason;
  lotId?: string | null;
  /**
   * Set on goods bought in: their purchase cost per unit, which moves the product's
   * last and weighted average cost. Other movements are valued at the average cost.
   */
  purchaseCost?: number | null;
  /** The working line this carries out: a purchase order, transfer or stock take line. */
  refId?: string | null;
  note?: string | null;
}

export interface StockDocumentInput<R> {
  tillId: string;
  staffId: string | null;
  moves: readonly StockMove[];
  summary: { [key: string]: JsonValue };
  /**
   * The working rows that go with the document (a purchase order line's received
   * quantity, a transfer's status): run inside the document's transaction, before its
   * rows are written, so they commit or roll back together. May refuse with fail().
   */
  apply?: (doc: DocumentHeader) => R;
}

/**
 * The one way stock moves outside a sale: a finalized stock document through the
 * document writer, one movement row per move, on hand following in the same statement
 * (the stock_movements trigger). A receipt at a purchase cost sets the product's last
 * cost and weighted average cost in the same transaction; every movement records the
 * cost it moved at and the average after it, so stock can be valued as of any date.
 */
export function writeStockDocument<R>(
  ctx: CoreContext,
  kind: StockDocumentKind,
  input: StockDocumentInput<R>,
): { docId: string; at: string; result: R } {
  if (input.moves.length === 0) fail('invalid_input', 'Nothing to move');
  const done = ctx.documents.finalize(kind, input.tillId, (doc) => {
    const result = input.apply ? input.apply(doc) : (undefined as R);
    const rows = movementRows(ctx, doc, input.tillId, input.staffId, input.moves);
    return {
      rows: { stock_movements: rows },
      summary: {
        ...input.summary,
        staffId: input.staffId,
        movements: rows.length,
        // A handful is worth reading in the journal without opening the rows.
        ...(rows.length <= 10
          ? { moves: input.moves.map((m) => ({ productId: m.productId, locationId: m.locationId, delta: m.delta, reason: m.reason })) }
          : {}),
      },
      result,
    };
  });
  return { docId: done.header.id, at: done.header.at, result: done.result };
}

interface CostState {
  onHand: number;
  avg: number | null;
  cost: number | null;
}

function movementRows(
  ctx: CoreContext,
  doc: DocumentHeader,
  tillId: string,
  staffId: string | null,
  moves: readonly StockMove[],
): Insertable<StockMovementsTable>[] {
  // Several moves of one document may touch one product (a receipt in two lots): each
  // sees the on hand and average the one before it left.
  const costs = new Map<string, CostState>();
  const rows: Insertable<StockMovementsTable>[] = [];
  for (const m of moves) {
    if (!Number.isSafeInteger(m.delta) || m.delta === 0) fail('invalid_input', 'A movement needs a whole, non-zero quantity');
    let state = costs.get(m.productId);
    if (!state) {
      const p = ctx.db.first(productCostQuery.with({ productId: m.productId })) ?? fail('not_found', 'No such product');
      state = { onHand: p.on_hand ?? 0, avg: p.avg_cost, cost: p.cost };
      costs.set(m.productId, state);
    }
    let unitCost = state.avg ?? state.cost;
    const bought = m.purchaseCost !== undefined && m.purchaseCost !== null;
    if (bought && m.delta > 0) {
      const purchaseCost = m.purchaseCost as number;
      state.avg = averageAfterReceipt(state.onHand, state.avg ?? state.cost, m.delta, purchaseCost);
      unitCost = purchaseCost;
      ctx.db.run(setCostsQuery.with({ productId: m.productId, last: purchaseCost, avg: state.avg }));
    }
    state.onHand += m.delta;
    rows.push({
      id: newId(ctx.clock),
      product_id: m.productId,
      till_id: tillId,
      qty_delta: m.delta,
      reason: m.reason,
      doc_id: doc.id,
      created_at: doc.at,
      location_id: m.locationId,
      lot_id: m.lotId ?? null,
      unit_cost: unitCost,
      avg_cost: state.avg ?? state.cost,
      staff_id: staffId,
      ref_id: m.refId ?? null,
      note: m.note ?? null,
    });
  }
  return rows;
}

const productCostQuery = prepared((q, arg: Arg<{ productId: string }>) =>
  q
    .selectFrom('products as p')
    .leftJoin('stock_levels as s', 's.product_id', 'p.id')
    .select(['p.avg_cost', 'p.cost', 's.on_hand'])
    .where('p.id', '=', arg('productId')),
);
const setCostsQuery = prepared((q, arg: Arg<{ productId: string; last: number; avg: number }>) =>
  q.updateTable('products').set({ last_cost: arg('last'), avg_cost: arg('avg') }).where('id', '=', arg('productId')),
);
