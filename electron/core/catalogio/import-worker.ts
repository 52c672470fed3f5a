/**
 * Worker thread entry: reads, checks and imports a catalog file on its own connection, so
 * the till's event loop never parses 200,000 rows and its writer waits at most one short
 * batch for the lock (run-import.ts, publish.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ColumnMapping } from '../../../shared/domain/catalog-io';
import { systemClock } from '../clock';
import { SqlDb } from '../db/sql';
import { sqliteOptions } from '../db/sqlite-options';
import { DocumentWriter } from '../documents/document-writer';
import { readSheet } from './read-file';
import { dryRun, runImport } from './run-import';

export type ImportWorkerJob = {
  file: string;
  format: 'csv' | 'xlsx';
  /** The store database; the worker opens its own connection to it. */
  dbFile: string;
  nativeBinding?: string | undefined;
} & (
  | { mode: 'inspect' }
  | { mode: 'dryRun'; mapping: ColumnMapping }
  | {
      mode: 'import';
      mapping: ColumnMapping;
      job: { id: string; tillId: string; staffId: string | null; fileName: string };
      /** Int32 0: run; 1: cancel. Set by the main thread at any moment, read between batches. */
      cancel: SharedArrayBuffer;
      /** Milliseconds the worker leaves the write lock free between two batches. */
      pauseMs: number;
      haltAfterBatches?: number | undefined;
    }
);

export type ImportWorkerMessage =
  | { type: 'inspected'; headers: string[]; rows: number }
  | { type: 'report'; report: ReturnType<typeof dryRun> }
  | { type: 'progress'; phase: 'publishing' | 'committing'; done: number; created: number; updated: number }
  | { type: 'outcome'; outcome: ReturnType<typeof runImport> }
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
  const sqlite = new Database(job.dbFile, sqliteOptions(job, { fileMustExist: true }));
  try {
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('temp_store = MEMORY');
    const db = new SqlDb(sqlite);
    if (job.mode === 'dryRun') {
      // One read transaction: the whole file is checked against one state of the catalog.
      post({ type: 'report', report: sqlite.transaction(() => dryRun(db, sheet, job.mapping, started))() });
      return;
    }
    const flag = new Int32Array(job.cancel);
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    const outcome = runImport({ db, clock: systemClock, writer: new DocumentWriter(db, systemClock) }, job.job, sheet, job.mapping, {
      cancelled: () => Atomics.load(flag, 0) === 1,
      progress: (phase, done, counts) => post({ type: 'progress', phase, done, ...counts }),
      pause: () => {
        if (job.pauseMs > 0) Atomics.wait(sleeper, 0, 0, job.pauseMs);
      },
      haltAfterBatches: job.haltAfterBatches,
    });
    post({ type: 'outcome', outcome });
  } finally {
    sqlite.close();
  }
}

main().catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
