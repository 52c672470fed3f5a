import { isValidGtin } from '../../../shared/barcode';
import { newId, nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import type { DocumentWriter } from '../documents/document-writer';
import { homeLocationId } from '../inventory/locations';
import { movementRow, type Movement } from '../inventory/stock';
import { fail } from '../errors';
import { readSetting } from '../settings/settings-store';
import { parseCatalogCsv, type CatalogIssue } from './csv';

export interface ImportResult {
  created: number;
  updated: number;
  issues: CatalogIssue[];
}

const PALETTE = [
  'blue',
  'green',
  'orange',
  'grape',
  'cyan',
  'yellow',
  'indigo',
  'teal',
  'pink',
  'red',
  'lime',
  'violet',
];

/**
 * Imports a catalog CSV: new products are created, and their opening stock becomes one
 * 'stock.opening' document through the document writer; known SKUs get their name,
 * price, cost, tax and barcodes updated. All or nothing: any issue in the file and
 * nothing is written, so a shop never ends up with half a catalog.
 *
 * `currency` is what the file's prices are in; it must be the store's. Prices are read at
 * the exponent the store saved at setup, taken from the saved store here rather than from
 * the caller, so no import can read "2.49" as 249 in a store whose amounts are in 1/1000.
 */
export function importCatalog(
  deps: { db: SqlDb; clock: Clock; writer: DocumentWriter },
  text: string,
  opts: { currency: string; categoryColors?: Record<string, string>; tillId: string },
): ImportResult {
  const { db } = deps;
  const rates = db.all(db.q.selectFrom('tax_rates').select(['id', 'code']).orderBy('code'));
  const rateId = new Map(rates.map((r) => [r.code, r.id]));
  const store = readSetting(db, 'store') ?? fail('not_set_up', 'The store is not set up yet');
  if (store.currency !== opts.currency) {
    fail('invalid_input', `The catalog is priced in ${opts.currency} but the store sells in ${store.currency}`);
  }
  const parsed = parseCatalogCsv(text, {
    currencyExponent: store.currencyExponent,
    taxCodes: rates.map((r) => r.code),
    validateBarcode: isValidGtin,
  });
  if (parsed.issues.length > 0) return { created: 0, updated: 0, issues: parsed.issues };

  try {
    return db.tx(() => writeCatalog(deps, parsed.rows, rateId, opts));
  } catch (err) {
    // Rolled back as a whole; the issues travel out on the error.
    if (err instanceof ImportRejected) return { created: 0, updated: 0, issues: err.issues };
    throw err;
  }
}

function writeCatalog(
  deps: { db: SqlDb; clock: Clock; writer: DocumentWriter },
  rows: ReturnType<typeof parseCatalogCsv>['rows'],
  rateId: Map<string, string>,
  opts: { categoryColors?: Record<string, string>; tillId: string },
): ImportResult {
  const { db, clock, writer } = deps;
  const at = nowIso(clock);
  const categoryId = categoryResolver(db, clock, opts.categoryColors ?? {});
  const issues: CatalogIssue[] = [];
  const opening: Movement[] = [];
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    const existing = db.first(db.q.selectFrom('products').select('id').where('sku', '=', row.sku));
    const fields = {
      name: row.name,
      category_id: row.category ? categoryId(row.category) : null,
      price: row.price,
      cost: row.cost,
      tax_rate_id: rateId.get(row.taxCode) ?? '',
      unit: row.unit,
      updated_at: at,
    };
    const productId = existing?.id ?? newId(clock);
    if (existing) {
      db.run(db.q.updateTable('products').set(fields).where('id', '=', productId));
      updated += 1;
    } else {
      db.run(
        db.q.insertInto('products').values({ id: productId, sku: row.sku, active: 1, created_at: at, ...fields }),
      );
      if (row.stock !== 0) opening.push({ productId, tillId: opts.tillId, delta: row.stock, reason: 'opening' });
      created += 1;
    }
    for (const code of row.barcodes) {
      const owner = db.first(db.q.selectFrom('barcodes').select('product_id').where('code', '=', code));
      if (owner && owner.product_id !== productId) {
        issues.push({
          line: row.line,
          column: 'barcode',
          message: `Barcode ${code} already belongs to another product`,
        });
      } else if (!owner) {
        db.run(db.q.insertInto('barcodes').values({ code, product_id: productId }));
      }
    }
  }
  if (issues.length > 0) throw new ImportRejected(issues);
  if (opening.length > 0) {
    // Opening stock is the home location's (the shop floor), named on every movement.
    const locationId = homeLocationId(db);
    writer.finalize('stock.opening', opts.tillId, (doc) => ({
      rows: { stock_movements: opening.map((m) => movementRow(clock, doc, { ...m, locationId })) },
      summary: { products: opening.length },
      result: null,
    }));
  }
  writer.record('catalog.imported', opts.tillId, { created, updated });
  return { created, updated, issues: [] };
}

class ImportRejected extends Error {
  constructor(readonly issues: CatalogIssue[]) {
    super('catalog import rejected');
  }
}

function categoryResolver(db: SqlDb, clock: Clock, colors: Record<string, string>): (name: string) => string {
  const known = new Map(db.all(db.q.selectFrom('categories').select(['id', 'name'])).map((c) => [c.name, c.id]));
  let position = known.size;
  return (name) => {
    const found = known.get(name);
    if (found) return found;
    const id = newId(clock);
    db.run(
      db.q
        .insertInto('categories')
        .values({ id, name, color: colors[name] ?? PALETTE[position % PALETTE.length] ?? 'blue', position }),
    );
    position += 1;
    known.set(name, id);
    return id;
  };
}
