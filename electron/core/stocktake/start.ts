import type { ParsedInputOf } from '../../../shared/contract';
import type { StockTakeView } from '../../../shared/domain/stocktake';
import { localDate, newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { assertStockLocation, homeLocationId } from '../inventory/locations';
import { categorySubtree } from './scope';
import { assertCounting, entriesOf, takeOrFail, takeView, versionOf, type TakeRow } from './take-row';

/**
 * Starts a stock take. Selling goes on: nothing is frozen, each count entry records the
 * on hand it was made against. Several takes may count at once, but never two covering
 * the same products at one location, or a product's variance would be posted twice.
 */
export function startTake(ctx: CoreContext, input: ParsedInputOf<'stocktake.start'>, staffId: string): StockTakeView {
  const { db } = ctx;
  const tillId = tillIdOf(ctx);
  const location = assertStockLocation(db, input.locationId ?? homeLocationId(db));
  const categoryId = input.scope === 'category' ? (input.categoryId ?? null) : null;
  const shelf = input.scope === 'shelf' ? (input.shelf ?? null) : null;
  if (categoryId !== null) {
    const cat = db.first(db.q.selectFrom('categories').select(['id', 'archived_at']).where('id', '=', categoryId));
    if (!cat || cat.archived_at !== null) fail('not_found', 'No such category');
  }
  if (shelf !== null) {
    const any = db.first(
      db.q.selectFrom('product_locations').select('product_id').where('location_id', '=', location.id).where('shelf', '=', shelf),
    );
    if (!any) fail('invalid_input', `No product is on shelf ${shelf} at ${location.name}`);
  }
  return db.txImmediate(() => {
    assertNoOverlap(ctx, { location_id: location.id, scope: input.scope, category_id: categoryId, shelf });
    const id = newId(ctx.clock);
    const at = nowIso(ctx.clock);
    const reference = `ST-${localDate(ctx.clock).replaceAll('-', '')}-${id.slice(-6).toUpperCase()}`;
    db.insert('stock_takes', {
      id,
      reference,
      location_id: location.id,
      scope: input.scope,
      category_id: categoryId,
      shelf,
      status: 'counting',
      note: input.note,
      created_by: staffId,
      posted_by: null,
      posted_at: null,
      doc_id: null,
      created_at: at,
      updated_at: at,
    });
    ctx.documents.record('stock.changed', tillId, {
      action: 'stocktake.started',
      stockTakeId: id,
      reference,
      locationId: location.id,
      scope: input.scope,
      categoryId,
      shelf,
      staffId,
    });
    return takeView(db, id);
  });
}

type Scope = Pick<TakeRow, 'location_id' | 'scope' | 'category_id' | 'shelf'>;

function assertNoOverlap(ctx: CoreContext, next: Scope): void {
  const open = ctx.db.all(
    ctx.db.q.selectFrom('stock_takes').selectAll().where('status', '=', 'counting').where('location_id', '=', next.location_id),
  );
  for (const other of open) {
    if (overlaps(ctx, next, other)) {
      fail('stock_take_overlaps', `Stock take ${other.reference} is still counting these products: post or cancel it first`);
    }
  }
}

function overlaps(ctx: CoreContext, a: Scope, b: Scope): boolean {
  if (a.scope === 'full' || b.scope === 'full') return true;
  if (a.scope === 'shelf' && b.scope === 'shelf') return a.shelf === b.shelf;
  if (a.scope === 'category' && b.scope === 'category' && a.category_id !== null && b.category_id !== null) {
    // Nested categories overlap: one subtree holds the other's root.
    return categorySubtree(ctx.db, a.category_id).includes(b.category_id) || categorySubtree(ctx.db, b.category_id).includes(a.category_id);
  }
  // A category and a shelf may share products; the count refuses a product another take counted.
  return false;
}

/** Cancels a take still counting: its entries stay as they were, nothing is posted. */
export function cancelTake(ctx: CoreContext, id: string, version: number, staffId: string): StockTakeView {
  const { db } = ctx;
  const tillId = tillIdOf(ctx);
  return db.txImmediate(() => {
    const take = takeOrFail(db, id);
    assertCounting(take, 'it cannot be cancelled');
    assertVersion(db, take, version);
    const at = nowIso(ctx.clock);
    db.run(db.q.updateTable('stock_takes').set({ status: 'cancelled', updated_at: at }).where('id', '=', id).where('status', '=', 'counting'));
    ctx.documents.record('stock.changed', tillId, { action: 'stocktake.cancelled', stockTakeId: id, reference: take.reference, staffId });
    return takeView(db, id);
  });
}

export function assertVersion(db: CoreContext['db'], take: TakeRow, version: number): void {
  if (versionOf(take.status, entriesOf(db, take.id)) !== version) {
    fail('stock_take_changed', `Stock take ${take.reference} has new counts since you loaded it: review it again`);
  }
}

export function shelvesAt(db: CoreContext['db'], locationId: string): string[] {
  return db
    .all(db.q.selectFrom('product_locations').select('shelf').distinct().where('location_id', '=', locationId).where('shelf', '<>', '').orderBy('shelf'))
    .map((r) => r.shelf);
}
