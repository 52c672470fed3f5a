import type { Insertable, Selectable, Updateable } from 'kysely';
import { newId, nowIso, type Clock } from '../clock';
import { prepared, type Arg } from '../db/prepared';
import type { ImportChangesTable, ProductsTable, SupplierProductsTable } from '../db/schema';
import type { SqlDb } from '../db/sql';
import type { DocumentWriter } from '../documents/document-writer';
import { homeLocationId } from '../inventory/locations';
import { movementRow } from '../inventory/stock';
import type { PlanRow } from './validate-rows';

/**
 * How an import is all or nothing without holding the till's write lock for seconds.
 *
 * The heavy part (reading the file, checking 200,000 rows against the catalog) runs in a
 * worker thread on its own read-only connection. The writes run here, on the till's one
 * writer connection, in short transactions of BATCH_ROWS rows with a turn of the event loop
 * between two of them, so a sale or a scan waits at most one batch (milliseconds). A second
 * writer connection in the worker was tried and dropped: SQLite has one write lock, and
 * the till's deferred transactions then fail with SQLITE_BUSY whenever a batch commits
 * between their read and their write; on one connection they simply take turns.
 *
 * An import has two phases:
 * 1. Publishing, which can be undone. Each batch creates its new products *inactive* (the
 *    till refuses an inactive product, so nobody can sell one yet) and updates existing ones
 *    except their price, and writes to import_changes, in the same transaction, what it did:
 *    the product it created, or the product's fields, barcodes and supplier links before.
 *    A cancel, an error, or a crash (found at the next start) undoes it from that log:
 *    created products are deleted (nothing final refers to them yet), updated ones restored.
 * 2. Committing, the point of no return: what must be a finalized document is written
 *    through the document writer, batch by batch, each batch in one transaction with its
 *    documents: created products become active, opening stock is a 'stock.opening'
 *    document and new prices of existing products a 'price.changed' document (price
 *    column and document together). A crash here is finished at the next start, never
 *    undone, so no document is ever reversed; a cancel now is too late and says so.
 *
 * The user sees one import that either happened or did not. While it runs, the till sees
 * updated names and categories early and new prices and products at the end; a sale made
 * meanwhile keeps the price it was rung at.
 */

export const BATCH_ROWS = 500;

export interface ImportDeps {
  db: SqlDb;
  clock: Clock;
  writer: DocumentWriter;
}

/** An updated product as it was before the import, for the undo. */
interface ProductBefore {
  p: Record<string, string | number | null>;
  barcodes: string[];
  suppliers: Selectable<SupplierProductsTable>[];
}

const RESTORED_COLUMNS = [
  'name',
  'category_id',
  'brand',
  'cost',
  'tax_rate_id',
  'unit',
  'sold_by_weight',
  'age_restricted',
  'reorder_point',
  'reorder_qty',
  'active',
  'updated_at',
  'version',
] as const;

export function startJob(
  db: SqlDb,
  clock: Clock,
  job: { id: string; tillId: string; staffId: string | null; fileName: string; total: number },
): void {
  const at = nowIso(clock);
  db.insert('import_jobs', {
    id: job.id,
    till_id: job.tillId,
    staff_id: job.staffId,
    file_name: job.fileName,
    status: 'publishing',
    total: job.total,
    created_at: at,
    updated_at: at,
  });
}

/** Publishes one batch of plan rows (phase 1) in one short transaction. */
export function publishBatch(deps: ImportDeps, jobId: string, rows: readonly PlanRow[], firstSeq: number): { created: number; updated: number } {
  const { db, clock } = deps;
  return db.txImmediate(() => {
    const at = nowIso(clock);
    let created = 0;
    rows.forEach((row, i) => {
      const seq = firstSeq + i;
      if (row.productId === null) {
        createProduct(deps, jobId, seq, row, at);
        created += 1;
      } else {
        updateProduct(db, jobId, seq, row.productId, row, at);
      }
    });
    db.run(bumpJob.with({ id: jobId, created, updated: rows.length - created, at }));
    return { created, updated: rows.length - created };
  });
}

