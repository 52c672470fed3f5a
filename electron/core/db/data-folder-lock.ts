import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { sqliteOptions, type SqliteOptions } from './sqlite-options';

export const LOCK_FILE = 'tillbox.lock';
const INFO_FILE = 'tillbox.lock.info';

/** Thrown when another Tillbox (desktop app or web host) has the data folder open. */
export class StoreInUseError extends Error {
  constructor(dataDir: string, holder: string | null) {
    super(
      `The store in ${dataDir} is already open in another Tillbox${holder ? ` (${holder})` : ''}; close that one first.`,
    );
    this.name = 'StoreInUseError';
  }
}

export interface DataFolderLock {
  release(): void;
}

/**
 * One process per data folder. Two writers on one store would each number receipts
 * from the same counter and each think its cart is the till's. The lock is an
 * exclusive SQLite lock on a file of its own: the operating system drops it when the
 * process dies, even by SIGKILL or a power cut, so there is never a stale lock to
 * clear by hand, and it behaves the same on Linux, macOS and Windows.
 */
export function lockDataFolder(dataDir: string, opts: SqliteOptions & { holder: string }): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = new Database(path.join(dataDir, LOCK_FILE), sqliteOptions(opts));
  try {
    lock.pragma('busy_timeout = 0');
    // In exclusive locking mode the first write takes the file's exclusive lock and the
    // connection keeps it until it closes.
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec(
      'CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL);' +
        "INSERT OR REPLACE INTO holder VALUES (1, datetime('now'));",
    );
  } catch (err) {
    lock.close();
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new StoreInUseError(dataDir, readHolder(dataDir));
    throw err;
  }
  // Said by the message a second copy prints; the lock itself is what counts.
  fs.writeFileSync(path.join(dataDir, INFO_FILE), `${opts.holder}, process ${process.pid}`);
  return {
    release() {
      fs.rmSync(path.join(dataDir, INFO_FILE), { force: true });
      lock.close();
    },
  };
}

function readHolder(dataDir: string): string | null {
  try {
    return fs.readFileSync(path.join(dataDir, INFO_FILE), 'utf8').trim().slice(0, 100) || null;
  } catch {
    return null;
  }
}
