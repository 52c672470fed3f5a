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

/** Applies each pending migration in its own transaction, so a failure leaves the last good version. */
export function migrate(sqlite: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = schemaVersion(sqlite);
  for (const m of migrations) {
    if (m.version <= version) continue;
    if (m.version !== version + 1) throw new Error(`Migration ${m.version} does not follow ${version}`);
    sqlite.transaction(() => {
      sqlite.exec(m.sql);
      sqlite.pragma(`user_version = ${m.version}`);
    })();
    version = m.version;
  }
  return version;
}

export { LATEST_VERSION };
