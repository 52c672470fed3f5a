import type Database from 'better-sqlite3';
import type { Compilable, Insertable, Kysely } from 'kysely';
import type { Param } from './prepared';
import { queryBuilder } from './query-builder';
import type { DB } from './schema';
import type { WalCheckpoints } from './wal-checkpoints';

/**
 * Kysely builds every query (typed against schema.ts); better-sqlite3 runs it
 * synchronously from a statement cache. Synchronous execution on the single writer
 * is the point: a transaction cannot interleave with another call across an await,
 * and a cached statement keeps our layer close to bare SQLite speed (see bench).
 */
export class SqlDb {
  readonly q: Kysely<DB> = queryBuilder;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly inserts = new Map<string, { sql: string; columns: string[] }>();

  constructor(
    readonly sqlite: Database.Database,
    private readonly checkpoints?: WalCheckpoints,
  ) {}

  all<O>(query: Compilable<O>): O[] {
    const { sql, parameters } = query.compile();
    return this.statement(sql).all(...(parameters as Param[])) as O[];
  }

  first<O>(query: Compilable<O>): O | undefined {
    const { sql, parameters } = query.compile();
    return this.statement(sql).get(...(parameters as Param[])) as O | undefined;
  }

  run(query: Compilable<unknown>): Database.RunResult {
    const { sql, parameters } = query.compile();
    const result = this.statement(sql).run(...(parameters as Param[]));
    this.checkpoints?.noteWrite();
    return result;
  }

  /**
   * Inserts one row. The same as run(q.insertInto(table).values(row)), but the SQL Kysely
   * compiles is kept per table and column set: a sale inserts a dozen rows, and building
   * each statement anew cost more than SQLite's own work on it.
   */
  insert<T extends keyof DB & string>(table: T, row: Insertable<DB[T]>): Database.RunResult {
    const columns = Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined);
    const key = `${table}(${columns.join(',')})`;
    let compiled = this.inserts.get(key);
    const values = columns.map((c) => (row as Record<string, unknown>)[c]) as Param[];
    if (compiled === undefined) {
      const q = this.q.insertInto(table).values(row).compile();
      // Kysely binds values in column order; if that ever changes, fail loudly here.
      if (q.parameters.length !== values.length || q.parameters.some((p, i) => p !== values[i])) {
        throw new Error(`insert into ${table}: Kysely's parameter order differs from the row's columns`);
      }
      compiled = { sql: q.sql, columns };
      this.inserts.set(key, compiled);
    }
    const result = this.statement(compiled.sql).run(...values);
    this.checkpoints?.noteWrite();
    return result;
  }

  /** Runs fn in one transaction (nested calls become savepoints). fn must not await. */
  tx<T>(fn: () => T): T {
    return this.sqlite.transaction(fn)();
  }

  /**
   * Like tx, but BEGIN IMMEDIATE: the write lock is taken before fn reads anything, so
   * what fn reads (a counter, a cart) cannot change under it before it writes. Nested in
   * another transaction it is a savepoint of that one.
   */
  txImmediate<T>(fn: () => T): T {
    return this.sqlite.transaction(fn).immediate();
  }

  /** Streams a query's rows without holding them all; the connection is busy until done. */
  iterate<O>(query: Compilable<O>): IterableIterator<O> {
    const { sql, parameters } = query.compile();
    return this.statement(sql).iterate(...(parameters as Param[])) as IterableIterator<O>;
  }

  close(): void {
    this.statements.clear();
    this.checkpoints?.close();
    // Fold the WAL back into the database so the data folder is one file at rest.
    this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    this.sqlite.close();
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.sqlite.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }
}
