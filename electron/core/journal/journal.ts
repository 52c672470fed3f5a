import { createHash } from 'node:crypto';
import type { JournalVerifyResult } from '../../../shared/domain/journal';
import { newId, nowIso, type Clock } from '../clock';
import type { JournalTable } from '../db/schema';
import type { SqlDb } from '../db/sql';

export type JournalKind = 'store.created' | 'catalog.imported' | 'sale.completed';

/** The hash the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

type EntryFields = Omit<JournalTable, 'hash'>;

/**
 * The hash covers every field of the entry plus the previous hash, so changing,
 * removing or reordering any past entry breaks every link after it.
 */
export function entryHash(e: EntryFields): string {
  const canonical = JSON.stringify([e.seq, e.id, e.till_id, e.kind, e.doc_id, e.payload, e.prev_hash, e.created_at]);
  return createHash('sha256').update(canonical).digest('hex');
}

export class Journal {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
  ) {}

  /** Append one entry. Call inside the transaction that makes the change it records. */
  append(kind: JournalKind, entry: { tillId: string | null; docId: string | null; payload: unknown }): string {
    const head = this.db.first(
      this.db.q.selectFrom('journal').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1),
    );
    const fields: EntryFields = {
      seq: (head?.seq ?? 0) + 1,
      id: newId(this.clock),
      till_id: entry.tillId,
      kind,
      doc_id: entry.docId,
      payload: JSON.stringify(entry.payload),
      prev_hash: head?.hash ?? GENESIS_HASH,
      created_at: nowIso(this.clock),
    };
    const hash = entryHash(fields);
    this.db.run(this.db.q.insertInto('journal').values({ ...fields, hash }));
    return hash;
  }

  verify(): JournalVerifyResult {
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let entries = 0;
    const rows = this.db.sqlite
      .prepare(this.db.q.selectFrom('journal').selectAll().orderBy('seq').compile().sql)
      .iterate() as IterableIterator<EntryFields & { hash: string }>;
    for (const row of rows) {
      if (row.seq !== expectedSeq || row.prev_hash !== prev || entryHash(row) !== row.hash) {
        return { intact: false, entries, brokenAt: row.seq, headHash: null };
      }
      prev = row.hash;
      expectedSeq += 1;
      entries += 1;
    }
    return { intact: true, entries, brokenAt: null, headHash: entries ? prev : null };
  }
}
