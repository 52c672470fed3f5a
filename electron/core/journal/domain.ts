import path from 'node:path';
import type { CoreContext } from '../context';
import { DB_FILE } from '../db/connection';
import type { HandlersOf } from '../router';
import { JournalVerifier } from './journal-verifier';

/** journal.*: the hash-chained record of every finalized document. */
export function journalDomain(ctx: CoreContext, deps: { dataDir: string; nativeBinding: string | undefined }) {
  const verifier = new JournalVerifier(path.join(deps.dataDir, DB_FILE), deps.nativeBinding);
  const handlers: HandlersOf<'journal'> = {
    'journal.verify': (input) => verifier.verify(input?.expectedHead ?? null),
  };
  return { verifier, handlers };
}
