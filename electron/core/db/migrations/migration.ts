import type Database from 'better-sqlite3';

/**
 * SQL to execute, or a step SQL cannot express. A function step must use only what it
 * is given and code frozen with it (documented formats), never today's services: a
 * migration has to do the same thing to a database in five years.
 */
export type MigrationStep = string | ((sqlite: Database.Database) => void);

export interface Migration {
  /** Stored in PRAGMA user_version once applied. Strictly increasing, no gaps. */
  version: number;
  name: string;
  /** Run in order inside one transaction. */
  steps: readonly MigrationStep[];
}