function createProduct(deps: ImportDeps, jobId: string, seq: number, row: PlanRow, at: string): void {
  const { db, clock } = deps;
  const id = newId(clock);
  const unit = row.unit ?? 'each';
  const product: Insertable<ProductsTable> = {
    id,
    sku: row.sku,
    name: row.name ?? row.sku,
    category_id: row.categoryId ?? null,
    price: row.price ?? 0,
    cost: row.cost ?? null,
    tax_rate_id: row.taxRateId ?? '',
    unit,
    // Hidden until the import commits: the till refuses an inactive product.
    active: 0,
    created_at: at,
    updated_at: at,
    brand: row.brand ?? '',
    sold_by_weight: row.soldByWeight ? 1 : 0,
    age_restricted: row.ageRestricted ? 1 : 0,
    reorder_point: row.reorderPoint ?? null,
    reorder_qty: row.reorderQty ?? null,
    last_cost: row.cost ?? null,
    avg_cost: row.cost ?? null,
  };
  db.insert('products', product);
  for (const code of row.barcodes) db.insert('barcodes', { code, product_id: id });
  if (row.supplierId !== undefined) linkSupplier(db, id, row);
  const change: Insertable<ImportChangesTable> = {
    job_id: jobId,
    seq,
    product_id: id,
    created: 1,
    before: null,
    version_after: 1,
    active_after: row.active === false ? 0 : 1,
    price_before: null,
    price_after: null,
    opening_qty: row.openingQty,
  };
  db.insert('import_changes', change);
}

function updateProduct(db: SqlDb, jobId: string, seq: number, id: string, row: PlanRow, at: string): void {
  const current = db.first(db.q.selectFrom('products').selectAll().where('id', '=', id));
  if (current === undefined) throw new Error(`product ${id} was removed during the import`);
  const barcodes = db.all(barcodesOf.with({ id })).map((b) => b.code);
  const before: ProductBefore = {
    p: Object.fromEntries(RESTORED_COLUMNS.map((c) => [c, current[c]])),
    barcodes,
    suppliers: db.all(db.q.selectFrom('supplier_products').selectAll().where('product_id', '=', id)),
  };
  const set: Updateable<ProductsTable> = { updated_at: at, version: current.version + 1 };
  if (row.name !== undefined) set.name = row.name;
  if (row.categoryId !== undefined) set.category_id = row.categoryId;
  if (row.brand !== undefined) set.brand = row.brand;
  if (row.cost !== undefined) set.cost = row.cost;
  if (row.taxRateId !== undefined) set.tax_rate_id = row.taxRateId;
  if (row.unit !== undefined) set.unit = row.unit;
  if (row.soldByWeight !== undefined) set.sold_by_weight = row.soldByWeight ? 1 : 0;
  if (row.ageRestricted !== undefined) set.age_restricted = row.ageRestricted ? 1 : 0;
  if (row.reorderPoint !== undefined) set.reorder_point = row.reorderPoint;
  if (row.reorderQty !== undefined) set.reorder_qty = row.reorderQty;
  if (row.active !== undefined) set.active = row.active ? 1 : 0;
  db.run(db.q.updateTable('products').set(set).where('id', '=', id));
  for (const code of row.barcodes) if (!barcodes.includes(code)) db.insert('barcodes', { code, product_id: id });
  if (row.supplierId !== undefined) linkSupplier(db, id, row);
  const priceChanges = row.price !== undefined && row.price !== current.price;
  db.insert('import_changes', {
    job_id: jobId,
    seq,
    product_id: id,
    created: 0,
    before: JSON.stringify(before),
    version_after: current.version + 1,
    active_after: row.active === undefined ? current.active : row.active ? 1 : 0,
    price_before: priceChanges ? current.price : null,
    price_after: priceChanges ? (row.price ?? null) : null,
    opening_qty: 0,
  });
}

/** The row's supplier becomes the product's preferred one, with its code and our cost from it. */
function linkSupplier(db: SqlDb, productId: string, row: PlanRow): void {
  const supplierId = row.supplierId ?? '';
  db.run(db.q.updateTable('supplier_products').set({ preferred: 0 }).where('product_id', '=', productId).where('supplier_id', '!=', supplierId));
  const values = {
    supplier_id: supplierId,
    product_id: productId,
    preferred: 1,
    ...(row.supplierCode !== undefined ? { supplier_code: row.supplierCode } : {}),
    ...(row.cost !== undefined ? { cost: row.cost } : {}),
  };
  const { supplier_id: _s, product_id: _p, ...update } = values;
  db.run(db.q.insertInto('supplier_products').values(values).onConflict((oc) => oc.columns(['supplier_id', 'product_id']).doUpdateSet(update)));
}

/** Past the point of no return: from now on a crash finishes the import instead of undoing it. */
export function beginCommit(db: SqlDb, clock: Clock, jobId: string): void {
  db.run(db.q.updateTable('import_jobs').set({ status: 'committing', updated_at: nowIso(clock) }).where('id', '=', jobId));
}

