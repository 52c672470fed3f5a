import type { JournalHead, JournalProblem, JournalVerifyResult } from '../../../shared/domain/journal';
import type { ReadDb } from '../db/read-db';
import { documentHash, type StoredRow } from '../documents/canonical';
import { jcs } from '../documents/jcs';
import { FINALIZED_TABLE_NAMES, FINALIZED_TABLES, type FinalizedTable } from '../documents/finalized-tables';
import { entryHash, GENESIS_HASH, type JournalRow } from './entry-format';
import { checkStockAgainstLedger } from './verify-stock';

/** Entries read and documents re-hashed per round trip: large enough to be fast, small enough for memory. */
const BATCH = 1000;
const MAX_PROBLEMS = 20;

type Rows = Record<FinalizedTable, Map<string, StoredRow[]>>;

/**
 * Proves the journal and the documents it records intact, on a read-only connection:
 * - the chain: every entry's hash recomputed, linked to the previous one, numbered 1..n;
 * - the head: the stored head names the last entry, so a cut-off tail shows, and a head
 *   exported earlier (printed on a Z report) is found with the same hash;
 * - the documents: each one re-read from its tables and hashed again, so editing a sale
 *   row in the SQLite file is found, not only editing the journal;
 * - completeness: no finalized row belongs to a document the journal does not know, and
 *   every till's human numbers run 1, 2, 3... without gap, matching its counter;
 * - stock: every on-hand figure equals the sum of its movements (verify-stock.ts).
 */
export function verifyJournal(db: ReadDb, expected: JournalHead | null): Omit<JournalVerifyResult, 'ms'> {
  const problems: JournalProblem[] = [];
  const report = (p: JournalProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const numbers = new NumberRuns(report);
  let prev = GENESIS_HASH;
  let nextSeq = 1;
  let entries = 0;
  let documentsChecked = 0;
  let brokenAt: number | null = null;
  let last: JournalHead | null = null;
  let expectedHead: JournalVerifyResult['expectedHead'] = expected ? 'missing' : null;

  for (let after = 0; ; ) {
    const batch = db.all(db.q.selectFrom('journal').selectAll().where('seq', '>', after).orderBy('seq').limit(BATCH));
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== nextSeq || row.prev_hash !== prev || entryHash(row) !== row.hash) {
        brokenAt ??= row.seq;
        report({ code: 'chain_broken', seq: row.seq, detail: chainDetail(row, nextSeq, prev) });
      }
      if (expected && row.seq === expected.seq) expectedHead = row.hash === expected.hash ? 'matches' : 'differs';
      prev = row.hash;
      nextSeq = row.seq + 1;
      entries += 1;
      last = { seq: row.seq, hash: row.hash };
    }
    documentsChecked += checkDocuments(db, batch, report, numbers);
    after = batch[batch.length - 1]?.seq ?? after;
  }

  checkHead(db, last, report);
  checkUnjournaledRows(db, report);
  checkStockAgainstLedger(db, report);
  numbers.checkCounters(db);
  return { intact: problems.length === 0, entries, documentsChecked, head: last, brokenAt, problems, expectedHead };
}

function chainDetail(row: JournalRow, nextSeq: number, prev: string): string {
  if (row.seq !== nextSeq) return `expected entry ${nextSeq}, found ${row.seq}`;
  if (row.prev_hash !== prev) return `entry ${row.seq} does not link to the entry before it`;
  return `entry ${row.seq} (${row.kind}) does not hash to its stored hash`;
}

/** Re-reads and re-hashes the documents of one batch of entries; returns how many. */
function checkDocuments(
  db: ReadDb,
  batch: readonly JournalRow[],
  report: (p: JournalProblem) => void,
  numbers: NumberRuns,
): number {
  const docs = batch.filter((r): r is JournalRow & { doc_id: string } => r.doc_id !== null && isDocumentEntry(r));
  if (docs.length === 0) return 0;
  const rows = loadRows(
    db,
    docs.map((d) => d.doc_id),
  );
  for (const entry of docs) {
    const tables = tablesOf(rows, entry.doc_id);
    const payload = JSON.parse(entry.payload) as Record<string, unknown>;
    if (entry.format === 2) {
      const hash = documentHash({
        kind: entry.kind,
        id: entry.doc_id,
        tillId: entry.till_id ?? '',
        number: typeof payload.number === 'string' ? payload.number : null,
        tables,
      });
      if (hash !== payload.docHash) {
        report({ code: 'document_mismatch', seq: entry.seq, detail: `${entry.kind} ${entry.doc_id}` });
      }
      if (typeof payload.series === 'string' && typeof payload.no === 'number') {
        numbers.see(entry.till_id ?? '', payload.series, payload.no, entry.seq);
      }
    } else {
      // Format 1 (schema 1-2) recorded a sale's lines, totals and payments in its payload.
      const sale = tables.sales?.[0];
      if (sale === undefined || jcs(legacySalePayload(tables)) !== jcs(payload)) {
        report({ code: 'document_mismatch', seq: entry.seq, detail: `${entry.kind} ${entry.doc_id}` });
      }
      if (sale !== undefined) numbers.see(String(sale.till_id), 'receipt', Number(sale.receipt_no), entry.seq);
    }
  }
  return docs.length;
}

