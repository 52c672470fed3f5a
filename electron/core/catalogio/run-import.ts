import { MAX_REPORTED_ISSUES, type ColumnMapping, type DryRunReport, type ImportIssue } from '../../../shared/domain/catalog-io';
import type { SqlDb } from '../db/sql';
import { loadSnapshot } from './catalog-snapshot';
import { BATCH_ROWS, publishBatch, startJob, type ImportDeps } from './publish';
import type { Sheet } from './read-file';
import { commitJob, rollbackJob } from './rollback';
import { validateRows } from './validate-rows';

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
  /** Lets the till's writer in between two batches (the worker sleeps; see import-worker.ts). */
  pause(): void;
  /** Test hook: stop dead after this many published batches, as if the process died. */
  haltAfterBatches?: number | undefined;
}

/**
 * An import from a checked sheet to a committed catalog: checks the whole file again against
 * the catalog as it is now (it may have changed since the dry run), then publishes and
 * commits it batch by batch (publish.ts explains the two phases).
 */
export function runImport(
  deps: ImportDeps,
  job: { id: string; tillId: string; staffId: string | null; fileName: string },
  sheet: Sheet,
  mapping: ColumnMapping,
  control: ImportControl,
): ImportOutcome {
  const { db, clock } = deps;
  const checked = validateRows(sheet.headers, sheet.rows, mapping, loadSnapshot(db));
  if (checked.issues.length > 0) return { status: 'failed', issues: checked.issues.slice(0, MAX_REPORTED_ISSUES), error: null };
  if (checked.plan.length === 0) return { status: 'failed', issues: [], error: 'The file has no rows to import.' };
  startJob(db, clock, { ...job, total: checked.plan.length });
  const counts = { created: 0, updated: 0 };
  try {
    for (let at = 0, batches = 0; at < checked.plan.length; at += BATCH_ROWS, batches += 1) {
      if (control.haltAfterBatches !== undefined && batches >= control.haltAfterBatches) return { status: 'halted' };
      if (control.cancelled()) {
        rollbackJob(db, clock, job.id, { cancelled: true, error: null });
        return { status: 'cancelled' };
      }
      const done = publishBatch(deps, job.id, checked.plan.slice(at, at + BATCH_ROWS), at);
      counts.created += done.created;
      counts.updated += done.updated;
      control.progress('publishing', Math.min(at + BATCH_ROWS, checked.plan.length), counts);
      control.pause();
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
  let committed = 0;
  commitJob(deps, job, (n) => {
    committed += n;
    control.progress('committing', committed, counts);
    control.pause();
  });
  return { status: 'done', ...counts };
}
