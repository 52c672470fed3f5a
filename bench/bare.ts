import Database from 'better-sqlite3';
import { toFtsQuery } from '../electron/core/catalog/catalog-service';
import { BareWrites } from './bare-writes';
import { LOOKUP, SEARCH } from './bare-sql';
import { measure } from './measure';
import type { Plan, Results, Workset } from './ours';

/** A second connection set up as openDatabase() sets up the app's: WAL, FULL, foreign keys. */
export function openBare(file: string): Database.Database {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/** The same four operations on prepared statements, with nothing between caller and SQLite. */
export async function benchBare(sqlite: Database.Database, plan: Plan, work: Workset): Promise<Results> {
  const code = (i: number): string => work.codes[i % work.codes.length] ?? '';
  const lookupStmt = sqlite.prepare(LOOKUP);
  const searchStmt = sqlite.prepare(SEARCH);
  const writes = new BareWrites(sqlite);
  const found = (row: unknown): void => {
    if (row === undefined) throw new Error('a bare lookup found nothing');
  };

  const lookup = await measure({
    warmup: plan.warmup.reads,
    iterations: plan.iterations.reads,
    run: (i) => found(lookupStmt.get(code(i))),
  });
  const addToCart = await measure({
    warmup: plan.warmup.writes,
    iterations: plan.iterations.writes,
    before: (i) => (i % 5 === 0 ? writes.clearCart() : undefined),
    run: (i) => writes.addToCart(code(i + 7)),
  });
  const checkout = await measure({
    warmup: plan.warmup.checkout,
    iterations: plan.iterations.checkout,
    before: (i) => writes.fillCart([0, 1, 2, 3, 4].map((l) => code(i * 5 + l + 13))),
    run: () => writes.checkout(),
  });
  const search = await measure({
    warmup: plan.warmup.search,
    iterations: plan.iterations.search,
    // toFtsQuery is the app's, so both sides ask FTS5 the very same MATCH.
    run: (i) => searchStmt.all(toFtsQuery(work.queries[i % work.queries.length] ?? 'a'), 20),
  });
  return { lookup, addToCart, checkout, search };
}
