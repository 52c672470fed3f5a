import type { Insertable } from 'kysely';
import type { Clock } from '../clock';
import { prepared, type Arg } from '../db/prepared';
import type { StockMovementsTable } from '../db/schema';
import type { SqlDb } from '../db/sql';
import { allocateFefo } from '../inventory/lots';
import { movementRow } from '../inventory/stock';

/** Where and when a sale's goods move: the till's own location, on the shop's date. */
export interface SaleStockPlace {
  tillId: string;
  locationId: string;
  /** YYYY-MM-DD, for which lots have expired. */
  today: string;
}

export interface SaleStockLine {
  productId: string;
  qty: number;
  /** The sale line a return line takes back. */
  returnOf: string | null;
  disposition: 'sellable' | 'damaged' | null;
  tracksLots: boolean;
  /** The product's average cost, else its cost price: what the goods are valued at. */
  unitCost: number | null;
  staffId: string;
}

/**
 * Goods out for a sale, from the till's location, earliest-expiring lot first for a
 * lot-tracked product; back in for a return, into the lot the original sale took them
 * from: to sellable stock, or in and straight out again as written off when damaged, so
 * the ledger shows both what came back and its fate.
 */
export function saleStockMoves(
  db: SqlDb,
  clock: Clock,
  doc: { id: string; at: string },
  place: SaleStockPlace,
  line: SaleStockLine,
): Insertable<StockMovementsTable>[] {
  const move = (delta: number, reason: 'sale' | 'return' | 'write_off', lotId: string | null) =>
    movementRow(clock, doc, {
      productId: line.productId,
      tillId: place.tillId,
      delta,
      reason,
      locationId: place.locationId,
      lotId,
      unitCost: line.unitCost,
      staffId: line.staffId,
    });
  if (line.qty > 0) {
    if (!line.tracksLots) return [move(-line.qty, 'sale', null)];
    return allocateFefo(db, line.productId, place.locationId, line.qty, place.today).map((t) => move(-t.qty, 'sale', t.lotId));
  }
  const lotId = line.tracksLots && line.returnOf !== null ? (db.first(soldLotQuery.with({ lineId: line.returnOf }))?.lot_id ?? null) : null;
  if (line.disposition === 'damaged') return [move(-line.qty, 'return', lotId), move(line.qty, 'write_off', lotId)];
  return [move(-line.qty, 'return', lotId)];
}

// The lot an original sale line's goods left from: found through the sale's document (a
// sale's movements name no line, so a checkout writes no extra index entry per line), the
// latest-expiring when it took from several.
const soldLotQuery = prepared((q, arg: Arg<{ lineId: string }>) =>
  q
    .selectFrom('sale_lines as sl')
    .innerJoin('stock_movements as m', (j) => j.onRef('m.doc_id', '=', 'sl.sale_id').onRef('m.product_id', '=', 'sl.product_id'))
    .innerJoin('lots as l', 'l.id', 'm.lot_id')
    .select('m.lot_id')
    .where('sl.id', '=', arg('lineId'))
    .where('m.qty_delta', '<', 0)
    .orderBy('l.expires_on', 'desc')
    .limit(1),
);
