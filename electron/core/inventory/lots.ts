import { sql } from 'kysely';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

export interface LotTake {
  /** null: stock not held in any lot (received before the product tracked lots). */
  lotId: string | null;
  qty: number;
}

interface LotRow {
  lot_id: string;
  code: string;
  expires_on: string | null;
  on_hand: number;
}

/** A lot is sellable through its expiry date and expired the day after. */
export function isExpired(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && expiresOn < today;
}

/**
 * First expired, first out: which lots a sale of `qty` at a location takes from. Lots
 * that have expired are never taken; the earliest expiry goes first (lots without an
 * expiry date last, then the oldest lot). What the lots cannot cover comes from stock
 * held outside any lot, and beyond that (when the till may oversell) from no lot, so a
 * lot never goes below zero.
 */
export function allocateFefo(db: SqlDb, productId: string, locationId: string, qty: number, today: string): LotTake[] {
  const takes: LotTake[] = [];
  let left = qty;
  for (const lot of lotsAt(db, productId, locationId)) {
    if (left <= 0) break;
    if (lot.on_hand <= 0 || isExpired(lot.expires_on, today)) continue;
    const take = Math.min(left, lot.on_hand);
    takes.push({ lotId: lot.lot_id, qty: take });
    left -= take;
  }
  if (left > 0) takes.push({ lotId: null, qty: left });
  return takes;
}

/**
 * Expired lots cannot be sold: refused when the unexpired lots and the stock outside any
 * lot cannot cover `qty` while an expired lot still holds stock here, because then the
 * item in the cashier's hand is most likely from that lot. The message names the lot
 * and its date, for the cashier to take the goods off the shelf.
 */
export function assertSellableLots(db: SqlDb, productId: string, locationId: string, qty: number, today: string, name: string): void {
  if (qty <= 0) return;
  const lots = lotsAt(db, productId, locationId);
  const expired = lots.filter((l) => l.on_hand > 0 && isExpired(l.expires_on, today));
  if (expired.length === 0) return;
  const inLots = lots.reduce((sum, l) => sum + Math.max(0, l.on_hand), 0);
  const atLocation = db.first(locationOnHandQuery.with({ productId, locationId }))?.on_hand ?? 0;
  const outsideLots = Math.max(0, atLocation - inLots);
  const fresh = lots.filter((l) => !isExpired(l.expires_on, today)).reduce((sum, l) => sum + Math.max(0, l.on_hand), 0);
  if (fresh + outsideLots >= qty) return;
  const first = expired[0] as LotRow;
  fail('lot_expired', `${name}: batch ${first.code} expired on ${first.expires_on ?? ''} and cannot be sold`);
}

function lotsAt(db: SqlDb, productId: string, locationId: string): LotRow[] {
  return db.all(lotsAtQuery.with({ productId, locationId }));
}

const lotsAtQuery = prepared((q, arg: Arg<{ productId: string; locationId: string }>) =>
  q
    .selectFrom('lot_stock as s')
    .innerJoin('lots as l', 'l.id', 's.lot_id')
    .select(['s.lot_id', 'l.code', 'l.expires_on', 's.on_hand'])
    .where('s.product_id', '=', arg('productId'))
    .where('s.location_id', '=', arg('locationId'))
    .where('s.on_hand', '<>', 0)
    .orderBy(sql`l.expires_on is null`)
    .orderBy('l.expires_on')
    .orderBy('l.created_at')
    .orderBy('l.id'),
);
const locationOnHandQuery = prepared((q, arg: Arg<{ productId: string; locationId: string }>) =>
  q
    .selectFrom('location_stock')
    .select('on_hand')
    .where('product_id', '=', arg('productId'))
    .where('location_id', '=', arg('locationId')),
);
