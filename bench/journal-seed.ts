import type Database from 'better-sqlite3';
import { documentHash, type StoredRow } from '../electron/core/documents/canonical';
import type { JournalTable } from '../electron/core/db/schema';
import { nextEntry } from '../electron/core/journal/entry-format';
import { divRound } from '../shared/money';
import { intBetween, seededRng } from './random';
import type { SeededProduct } from './seed';

const LINES_PER_SALE = 3;
const BATCH = 5_000;

/**
 * A year of a busy till's journal, written straight into SQLite: `count` cash sales of
 * three lines each, with their tax rows, payments, stock movements, journal entries and
 * outbox rows, hashed exactly as the document writer hashes them (the same canonical
 * form and entry format). Through the router this would take tens of minutes of durable
 * commits; the point here is the size of what journal.verify has to read and hash.
 */
export function seedJournal(sqlite: Database.Database, products: readonly SeededProduct[], count: number): void {
  const rng = seededRng(365);
  const till = sqlite.prepare('select id, code from tills limit 1').get() as { id: string; code: string };
  const staff = sqlite.prepare('select id, name from staff limit 1').get() as { id: string; name: string };
  const rate = sqlite.prepare('select id, code, name, rate_bps from tax_rates limit 1').get() as {
    id: string;
    code: string;
    name: string;
    rate_bps: number;
  };
  // Each row names the columns it fills; later schemas' nullable columns are left out, as
  // the app leaves them NULL for a plain cash sale.
  const statements = new Map<string, ReturnType<typeof sqlite.prepare>>();
  const insertRow = (table: string, row: StoredRow) => {
    const cols = Object.keys(row);
    const key = `${table}|${cols.join(',')}`;
    let stmt = statements.get(key);
    if (stmt === undefined) {
      stmt = sqlite.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`);
      statements.set(key, stmt);
    }
    stmt.run(row);
  };
  const put = {
    journal: { run: (entry: JournalTable) => insertRow('journal', { ...entry }) },
    outbox: sqlite.prepare('insert into outbox (doc_id, kind, till_id, journal_seq, created_at) values (?, ?, ?, ?, ?)'),
  };
  const counter = sqlite.prepare("select next_no from number_series where till_id = ? and series = 'receipt'");
  const setCounter = sqlite.prepare("update number_series set next_no = ? where till_id = ? and series = 'receipt'");
  let head = sqlite.prepare('select seq, hash from journal_head where id = 1').get() as { seq: number; hash: string };
  let no = counter.pluck().get(till.id) as number;
  let serial = 0;
  // Time-ordered and unique, like UUIDv7, without paying for randomness a million times.
  const id = () => `01900000-0000-7000-8000-${(serial++).toString(16).padStart(12, '0')}`;
  const start = Date.UTC(2025, 10, 1);

  for (let done = 0; done < count; done += BATCH) {
    sqlite.transaction(() => {
      for (let i = done; i < Math.min(count, done + BATCH); i++) {
        const saleId = id();
        const at = new Date(start + i * 86_400_000 / 1_000).toISOString();
        const number = `${till.code}-${String(no).padStart(6, '0')}`;
        const lines: StoredRow[] = [];
        for (let l = 0; l < LINES_PER_SALE; l++) {
          const p = products[intBetween(rng, 0, products.length - 1)] ?? products[0];
          const price = intBetween(rng, 49, 2999);
          lines.push({
            id: id(), sale_id: saleId, position: l + 1, product_id: p?.id ?? '', sku: `SKU-${l}`, name: p?.name ?? '',
            unit: 'each', qty: 1000, unit_price: price, amount: price, tax_rate_id: rate.id, tax_code: rate.code,
            rate_bps: rate.rate_bps,
          });
        }
        const total = lines.reduce((s, l) => s + Number(l.amount), 0);
        const tax = divRound(total * rate.rate_bps, 10_000 + rate.rate_bps);
        const tendered = total + intBetween(rng, 0, 2000);
        const tables = {
          sales: [{
            id: saleId, till_id: till.id, receipt_no: no, receipt_number: number, staff_id: staff.id,
            cashier_name: staff.name, store_snapshot: '{"name":"Bench Market"}', tax_inclusive: 1, net: total - tax,
            tax, total, tendered, change: tendered - total, created_at: at,
          }],
          sale_lines: lines,
          sale_taxes: [{ sale_id: saleId, tax_rate_id: rate.id, code: rate.code, name: rate.name, rate_bps: rate.rate_bps, net: total - tax, tax, gross: total }],
          payments: [{ id: id(), sale_id: saleId, method: 'cash', amount: total, tendered, change: tendered - total, created_at: at }],
          stock_movements: lines.map((l) => ({
            id: id(), product_id: l.product_id ?? '', till_id: till.id, qty_delta: -1000, reason: 'sale', doc_id: saleId, created_at: at,
          })),
        } satisfies Record<string, StoredRow[]>;
        for (const [table, rows] of Object.entries(tables)) {
          for (const row of rows) insertRow(table, row);
        }
        const docHash = documentHash({ kind: 'sale.completed', id: saleId, tillId: till.id, number, tables });
        const entry = nextEntry(head, {
          id: id(),
          tillId: till.id,
          kind: 'sale.completed',
          docId: saleId,
          payload: { number, series: 'receipt', no, docHash, summary: { staffId: staff.id, lines: LINES_PER_SALE, total } },
          createdAt: at,
        });
        put.journal.run(entry);
        put.outbox.run(saleId, 'sale.completed', till.id, entry.seq, at);
        head = entry;
        no += 1;
      }
      setCounter.run(no, till.id);
    })();
  }
}
