/**
 * Worker thread entry: values the stock on its own read-only connection, in one read
 * transaction (one consistent moment of the ledger), while the till keeps selling.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ValuationReport } from '../../../shared/domain/stock';
import { SqlDb } from '../db/sql';
import { sqliteOptions } from '../db/sqlite-options';
import { valuation, type ValuationArgs } from './valuation-query';

export interface ValuationJob extends ValuationArgs {
  dbFile: string;
  nativeBinding?: string | undefined;
}

export type ValuationReply = { ok: true; report: Omit<ValuationReport, 'ms'> } | { ok: false; message: string };

const job = workerData as ValuationJob;

function main(): Omit<ValuationReport, 'ms'> {
  const sqlite = new Database(job.dbFile, sqliteOptions(job, { readonly: true, fileMustExist: true }));
  try {
    sqlite.pragma('busy_timeout = 5000');
    const db = new SqlDb(sqlite);
    return db.tx(() => valuation(db, job));
  } finally {
    sqlite.close();
  }
}

try {
  parentPort?.postMessage({ ok: true, report: main() } satisfies ValuationReply);
} catch (err) {
  parentPort?.postMessage({
    ok: false,
    message: err instanceof Error ? err.message : String(err),
  } satisfies ValuationReply);
}
