import type Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database at ${file} was written by a newer version of Tillbox (schema ${found}; this app knows up to ${supported}). ` +
        'Install the newer Tillbox or choose another data folder. The file has not been changed.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export function schemaVersion(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies each pending migration in its own transaction, so a failure leaves the last
 * good version. Foreign keys are off while they run, because rebuilding a table (SQLite's
 * documented way to change a constraint: create, copy, drop, rename) briefly leaves
 * references dangling; before each commit every reference is checked, so a migration
 * that broke one rolls back instead.
 */
export function migrate(sqlite: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = schemaVersion(sqlite);
  const pending = migrations.filter((m) => m.version > version);
  if (pending.length === 0) return version;
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched out here.
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const m of pending) {
      if (m.version !== version + 1) throw new Error(`Migration ${m.version} does not follow ${version}`);
      sqlite.transaction(() => {
        for (const step of m.steps) {
          if (typeof step === 'string') sqlite.exec(step);
          else step(sqlite);
        }
        const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) {
          const first = broken[0];
          throw new Error(
            `Migration ${m.version} left ${broken.length} broken references (first: ${first?.table} -> ${first?.parent})`,
          );
        }
        sqlite.pragma(`user_version = ${m.version}`);
      })();
      version = m.version;
    }
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return version;
}

export { LATEST_VERSION };
