import type { SqlDb } from './sql';

/**
 * What a reader may do. Heavy reads (journal verify, reports) take this on their own
 * read-only connection, so the type says what the connection enforces: no writes.
 */
export type ReadDb = Pick<SqlDb, 'q' | 'all' | 'first' | 'iterate'>;
