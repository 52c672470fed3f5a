import { MAX_REPORTED_ISSUES, type ColumnMapping, type DryRunReport, type ImportIssue } from '../../../shared/domain/catalog-io';
import type { SqlDb } from '../db/sql';
import { loadSnapshot } from './catalog-snapshot';
import { BATCH_ROWS, beginCommit, commitBatch, finishJob, publishBatch, startJob, type ImportDeps } from './publish';
import type { Sheet } from './read-file';
import { rollbackJob } from './rollback';
import { validateRows, type PlanRow } from './validate-rows';

export function dryRun(db: SqlDb, sheet: Sheet, mapping: ColumnMapping, started: number): DryRunReport {
  const checked = validateRows(sheet.headers, sheet.rows, mapping, loadSnapshot(db));
  return {
    rows: sheet.rows.length,
    creates: checked.creates,
    updates: checked.updates,
    issues: checked.issues.slice(0, MAX_REPORTED_ISSUES),
    more: Math.max(0, checked.issues.length - MAX_REPORTED_ISSUES),
    ms: Math.round(performance.now() - started),
  };
}

export type ImportOutcome =
  | { status: 'done'; created: number; updated: number }
  | { status: 'cancelled' }
  | { status: 'failed'; issues: ImportIssue[]; error: string | null }
  | { status: 'halted' };

export interface ImportControl {
  cancelled(): boolean;
  progress(phase: 'publishing' | 'committing', done: number, counts: { created: number; updated: number }): void;
  /** Between two batches: lets the till's own calls run (the event loop turns) before the next batch. */
  pause(): Promise<void>;
  /** Test hook: stop dead after this many published batches, as if the process died. */
  haltAfterBatches?: number | undefined;
}

/** The whole file checked against the catalog as it is now; a plan only if no row is bad. */
export function planImport(db: SqlDb, sheet: Sheet, mapping: ColumnMapping): { plan: PlanRow[] } | { issues: ImportIssue[] } {
  const checked = validateRows(sheet.headers, sheet.rows, mapping, loadSnapshot(db));
  if (checked.issues.length > 0) return { issues: checked.issues.slice(0, MAX_REPORTED_ISSUES) };
  return { plan: writeOrder(checked.plan) };
}

/**
 * The updates in file order, then the new products in name order. Most of the products
 * table's indexes lead with the name or end in it after a category or brand (the back
 * office's keyset pages); rows of one batch in name order land on a few neighbouring
 * index pages instead of one page each, so a batch commits a fraction of the pages
 * (bench: 200,000 rows in about half the time). Rows of a checked plan are independent
 * of one another (each SKU, barcode and product once), so their order is free.
 */
export function writeOrder(plan: readonly PlanRow[]): PlanRow[] {
  const key = (r: PlanRow) => r.name ?? r.sku;
  const creates = plan.filter((r) => r.productId === null);
  // Code-unit order, as SQLite's BINARY collation compares the same ASCII names.
  creates.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return [...plan.filter((r) => r.productId !== null), ...creates];
}

/**
 * Applies a checked plan to the catalog, publishing then committing it batch by batch on the
 * till's writer (publish.ts explains the two phases and why they run there).
 */
export async function applyPlan(
  deps: ImportDeps,
  job: { id: string; tillId: string; staffId: string | null; fileName: string },
  plan: readonly PlanRow[],
  control: ImportControl,
): Promise<ImportOutcome> {
  const { db, clock } = deps;
  if (plan.length === 0) return { status: 'failed', issues: [], error: 'The file has no rows to import.' };
  startJob(db, clock, { ...job, total: plan.length });
  const counts = { created: 0, updated: 0 };
  try {
    for (let at = 0, batches = 0; at < plan.length; at += BATCH_ROWS, batches += 1) {
      if (control.haltAfterBatches !== undefined && batches >= control.haltAfterBatches) return { status: 'halted' };
      if (control.cancelled()) {
        rollbackJob(db, clock, job.id, { cancelled: true, error: null });
        return { status: 'cancelled' };
      }
      const done = publishBatch(deps, job.id, plan.slice(at, at + BATCH_ROWS), at);
      counts.created += done.created;
      counts.updated += done.updated;
      control.progress('publishing', Math.min(at + BATCH_ROWS, plan.length), counts);
      await control.pause();
    }
    if (control.cancelled()) {
      rollbackJob(db, clock, job.id, { cancelled: true, error: null });
      return { status: 'cancelled' };
    }
  } catch (err) {
    // A row the catalog refused after the check (a SKU created at the till meanwhile): undo all.
    const error = err instanceof Error ? err.message : String(err);
    rollbackJob(db, clock, job.id, { cancelled: false, error });
    return { status: 'failed', issues: [], error: `The import was undone: ${error}` };
  }
  beginCommit(db, clock, job.id);
  let committed = 0;
  for (let n = commitBatch(deps, job); n > 0; n = commitBatch(deps, job)) {
    committed += n;
    control.progress('committing', committed, counts);
    await control.pause();
  }
  finishJob(deps, job);
  return { status: 'done', ...counts };
}
