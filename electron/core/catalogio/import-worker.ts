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
    else post({ type: 'plan', result: sqlite.transaction(() => planImport(db, sheet, job.mapping))() });
  } finally {
    sqlite.close();
  }
}

main().catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
