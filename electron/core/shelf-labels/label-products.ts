/**
 * The products of a label run, read straight from the catalog tables: the product CRUD
 * core is another domain, and labels need only a few columns of it.
 */
import type { Unit } from '../../../shared/domain/catalog';
import type { SqlDb } from '../db/sql';

export interface LabelProductRow {
  id: string;
  name: string;
  sku: string;
  price: number;
  unit: Unit;
  active: boolean;
  archived: boolean;
  variantLabel: string | null;
  codes: string[];
}

// SQLite's default limit on bound parameters is far above this, and a run holds at most 500 products.
const CHUNK = 500;

/** The rows of these ids, by id; ids that name no product are simply absent. */
export function readLabelProducts(db: SqlDb, ids: readonly string[]): Map<string, LabelProductRow> {
  const out = new Map<string, LabelProductRow>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    const rows = db.all(
      db.q
        .selectFrom('products')
        .select(['id', 'name', 'sku', 'price', 'unit', 'active', 'archived_at', 'variant_label'])
        .where('id', 'in', part),
    );
    for (const r of rows) {
      out.set(r.id, {
        id: r.id,
        name: r.name,
        sku: r.sku,
        price: r.price,
        unit: r.unit,
        active: r.active === 1,
        archived: r.archived_at !== null,
        variantLabel: r.variant_label,
        codes: [],
      });
    }
    const codes = db.all(db.q.selectFrom('barcodes').select(['code', 'product_id']).where('product_id', 'in', part));
    for (const c of codes) out.get(c.product_id)?.codes.push(c.code);
  }
  return out;
}
