import { sql, type RawBuilder } from 'kysely';
import type { LowStockPage, LowStockRowView } from '../../../shared/domain/purchasing';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { assertStockLocation } from '../inventory/locations';

export interface LowStockQuery {
  locationId: string;
  supplierId?: string | undefined;
  /** The last product id of the page before. */
  after?: string | undefined;
  limit: number;
}

/**
 * The products at or below their reorder point at a location. Only products with a
 * reorder point are read: at home through the partial index products_reorder_by_name
 * (the product's own figures, in page order), elsewhere through product_locations_reorder;
 * on hand is a primary-key lookup in location_stock. Pages go by (name, id).
 */
function lowStockQuery(db: SqlDb, q: Omit<LowStockQuery, 'limit' | 'after'>) {
  const home = isHome(db, q.locationId);
  const point: RawBuilder<number> = home ? sql<number>`p.reorder_point` : sql<number>`pl.reorder_point`;
  const qty: RawBuilder<number | null> = home ? sql<number | null>`p.reorder_qty` : sql<number | null>`pl.reorder_qty`;
  let query = db.q
    .selectFrom('products as p')
    .$if(!home, (b) =>
      b.innerJoin('product_locations as pl', (j) =>
        j.onRef('pl.product_id', '=', 'p.id').on('pl.location_id', '=', q.locationId),
      ),
    )
    .leftJoin('location_stock as ls', (j) =>
      j.onRef('ls.product_id', '=', 'p.id').on('ls.location_id', '=', q.locationId),
    )
    // Literal terms, the partial index products_reorder_by_name's own: a bound 0 would not match it.
    .where(sql<boolean>`${point} is not null and p.archived_at is null and p.gift_card = 0`)
    .where(sql<boolean>`coalesce(ls.on_hand, 0) <= ${point}`);
  if (q.supplierId !== undefined) {
    const supplierId = q.supplierId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('supplier_products as sp')
          .select(sql`1`.as('one'))
          .whereRef('sp.product_id', '=', 'p.id')
          .where('sp.preferred', '=', 1)
          .where('sp.supplier_id', '=', supplierId),
      ),
    );
  }
  return { query, point, qty };
}

/**
 * The badge's count: every product with a reorder point at the location is looked at
 * (at home through products_with_reorder_point). 45 ms with 20,000 such products, 145 ms
 * with all 200,000 (bench/low-stock-only.ts); the badge asks once a minute.
 */
export function lowStockCount(db: SqlDb, locationId: string): number {
  assertStockLocation(db, locationId);
  const { query } = lowStockQuery(db, { locationId });
  return Number(db.first(query.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
}

function isHome(db: SqlDb, locationId: string): boolean {
  return db.first(db.q.selectFrom('locations').select('home').where('id', '=', locationId))?.home === 1;
}

export function lowStockPage(db: SqlDb, q: LowStockQuery): LowStockPage {
  assertStockLocation(db, q.locationId);
  const { query, point, qty } = lowStockQuery(db, q);
  let page = query.select([
    'p.id',
    'p.sku',
    'p.name',
    'p.unit',
    sql<number>`coalesce(ls.on_hand, 0)`.as('on_hand'),
    point.as('rp'),
    qty.as('rq'),
  ]);
  if (q.after !== undefined) {
    const last =
      db.first(db.q.selectFrom('products').select(['name', 'id']).where('id', '=', q.after)) ??
      fail('invalid_input', 'That page cursor is not valid; load the first page again');
    page = page.where((eb) =>
      eb.or([eb('p.name', '>', last.name), eb.and([eb('p.name', '=', last.name), eb('p.id', '>', last.id)])]),
    );
  }
  const rows = db.all(
    page
      .orderBy('p.name')
      .orderBy('p.id')
      .limit(q.limit + 1),
  );
  const shown = rows.slice(0, q.limit);
  const extras = pageExtras(
    db,
    q.locationId,
    shown.map((r) => r.id),
  );
  const out: LowStockRowView[] = shown.map((r) => {
    const e = extras.get(r.id);
    return {
      productId: r.id,
      sku: r.sku,
      name: r.name,
      unit: r.unit,
      onHand: r.on_hand,
      reorderPoint: r.rp,
      reorderQty: r.rq,
      onOrder: e?.onOrder ?? 0,
      supplierId: e?.supplierId ?? null,
      supplierName: e?.supplierName ?? null,
    };
  });
  return { rows: out, next: rows.length > q.limit ? (shown[shown.length - 1]?.id ?? null) : null };
}

/** Every low product at a location (the suggested orders read them all, a page at a time). */
export function allLowStock(db: SqlDb, locationId: string): LowStockRowView[] {
  const out: LowStockRowView[] = [];
  let after: string | undefined;
  for (;;) {
    const page = lowStockPage(db, { locationId, after, limit: 500 });
    out.push(...page.rows);
    if (page.next === null) return out;
    after = page.next;
  }
}

interface Extras {
  onOrder: number;
  supplierId: string | null;
  supplierName: string | null;
}

/**
 * What is on order to the location (drafts too, so a second suggestion does not order the
 * same goods again) and the preferred supplier, read for one page's products only.
 */
export function pageExtras(db: SqlDb, locationId: string, productIds: readonly string[]): Map<string, Extras> {
  const out = new Map<string, Extras>();
  if (productIds.length === 0) return out;
  for (const id of productIds) out.set(id, { onOrder: 0, supplierId: null, supplierName: null });
  const onOrder = db.all(
    db.q
      .selectFrom('purchase_order_lines as l')
      .innerJoin('purchase_orders as po', 'po.id', 'l.po_id')
      .select(['l.product_id', sql<number>`sum(max(l.qty_ordered - l.qty_received, 0))`.as('qty')])
      .where('l.product_id', 'in', productIds)
      .where('po.location_id', '=', locationId)
      .where('po.status', 'in', ['draft', 'sent', 'partial'])
      .groupBy('l.product_id'),
  );
  for (const r of onOrder) (out.get(r.product_id) as Extras).onOrder = r.qty;
  const suppliers = db.all(
    db.q
      .selectFrom('supplier_products as sp')
      .innerJoin('suppliers as s', 's.id', 'sp.supplier_id')
      .select(['sp.product_id', 's.id', 's.name'])
      .where('sp.product_id', 'in', productIds)
      .where('sp.preferred', '=', 1)
      .where('s.archived_at', 'is', null),
  );
  for (const r of suppliers) Object.assign(out.get(r.product_id) as Extras, { supplierId: r.id, supplierName: r.name });
  return out;
}
