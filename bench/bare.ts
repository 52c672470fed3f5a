import Database from 'better-sqlite3';
import { toFtsQuery } from '../electron/core/catalog/catalog-service';
import { LOOKUP, SEARCH } from './bare-sql';
import { BareWrites } from './bare-writes';
import type { Step } from './measure';
import { codeAt, LINES_PER_SALE, type OpName, type Workset } from './ours';

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
export function bareSteps(sqlite: Database.Database, work: Workset): Record<OpName, Step> {
  const lookup = sqlite.prepare(LOOKUP);
  const search = sqlite.prepare(SEARCH);
  const writes = new BareWrites(sqlite);
  return {
    lookup: {
      run: (i) => {
        if (lookup.get(codeAt(work, 'lookup', i)) === undefined) throw new Error('a bare lookup found nothing');
      },
    },
    addToCart: {
      before: (i) => (i % LINES_PER_SALE === 0 ? writes.clearCart() : undefined),
      run: (i) => writes.addToCart(codeAt(work, 'addToCart', i)),
    },
    checkout: {
      before: (i) =>
        writes.fillCart(
          Array.from({ length: LINES_PER_SALE }, (_, l) => codeAt(work, 'checkout', i * LINES_PER_SALE + l)),
        ),
      run: () => writes.checkout(),
    },
    // toFtsQuery is the app's, so both sides ask FTS5 the very same MATCH.
    search: { run: (i) => search.all(toFtsQuery(work.queries[i % work.queries.length] ?? 'a'), 20) },
  };
}
