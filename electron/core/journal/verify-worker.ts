/**
 * Worker thread entry: verifies the journal on its own read-only connection, so a year
 * of entries never holds up the till's writer or its event loop.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { JournalHead } from '../../../shared/domain/journal';
import { sqliteOptions } from '../db/sqlite-options';
import { SqlDb } from '../db/sql';
import { verifyJournal } from './verify';

export interface VerifyJob {
  file: string;
  nativeBinding?: string | undefined;
  expected: JournalHead | null;
}

const job = workerData as VerifyJob;
let sqlite: Database.Database | null = null;
try {
  sqlite = new Database(job.file, sqliteOptions(job, { readonly: true, fileMustExist: true }));
  sqlite.pragma('busy_timeout = 5000');
  const started = performance.now();
  const db = new SqlDb(sqlite);
  // One read transaction: the whole check sees one consistent snapshot while sales go on.
  const result = sqlite.transaction(() => verifyJournal(db, job.expected))();
  parentPort?.postMessage({ ok: true, result: { ...result, ms: Math.round(performance.now() - started) } });
} catch (err) {
  parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
} finally {
  sqlite?.close();
}