/**
 * Commits the next batch (phase 2): activates created products and writes their opening
 * stock and the new prices as documents, with the batch's log rows removed in the same
 * transaction. Returns how many rows it committed; 0 when none were left.
 */
export function commitBatch(deps: ImportDeps, job: { id: string; tillId: string; staffId: string | null }): number {
  const { db, clock, writer } = deps;
  return db.txImmediate(() => {
    const rows = db.all(nextToCommit.with({ jobId: job.id, limit: BATCH_ROWS }));
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first === undefined || last === undefined) return 0;
    const range = { jobId: job.id, from: first.seq, to: last.seq };
    db.run(activateCreated.with(range));
    const prices = rows.filter((r) => r.price_after !== null && r.price_before !== null);
    if (prices.length > 0) {
      writer.finalize('price.changed', job.tillId, (doc) => {
        for (const r of prices) db.run(setPrice.with({ id: r.product_id, price: r.price_after ?? 0 }));
        return {
          rows: {
            price_changes: prices.map((r) => ({
              id: newId(clock),
              doc_id: doc.id,
              product_id: r.product_id,
              old_price: r.price_before ?? 0,
              new_price: r.price_after ?? 0,
              staff_id: job.staffId,
              created_at: doc.at,
            })),
          },
          summary: { products: prices.length, import: job.id },
          result: null,
        };
      });
    }
    const opening = rows.filter((r) => r.opening_qty !== 0);
    if (opening.length > 0) {
      // Opening stock is the home location's (the shop floor), named on every movement.
      const locationId = homeLocationId(db);
      writer.finalize('stock.opening', job.tillId, (doc) => ({
        rows: {
          stock_movements: opening.map((r) =>
            movementRow(clock, doc, { productId: r.product_id, tillId: job.tillId, delta: r.opening_qty, reason: 'opening', locationId }),
          ),
        },
        summary: { products: opening.length, import: job.id },
        result: null,
      }));
    }
    db.run(dropChanges.with(range));
    return rows.length;
  });
}

/** The import is complete: one journal entry says who imported what. */
export function finishJob(deps: ImportDeps, job: { id: string; tillId: string }): void {
  const { db, clock, writer } = deps;
  db.txImmediate(() => {
    db.run(db.q.updateTable('import_jobs').set({ status: 'done', updated_at: nowIso(clock) }).where('id', '=', job.id));
    const counts = db.first(db.q.selectFrom('import_jobs').select(['created', 'updated', 'file_name']).where('id', '=', job.id));
    writer.record('catalog.imported', job.tillId, {
      import: job.id,
      file: counts?.file_name ?? '',
      created: counts?.created ?? 0,
      updated: counts?.updated ?? 0,
    });
  });
}

const barcodesOf = prepared((q, arg: Arg<{ id: string }>) => q.selectFrom('barcodes').select('code').where('product_id', '=', arg('id')));
const bumpJob = prepared((q, arg: Arg<{ id: string; created: number; updated: number; at: string }>) =>
  q
    .updateTable('import_jobs')
    .set((eb) => ({
      created: eb('created', '+', arg('created')),
      updated: eb('updated', '+', arg('updated')),
      updated_at: arg('at'),
    }))
    .where('id', '=', arg('id')),
);
const nextToCommit = prepared((q, arg: Arg<{ jobId: string; limit: number }>) =>
  q.selectFrom('import_changes').selectAll().where('job_id', '=', arg('jobId')).orderBy('seq').limit(arg('limit')),
);
const activateCreated = prepared((q, arg: Arg<{ jobId: string; from: number; to: number }>) =>
  q
    .updateTable('products')
    .set({ active: 1 })
    .where('id', 'in', (sq) =>
      sq
        .selectFrom('import_changes')
        .select('product_id')
        .where('job_id', '=', arg('jobId'))
        .where('seq', '>=', arg('from'))
        .where('seq', '<=', arg('to'))
        .where('created', '=', 1)
        .where('active_after', '=', 1),
    ),
);
const setPrice = prepared((q, arg: Arg<{ id: string; price: number }>) =>
  q.updateTable('products').set({ price: arg('price') }).where('id', '=', arg('id')),
);
const dropChanges = prepared((q, arg: Arg<{ jobId: string; from: number; to: number }>) =>
  q.deleteFrom('import_changes').where('job_id', '=', arg('jobId')).where('seq', '>=', arg('from')).where('seq', '<=', arg('to')),
);

export { RESTORED_COLUMNS, type ProductBefore };
