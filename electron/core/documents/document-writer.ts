import type { Insertable } from 'kysely';
import { newId, nowIso, type Clock } from '../clock';
import type { DB } from '../db/schema';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { nextEntry, type JsonValue } from '../journal/entry-format';
import { documentHash, type StoredRow } from './canonical';
import { DOCUMENT_KINDS, formatNumber, type DocumentKind, type EventKind } from './document-kinds';
import { FINALIZED_TABLE_NAMES, type FinalizedTable } from './finalized-tables';

/** The rows that make up a document, per finalized table. */
export type DocumentRows = { [T in FinalizedTable]?: Insertable<DB[T]>[] };

/** What a document is before its rows are built: known the moment its number is taken. */
export interface DocumentHeader {
  id: string;
  kind: DocumentKind;
  tillId: string;
  /** The till's human number, e.g. T01-000042; null for kinds without a series. */
  number: string | null;
  no: number | null;
  at: string;
}

export interface DocumentBuild<R> {
  rows: DocumentRows;
  /** What a person reading the journal wants to see without opening the rows. */
  summary: { [key: string]: JsonValue };
  /** Handed back to the caller once the document has committed. */
  result: R;
  /** Writes that refer to the document's rows (a print job for the sale), run once they exist, in the same transaction. */
  after?: () => void;
}

export interface Finalized<R> {
  header: DocumentHeader;
  journalSeq: number;
  result: R;
}

/**
 * The one path by which a document becomes final. Inside one IMMEDIATE transaction it
 * takes the till's next human number, lets the caller check its preconditions and build
 * the rows (the caller may also make non-final writes there, such as emptying the cart,
 * which then commit or roll back with the document), writes the rows, appends the
 * journal entry holding the hash of the document's canonical form, and appends the
 * outbox row a store server will pull. Either all of it commits or none of it does; a
 * failed document takes no number. Nothing else inserts into a finalized table: a test
 * reads the source to keep it so.
 */
export class DocumentWriter {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
  ) {}

  finalize<R>(kind: DocumentKind, tillId: string, build: (header: DocumentHeader) => DocumentBuild<R>): Finalized<R> {
    return this.db.txImmediate(() => {
      const header = this.header(kind, tillId);
      const { rows, summary, result, after } = build(header);
      for (const table of FINALIZED_TABLE_NAMES) {
        for (const row of rows[table] ?? []) this.insert(table, row);
      }
      after?.();
      const docHash = documentHash({
        kind,
        id: header.id,
        tillId,
        number: header.number,
        // Insertable rows hold exactly what is stored: every finalized column is given
        // explicitly (none has a default), and NULL or absent columns drop out alike.
        tables: rows as Partial<Record<FinalizedTable, StoredRow[]>>,
      });
      const series = DOCUMENT_KINDS[kind].series;
      const journalSeq = this.append(kind, tillId, header.id, {
        number: header.number,
        series,
        no: header.no,
        docHash,
        summary,
      });
      if (DOCUMENT_KINDS[kind].outbox) {
        this.db.insert('outbox', { doc_id: header.id, kind, till_id: tillId, journal_seq: journalSeq, created_at: header.at });
      }
      return { header, journalSeq, result };
    });
  }

  /** A journal entry for an event that is not a document (the store was created, a catalog imported). */
  record(kind: EventKind, tillId: string | null, payload: { [key: string]: JsonValue }): number {
    return this.db.txImmediate(() => this.append(kind, tillId, null, payload));
  }

  private header(kind: DocumentKind, tillId: string): DocumentHeader {
    const at = nowIso(this.clock);
    const id = newId(this.clock);
    const series = DOCUMENT_KINDS[kind].series;
    if (series === null) return { id, kind, tillId, number: null, no: null, at };
    const till = this.db.first(tillCode.with({ tillId })) ?? fail('not_set_up', 'This till is not registered');
    const counter = this.db.first(nextNumber.with({ tillId, series }));
    const no = counter?.next_no ?? 1;
    if (counter) {
      this.db.run(takeNumber.with({ tillId, series, next: no + 1 }));
    } else {
      this.db.run(this.db.q.insertInto('number_series').values({ till_id: tillId, series, next_no: no + 1 }));
    }
    return { id, kind, tillId, number: formatNumber(series, till.code, no), no, at };
  }

  private append(kind: string, tillId: string | null, docId: string | null, payload: { [key: string]: JsonValue }): number {
    const head = this.db.first(journalHead.with({}));
    const entry = nextEntry(head, {
      id: newId(this.clock),
      tillId,
      kind,
      docId,
      payload,
      createdAt: nowIso(this.clock),
    });
    this.db.insert('journal', entry);
    return entry.seq;
  }

  private insert(table: FinalizedTable, row: DocumentRows[FinalizedTable] extends (infer U)[] | undefined ? U : never): void {
    // One generic insert for every finalized table; the row's type was checked against
    // its table where the caller built DocumentRows.
    this.db.insert(table, row as never);
  }
}

// Every document reads these; prepared once (db/prepared.ts).
const tillCode = prepared((q, arg: Arg<{ tillId: string }>) => q.selectFrom('tills').select('code').where('id', '=', arg('tillId')));
const nextNumber = prepared((q, arg: Arg<{ tillId: string; series: string }>) =>
  q.selectFrom('number_series').select('next_no').where('till_id', '=', arg('tillId')).where('series', '=', arg('series')),
);
const takeNumber = prepared((q, arg: Arg<{ tillId: string; series: string; next: number }>) =>
  q
    .updateTable('number_series')
    .set({ next_no: arg('next') })
    .where('till_id', '=', arg('tillId'))
    .where('series', '=', arg('series')),
);
const journalHead = prepared((q) => q.selectFrom('journal_head').select(['seq', 'hash']).where('id', '=', 1));
