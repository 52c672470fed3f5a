import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SqlDb } from '../db/sql';
import type { StockTakesTable } from '../db/schema-stock';

/** What a take covers, resolved once per call: a category take holds its whole subtree. */
export interface TakeScope {
  scope: StockTakesTable['scope'];
  locationId: string;
  categoryIds: string[];
  shelf: string | null;
}

export function scopeOf(db: SqlDb, take: Pick<StockTakesTable, 'scope' | 'location_id' | 'category_id' | 'shelf'>): TakeScope {
  return {
    scope: take.scope,
    locationId: take.location_id,
    categoryIds: take.category_id === null ? [] : categorySubtree(db, take.category_id),
    shelf: take.shelf,
  };
}

/**
 * A category and every category under it (categories.parent_id). Categories number in the
 * hundreds at most, so reading them all beats a recursive query per call; a cycle, which
 * the category service refuses anyway, cannot loop here.
 */
export function categorySubtree(db: SqlDb, rootId: string): string[] {
  const rows = db.all(db.q.selectFrom('categories').select(['id', 'parent_id']));
  const children = new Map<string, string[]>();
  for (const r of rows) {
    if (r.parent_id === null) continue;
    const list = children.get(r.parent_id) ?? [];
    list.push(r.id);
    children.set(r.parent_id, list);
  }
  const seen = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop() as string) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return [...seen];
}

/**
 * The condition a product (aliased `p`) meets to be in the take: not archived, not a gift
 * card (it moves no stock), and for a partial take in the category subtree or on the shelf
 * at the take's location (product_locations.shelf).
 */
export function inScope(s: TakeScope): RawBuilder<SqlBool> {
  const base = sql`p.archived_at is null and p.gift_card = 0`;
  if (s.scope === 'category') {
    return sql<SqlBool>`(${base} and p.category_id in (${sql.join(s.categoryIds)}))`;
  }
  if (s.scope === 'shelf') {
    return sql<SqlBool>`(${base} and exists (select 1 from product_locations pl where pl.product_id = p.id and pl.location_id = ${s.locationId} and pl.shelf = ${s.shelf ?? ''}))`;
  }
  return sql<SqlBool>`(${base})`;
}

/** Is this product in the take's scope? */
export function productInScope(db: SqlDb, s: TakeScope, productId: string): boolean {
  return db.first(db.q.selectFrom('products as p').select('p.id').where('p.id', '=', productId).where(inScope(s))) !== undefined;
}

/** How many products the take covers. */
export function scopeSize(db: SqlDb, s: TakeScope): number {
  const row = db.first(db.q.selectFrom('products as p').select((eb) => eb.fn.countAll<number>().as('n')).where(inScope(s)));
  return row?.n ?? 0;
}
