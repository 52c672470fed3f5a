/**
 * Worker thread entry: writes an export on its own read-only connection, in one read
 * transaction (one consistent moment of the catalog), while the till keeps selling.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportFormat, ExportKind } from '../../../shared/domain/catalog-io';
import { SqlDb } from '../db/sql';
import { sqliteOptions } from '../db/sqlite-options';
import { exportTable } from './export-rows';
import { writeExport } from './write-export';

export interface ExportJob {
  dbFile: string;
  nativeBinding?: string | undefined;
  out: string;
  kind: ExportKind;
  format: ExportFormat;
  exponent: number;
  from?: string | undefined;
  to?: string | undefined;
}

export type ExportReply = { ok: true; rows: number } | { ok: false; message: string };

const job = workerData as ExportJob;

async function main(): Promise<number> {
  const sqlite = new Database(job.dbFile, sqliteOptions(job, { readonly: true, fileMustExist: true }));
  try {
    sqlite.pragma('busy_timeout = 5000');
    const db = new SqlDb(sqlite);
    // A read transaction held across the awaits of the XLSX writer: WAL keeps the snapshot.
    sqlite.prepare('BEGIN').run();
    const rows = await writeExport(job.out, job.format, job.kind, exportTable(db, job.kind, job));
    sqlite.prepare('COMMIT').run();
    return rows;
  } finally {
    sqlite.close();
  }
}

main().then(
  (rows) => parentPort?.postMessage({ ok: true, rows } satisfies ExportReply),
  (err: unknown) => parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies ExportReply),
);
