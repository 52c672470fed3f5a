import { readSetting } from '../settings/settings-store';
import type { SqlDb } from '../db/sql';

/** What row checks look up: every SKU, barcode, category, tax rate and supplier of the store. */
export interface CatalogSnapshot {
  productBySku: Map<string, string>;
  skuOf: Map<string, string>;
  productByBarcode: Map<string, string>;
  /** Lower-cased name to id; null when two categories share the name. */
  categories: Map<string, string | null>;
  taxRates: Map<string, string>;
  taxCodes: string[];
  suppliers: Map<string, string | null>;
  currencyExponent: number;
}

export function loadSnapshot(db: SqlDb): CatalogSnapshot {
  const productBySku = new Map<string, string>();
  const skuOf = new Map<string, string>();
  for (const p of db.iterate(db.q.selectFrom('products').select(['id', 'sku']))) {
    productBySku.set(p.sku, p.id);
    skuOf.set(p.id, p.sku);
  }
  const productByBarcode = new Map<string, string>();
  for (const b of db.iterate(db.q.selectFrom('barcodes').select(['code', 'product_id']))) productByBarcode.set(b.code, b.product_id);
  const byName = (rows: { id: string; name: string }[]) => {
    const map = new Map<string, string | null>();
    for (const r of rows) {
      const key = r.name.trim().toLowerCase();
      map.set(key, map.has(key) ? null : r.id);
    }
    return map;
  };
  const categories = byName(db.all(db.q.selectFrom('categories').select(['id', 'name']).where('archived_at', 'is', null)));
  const suppliers = byName(db.all(db.q.selectFrom('suppliers').select(['id', 'name']).where('archived_at', 'is', null)));
  const rates = db.all(db.q.selectFrom('tax_rates').select(['id', 'code']).orderBy('code'));
  const store = readSetting(db, 'store');
  return {
    productBySku,
    skuOf,
    productByBarcode,
    categories,
    taxRates: new Map(rates.map((r) => [r.code.toLowerCase(), r.id])),
    taxCodes: rates.map((r) => r.code),
    suppliers,
    currencyExponent: store?.currencyExponent ?? 2,
  };
}
