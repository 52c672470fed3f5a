import type { CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { Journal } from './journal';

/** journal.*: the hash-chained record of every finalized document. */
export function journalDomain(ctx: CoreContext) {
  const journal = new Journal(ctx.db, ctx.clock);
  const handlers: HandlersOf<'journal'> = {
    'journal.verify': () => journal.verify(),
  };
  return { journal, handlers };
}