function isDocumentEntry(r: JournalRow): boolean {
  return r.format === 2 ? (JSON.parse(r.payload) as { docHash?: unknown }).docHash !== undefined : r.kind === 'sale.completed';
}

/** Every finalized row of the given documents, grouped by document (canonicalDocument sorts them). */
function loadRows(db: ReadDb, docIds: string[]): Rows {
  const out = {} as Rows;
  for (const table of FINALIZED_TABLE_NAMES) {
    const { docColumn } = FINALIZED_TABLES[table];
    // One generic read for every finalized table; the names come from FINALIZED_TABLES,
    // not from input, and the rows are compared as stored values, not as typed objects.
    const q = db.q
      .selectFrom(table as 'sales')
      .selectAll()
      .where(docColumn as 'id', 'in', docIds);
    const byDoc = new Map<string, StoredRow[]>();
    for (const row of db.all(q) as unknown as StoredRow[]) {
      const id = String(row[docColumn]);
      const list = byDoc.get(id);
      if (list) list.push(row);
      else byDoc.set(id, [row]);
    }
    out[table] = byDoc;
  }
  return out;
}

function tablesOf(rows: Rows, docId: string): Partial<Record<FinalizedTable, StoredRow[]>> {
  const tables: Partial<Record<FinalizedTable, StoredRow[]>> = {};
  for (const table of FINALIZED_TABLE_NAMES) {
    const list = rows[table].get(docId);
    if (list) tables[table] = list;
  }
  return tables;
}

/** The payload a format-1 'sale.completed' entry held, rebuilt from the sale's rows. */
function legacySalePayload(t: Partial<Record<FinalizedTable, StoredRow[]>>): unknown {
  const sale = t.sales?.[0] ?? {};
  return {
    receiptNumber: sale.receipt_number,
    staffId: sale.staff_id,
    lines: (t.sale_lines ?? []).map((l) => [l.sku, l.qty, l.unit_price, l.amount, l.tax_code]),
    net: sale.net,
    tax: sale.tax,
    total: sale.total,
    payments: (t.payments ?? []).map((p) => ({ method: p.method, amount: p.amount, tendered: p.tendered, change: p.change })),
  };
}

function checkHead(db: ReadDb, last: JournalHead | null, report: (p: JournalProblem) => void): void {
  const head = db.first(db.q.selectFrom('journal_head').select(['seq', 'hash']).where('id', '=', 1));
  if (last === null && head === undefined) return;
  if (head === undefined || last === null || head.seq !== last.seq || head.hash !== last.hash) {
    const detail =
      head && last && head.seq > last.seq
        ? `the journal ends at entry ${last.seq} but its head names entry ${head.seq}: entries were removed from the end`
        : `the stored head (${head ? `entry ${head.seq}` : 'none'}) does not name the last entry (${last ? `entry ${last.seq}` : 'none'})`;
    report({ code: 'head_mismatch', seq: last?.seq ?? null, detail });
  }
}

function checkUnjournaledRows(db: ReadDb, report: (p: JournalProblem) => void): void {
  for (const table of FINALIZED_TABLE_NAMES) {
    const { docColumn } = FINALIZED_TABLES[table];
    // Generic over the finalized tables, as in loadRows.
    const row = db.first(
      db.q
        .selectFrom(table as 'sales')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min(docColumn as 'id').as('example')])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('journal')
                .select('journal.seq')
                .whereRef('journal.doc_id', '=', `${table}.${docColumn}` as 'sales.id'),
            ),
          ),
        ),
    );
    if (row && row.n > 0) {
      report({
        code: 'unjournaled_rows',
        seq: null,
        detail: `${row.n} row(s) of ${table} belong to no journaled document, e.g. ${String(row.example)}`,
      });
    }
  }
}

/** Each till's human numbers per series must run 1, 2, 3... and end where its counter says. */
class NumberRuns {
  private readonly last = new Map<string, number>();

  constructor(private readonly report: (p: JournalProblem) => void) {}

  see(tillId: string, series: string, no: number, seq: number): void {
    const key = `${tillId}|${series}`;
    const before = this.last.get(key) ?? 0;
    if (no !== before + 1) {
      this.report({ code: 'number_gap', seq, detail: `${series} number ${no} follows ${before} on till ${tillId}` });
    }
    this.last.set(key, Math.max(before, no));
  }

  checkCounters(db: ReadDb): void {
    for (const c of db.all(db.q.selectFrom('number_series').select(['till_id', 'series', 'next_no']))) {
      const used = this.last.get(`${c.till_id}|${c.series}`) ?? 0;
      if (c.next_no !== used + 1) {
        this.report({
          code: 'number_gap',
          seq: null,
          detail: `the ${c.series} counter of till ${c.till_id} is at ${c.next_no}, but the journal's last number is ${used}`,
        });
      }
    }
  }
}
