import { sql, type RawBuilder } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ProductPage } from '../../../shared/domain/products';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { toFtsQuery } from '../catalog/catalog-service';
import { decodeCursor, encodeCursor, type ProductSort } from './cursor';
import { productRowSelect, toProductRowView, type ProductRowData } from './product-row';

export type ProductFilter = ParsedInputOf<'products.count'>;

/** Above this many products, a category's page is read along the sort's index instead of sorted. */
const BROAD_CATEGORY = 2000;

/**
 * This category and every one under it. Which index serves it depends on its size, and
 * SQLite has no statistics to tell (no ANALYZE): a small category is read through
 * products_by_category and its few rows sorted; a broad one (more than 2,000 products, a
 * count that stops there) is read along the sort's own index, skipping other categories' rows (the unary +
 * keeps SQLite off the category index), so no page ever sorts tens of thousands of rows.
 */
function categoryCondition(db: SqlDb, categoryId: string): RawBuilder<boolean> {
  const ids = db
    .all(
      db.q
        .withRecursive('subtree(id)', (qb) =>
          qb
            .selectNoFrom(sql<string>`${categoryId}`.as('id'))
            .union(qb.selectFrom('categories as c').innerJoin('subtree', 'subtree.id', 'c.parent_id').select('c.id')),
        )
        .selectFrom('subtree')
        .select('id'),
    )
    .map((r) => r.id);
  const some = db.all(
    db.q.selectFrom('products').select(sql<number>`1`.as('one')).where('category_id', 'in', ids).limit(BROAD_CATEGORY + 1),
  );
  const broad = some.length > BROAD_CATEGORY;
  const list = sql.join(ids.map((id) => sql.val(id)));
  return broad ? sql<boolean>`+p.category_id in (${list})` : sql<boolean>`p.category_id in (${list})`;
}

/** The columns each sort orders by, before the id that breaks ties; each has an index (migration 005). */
const SORT_COLUMNS: Record<ProductSort, string[]> = {
  name: ['name'],
  sku: ['sku'],
  price: ['price'],
  // products_page_brand is (brand, name, id): within a brand, by name, as a person reads it.
  brand: ['brand', 'name'],
  updatedAt: ['updated_at'],
};

/** Above every character a SKU can hold: the upper bound of a prefix range that uses the SKU index. */
const PREFIX_END = '\u{10FFFF}';

/**
 * The conditions of the product table's filters, on products aliased p. Each is written so
 * SQLite can drive it from an index or check it per row cheaply: stock by the product's
 * own stock_levels row, supplier by supplier_products' key, category by a recursive CTE
 * over the (small) category tree.
 */
export function filterConditions(db: SqlDb, f: ProductFilter): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [];
  switch (f.status) {
    case 'current':
      where.push(sql<boolean>`p.archived_at is null`);
      break;
    case 'active':
      where.push(sql<boolean>`p.archived_at is null and p.active = 1`);
      break;
    case 'inactive':
      where.push(sql<boolean>`p.archived_at is null and p.active = 0`);
      break;
    case 'archived':
      where.push(sql<boolean>`p.archived_at is not null`);
      break;
  }
  const text = f.query?.trim() ?? '';
  if (text !== '') {
    const fts = toFtsQuery(text);
    const byName = fts === null ? sql`0` : sql`p.seq in (select rowid from products_fts where products_fts match ${fts})`;
    where.push(sql<boolean>`(${byName}
      or (p.sku >= ${text} and p.sku < ${text + PREFIX_END})
      or p.id in (select product_id from barcodes where code = ${text}))`);
  }
  if (f.categoryId !== undefined) where.push(categoryCondition(db, f.categoryId));
  if (f.supplierId !== undefined) {
    where.push(sql<boolean>`p.id in (select product_id from supplier_products where supplier_id = ${f.supplierId})`);
  }
  if (f.stock !== undefined) {
    const onHand = sql`coalesce((select on_hand from stock_levels where product_id = p.id), 0)`;
    if (f.stock === 'out') where.push(sql<boolean>`${onHand} <= 0`);
    if (f.stock === 'low') {
      where.push(sql<boolean>`p.reorder_point is not null and ${onHand} > 0 and ${onHand} <= p.reorder_point`);
    }
    if (f.stock === 'in_stock') {
      where.push(sql<boolean>`${onHand} > 0 and (p.reorder_point is null or ${onHand} > p.reorder_point)`);
    }
  }
  return where;
}

/**
 * A page of the product table by keyset: the rows after the cursor's (sort key, id) in
 * the chosen order, read along that sort's index, never OFFSET. A page deep in the table
 * costs what the first one does.
 */
export function listProducts(db: SqlDb, input: ParsedInputOf<'products.list'>): ProductPage {
  const { sort, dir } = input;
  const columns = SORT_COLUMNS[sort];
  let q = productRowSelect(db.q);
  for (const w of filterConditions(db, input)) q = q.where(w);
  if (input.after !== undefined) {
    const cursor = decodeCursor(input.after, sort, dir);
    const key = cursor.key ?? keyOf(db, sort, cursor.id);
    const left = sql.join([...columns.map((c) => sql.ref(`p.${c}`)), sql.ref('p.id')]);
    const right = sql.join([...key.map((v) => sql.val(v)), sql.val(cursor.id)]);
    q = dir === 'asc' ? q.where(sql<boolean>`(${left}) > (${right})`) : q.where(sql<boolean>`(${left}) < (${right})`);
  }
  for (const c of columns) q = q.orderBy(sql.ref(`p.${c}`), dir);
  q = q.orderBy('p.id', dir).limit(input.limit + 1);
  const rows = db.all(q);
  const more = rows.length > input.limit;
  const page = more ? rows.slice(0, input.limit) : rows;
  const last = page.at(-1);
  return {
    rows: page.map(toProductRowView),
    next: more && last ? encodeCursor({ sort, dir, key: keyValues(sort, last), id: last.id }) : null,
  };
}

export function countProducts(db: SqlDb, filter: ProductFilter): number {
  let q = db.q.selectFrom('products as p').select((eb) => eb.fn.countAll<number>().as('n'));
  for (const w of filterConditions(db, filter)) q = q.where(w);
  return db.first(q)?.n ?? 0;
}

function keyValues(sort: ProductSort, r: Pick<ProductRowData, 'name' | 'sku' | 'price' | 'brand' | 'updated_at'>): (string | number)[] {
  switch (sort) {
    case 'name':
      return [r.name];
    case 'sku':
      return [r.sku];
    case 'price':
      return [r.price];
    case 'brand':
      return [r.brand, r.name];
    case 'updatedAt':
      return [r.updated_at];
  }
}

/** A cursor too long to carry its key names only the row: read the row's key now. */
function keyOf(db: SqlDb, sort: ProductSort, id: string): (string | number)[] {
  const r = db.first(
    db.q.selectFrom('products').select(['name', 'sku', 'price', 'brand', 'updated_at']).where('id', '=', id),
  );
  return r ? keyValues(sort, r) : fail('invalid_input', 'That page cursor is not valid (its row is gone); load the first page again');
}
