import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseFromFutureError, LATEST_VERSION, migrate, schemaVersion } from './migrate';
import { SqlDb } from './sql';
import { sqliteOptions, type SqliteOptions } from './sqlite-options';
import { WalCheckpoints } from './wal-checkpoints';

export const DB_FILE = 'tillbox.sqlite';

/**
 * Opens (creating if needed) the store database in dataDir and brings it to the
 * latest schema. A database from a newer app is detected through a read-only
 * handle first, because merely opening it read-write would switch it to WAL.
 */
export function openDatabase(dataDir: string, opts: SqliteOptions = {}): SqlDb {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  if (fs.existsSync(file)) refuseFutureDatabase(file, opts);

  const sqlite = new Database(file, sqliteOptions(opts));
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a sale the cashier saw committed survives a power cut, not only a crash.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Statement journals (each trigger-guarded insert opens one) stay in memory instead of
    // temp files on the till's disk; they only ever hold one statement's changes.
    sqlite.pragma('temp_store = MEMORY');
    sqlite.pragma(`wal_autocheckpoint = ${WalCheckpoints.HARD_LIMIT_PAGES}`);
    migrate(sqlite);
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return new SqlDb(sqlite, new WalCheckpoints(file, opts));
}

function refuseFutureDatabase(file: string, opts: SqliteOptions): void {
  const probe = new Database(file, sqliteOptions(opts, { readonly: true, fileMustExist: true }));
  try {
    const found = schemaVersion(probe);
    if (found > LATEST_VERSION) throw new DatabaseFromFutureError(file, found, LATEST_VERSION);
  } finally {
    probe.close();
  }
}
