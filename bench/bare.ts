import Database from 'better-sqlite3';
import { toFtsQuery } from '../electron/core/catalog/catalog-service';
import { WalCheckpoints } from '../electron/core/db/wal-checkpoints';
import { LOOKUP, SEARCH_PREFIX, SEARCH_WORDS } from './bare-sql';
import { BareWrites } from './bare-writes';
import type { Step } from './measure';
import { codeAt, LINES_PER_SALE, type OpName, type Workset } from './ours';

/** A second connection set up as openDatabase() sets up the app's: WAL, FULL, foreign keys, checkpoints. */
export function openBare(file: string): Database.Database {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Same checkpoint policy as the app, so the ratio shows our layers and not a pragma.
  sqlite.pragma(`wal_autocheckpoint = ${WalCheckpoints.HARD_LIMIT_PAGES}`);
  return sqlite;
}

/** The same four operations on prepared statements, with nothing between caller and SQLite. */
export function bareSteps(sqlite: Database.Database, work: Workset): Record<OpName, Step> {
  const lookup = sqlite.prepare(LOOKUP);
  const prefix = sqlite.prepare(SEARCH_PREFIX);
  const words = sqlite.prepare(SEARCH_WORDS);
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
    // Same tiers as CatalogService.search; toFtsQuery is the app's, so both ask FTS5 the same MATCH.
    search: {
      run: (i) => {
        const query = work.queries[i % work.queries.length] ?? 'a';
        const first = prefix.all(`${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, 20);
        if (first.length < 20) words.all(toFtsQuery(query), 200, 20);
      },
    },
  };
}
