/**
 * Worker thread entry: reads and checks a catalog file on its own read-only connection, so
 * the till's event loop never parses or checks 200,000 rows. The checked plan goes back to
 * the main thread, which writes it in short batches (publish.ts says why there).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ColumnMapping } from '../../../shared/domain/catalog-io';
import { SqlDb } from '../db/sql';
import { sqliteOptions } from '../db/sqlite-options';
import { readSheet } from './read-file';
import { dryRun, planImport } from './run-import';
import type { PlanRow } from './validate-rows';

const PLAN_PART_ROWS = 5000;

export type ImportWorkerJob = {
  file: string;
  format: 'csv' | 'xlsx';
  /** The store database; the worker opens its own read-only connection to it. */
  dbFile: string;
  nativeBinding?: string | undefined;
} & ({ mode: 'inspect' } | { mode: 'dryRun'; mapping: ColumnMapping } | { mode: 'plan'; mapping: ColumnMapping });

export type ImportWorkerMessage =
  | { type: 'inspected'; headers: string[]; rows: number }
  | { type: 'report'; report: ReturnType<typeof dryRun> }
  /** Rows of the plan, in order, before the 'plan' message that ends it (and carries none itself). */
  | { type: 'planPart'; rows: PlanRow[] }
  | { type: 'plan'; result: ReturnType<typeof planImport> }
  | { type: 'error'; message: string };

const job = workerData as ImportWorkerJob;
const post = (m: ImportWorkerMessage) => parentPort?.postMessage(m);

async function main(): Promise<void> {
  const started = performance.now();
  const sheet = await readSheet(job.file, job.format);
  if (job.mode === 'inspect') {
    post({ type: 'inspected', headers: sheet.headers, rows: sheet.rows.length });
    return;
  }
  const sqlite = new Database(job.dbFile, sqliteOptions(job, { readonly: true, fileMustExist: true }));
  try {
    sqlite.pragma('busy_timeout = 5000');
    const db = new SqlDb(sqlite);
    // One read transaction: the whole file is checked against one state of the catalog.
    if (job.mode === 'dryRun') post({ type: 'report', report: sqlite.transaction(() => dryRun(db, sheet, job.mapping, started))() });
    else {
      const result = sqlite.transaction(() => planImport(db, sheet, job.mapping))();
      if ('issues' in result) return post({ type: 'plan', result });
      // In parts: the main thread decodes each message in one go, and 200,000 rows at once
      // held the till's event loop for most of a second (bench); a part is a few ms.
      for (let at = 0; at < result.plan.length; at += PLAN_PART_ROWS) post({ type: 'planPart', rows: result.plan.slice(at, at + PLAN_PART_ROWS) });
      post({ type: 'plan', result: { plan: [] } });
    }
  } finally {
    sqlite.close();
  }
}

main().catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
