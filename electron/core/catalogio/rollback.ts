import type { Updateable } from 'kysely';
import { nowIso, type Clock } from '../clock';
import type { ProductsTable } from '../db/schema';
import type { SqlDb } from '../db/sql';
import { BATCH_ROWS, beginCommit, commitBatch, finishJob, type ImportDeps, type ProductBefore } from './publish';

/**
 * Undoes the next batch of a publishing import, newest first, in one short transaction, and
 * drops the log rows it undid: what is left in import_changes is what is left to undo, so
 * an undo cut short by a crash goes on where it stopped. Returns how many rows it undid.
 */
export function rollbackBatch(db: SqlDb, jobId: string): number {
  return db.txImmediate(() => {
    const rows = db.all(
      db.q.selectFrom('import_changes').selectAll().where('job_id', '=', jobId).orderBy('seq', 'desc').limit(BATCH_ROWS),
    );
    for (const r of rows) {
      if (r.created === 1) {
        // Nothing final refers to it: its documents come only at commit, and inactive it cannot be sold.
        db.run(db.q.deleteFrom('barcodes').where('product_id', '=', r.product_id));
        db.run(db.q.deleteFrom('supplier_products').where('product_id', '=', r.product_id));
        db.run(db.q.deleteFrom('products').where('id', '=', r.product_id));
      } else if (r.before !== null) {
        restore(db, r.product_id, r.version_after, JSON.parse(r.before) as ProductBefore);
      }
    }
    const last = rows[rows.length - 1];
    if (last !== undefined) db.run(db.q.deleteFrom('import_changes').where('job_id', '=', jobId).where('seq', '>=', last.seq));
    return rows.length;
  });
}

function restore(db: SqlDb, id: string, versionAfter: number, before: ProductBefore): void {
  // Someone edited the product in the back office since the import touched it: their edit
  // is newer than the import's and stays. The import's own change to it is lost with it.
  const now = db.first(db.q.selectFrom('products').select('version').where('id', '=', id));
  if (now === undefined || now.version !== versionAfter) return;
  // Our own JSON of the product's columns, written by publish.ts from the same row type.
  db.run(db.q.updateTable('products').set(before.p as Updateable<ProductsTable>).where('id', '=', id));
  db.run(db.q.deleteFrom('barcodes').where('product_id', '=', id));
  for (const code of before.barcodes) db.insert('barcodes', { code, product_id: id });
  db.run(db.q.deleteFrom('supplier_products').where('product_id', '=', id));
  for (const s of before.suppliers) db.insert('supplier_products', s);
}

/** Undoes a whole publishing import and marks it: 'rolled_back' when cancelled, 'failed' otherwise. */
export function rollbackJob(db: SqlDb, clock: Clock, jobId: string, outcome: { cancelled: boolean; error: string | null }): void {
  while (rollbackBatch(db, jobId) > 0) {
    // batch by batch, letting the till's writes in between
  }
  db.run(
    db.q
      .updateTable('import_jobs')
      .set({ status: outcome.cancelled ? 'rolled_back' : 'failed', error: outcome.error, updated_at: nowIso(clock) })
      .where('id', '=', jobId),
  );
}

/** Commits every remaining batch of an import past its point of no return. */
export function commitJob(deps: ImportDeps, job: { id: string; tillId: string; staffId: string | null }, onBatch?: (n: number) => void): void {
  beginCommit(deps.db, deps.clock, job.id);
  for (let n = commitBatch(deps, job); n > 0; n = commitBatch(deps, job)) onBatch?.(n);
  finishJob(deps, job);
}

/**
 * At start-up, before any till call: an import the app stopped in the middle of (a crash,
 * a power cut, the app closed) is undone if it was still publishing and finished if it was
 * committing, so the catalog is never left half imported.
 */
export function recoverImports(deps: ImportDeps): { undone: number; finished: number } {
  const { db, clock } = deps;
  const jobs = db.all(
    db.q.selectFrom('import_jobs').select(['id', 'till_id', 'staff_id', 'status']).where('status', 'in', ['publishing', 'committing']),
  );
  let undone = 0;
  let finished = 0;
  for (const job of jobs) {
    if (job.status === 'publishing') {
      rollbackJob(db, clock, job.id, { cancelled: false, error: 'Tillbox stopped during the import; nothing of it was kept.' });
      undone += 1;
    } else {
      commitJob(deps, { id: job.id, tillId: job.till_id, staffId: job.staff_id });
      finished += 1;
    }
  }
  return { undone, finished };
}
