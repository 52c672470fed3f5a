import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/db/connection';
import { nextEntry, type JournalRow } from '../../electron/core/journal/entry-format';
import { type Connection, pay, perTest } from './harness';

const SOURDOUGH = '5010029032307';
const COLA = '5449000004178';

const { dir: freshDir, start } = perTest();

/** A demo store with three sales, a cashier and a manager connection. */
async function storeWithSales() {
  const dir = freshDir();
  const t = await start(dir, { demo: true });
  const till = t.connect();
  await till.ok('session.login', { pin: '1111' });
  const sales = [];
  for (let i = 0; i < 3; i++) {
    await till.ok('cart.scan', { code: SOURDOUGH });
    await till.ok('cart.scan', { code: COLA });
    sales.push(await pay(till, 1000));
  }
  const manager = t.connect();
  await manager.ok('session.login', { pin: '9999' });
  return { t, till, manager, sales, db: t.core.db.sqlite, file: path.join(dir, DB_FILE) };
}

/** A sale's rows as someone with a shell would remove them, journal entry included or not. */
function removeSale(file: string, saleId: string, opts: { journal: boolean }): void {
  for (const sql of [
    'delete from sale_lines where sale_id = ?',
    'delete from sale_taxes where sale_id = ?',
    'delete from payments where sale_id = ?',
    'delete from stock_movements where doc_id = ?',
    'delete from print_jobs where sale_id = ?',
    'delete from outbox where doc_id = ?',
    ...(opts.journal ? ['delete from journal where doc_id = ?'] : []),
    'delete from sales where id = ?',
  ]) {
    tamper(file, sql, saleId);
  }
}

/** What someone with the SQLite file and a shell could do: drop the guards and edit. */
function tamper(file: string, sql: string, ...args: unknown[]): void {
  const raw = new Database(file);
  const triggers = raw.prepare("select name, sql from sqlite_master where type = 'trigger'").all() as {
    name: string;
    sql: string;
  }[];
  for (const t of triggers) raw.exec(`drop trigger "${t.name}"`);
  raw.prepare(sql).run(...args);
  raw.close();
}

const verify = (c: Connection, expectedHead?: { seq: number; hash: string }) =>
  c.ok('journal.verify', expectedHead ? { expectedHead } : {});

type Row = JournalRow;

describe('the journal', () => {
  it("an entry's hash is SHA-256 of its RFC 8785 canonical form, reproducible from docs/journal.md alone", async () => {
    const { db } = await storeWithSales();
    const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const rows = db.prepare('select * from journal order by seq').all() as Row[];
    let prev = '0'.repeat(64);
    for (const r of rows) {
      expect(r.format).toBe(2);
      expect(r.prev_hash).toBe(prev);
      const canonical = canonicalize({
        format: 2,
        seq: r.seq,
        id: r.id,
        tillId: r.till_id,
        kind: r.kind,
        docId: r.doc_id,
        payload: JSON.parse(r.payload) as unknown,
        prevHash: r.prev_hash,
        createdAt: r.created_at,
      });
      expect(sha(canonical ?? '')).toBe(r.hash);
      prev = r.hash;
    }
    // A sale's document hash, rebuilt from its rows by the documented layout.
    const sale = rows.find((r) => r.kind === 'sale.completed');
    const docId = sale?.doc_id ?? '';
    const sel = (sql: string) =>
      (db.prepare(sql).all(docId) as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)),
      );
    const doc = {
      kind: 'sale.completed',
      id: docId,
      tillId: sale?.till_id,
      number: (JSON.parse(sale?.payload ?? '{}') as { number: string }).number,
      tables: {
        payments: sel('select * from payments where sale_id = ? order by id'),
        sale_lines: sel('select * from sale_lines where sale_id = ? order by position, id'),
        sale_taxes: sel('select * from sale_taxes where sale_id = ? order by tax_rate_id'),
        sales: sel('select * from sales where id = ?'),
        stock_movements: sel('select * from stock_movements where doc_id = ? order by id'),
      },
    };
    expect(sha(canonicalize(doc) ?? '')).toBe((JSON.parse(sale?.payload ?? '{}') as { docHash: string }).docHash);
  });

  it('journal.verify finds the store intact and reports its head and what it checked', async () => {
    const { manager, db } = await storeWithSales();
    const v = await verify(manager);
    const last = db.prepare('select seq, hash from journal order by seq desc limit 1').get() as { seq: number; hash: string };
    expect(v).toMatchObject({ intact: true, problems: [], brokenAt: null, head: last, expectedHead: null });
    // store.created, stock.opening, catalog.imported, three sales.
    expect(v.entries).toBe(6);
    expect(v.documentsChecked).toBe(4);
  });

  for (const [table, sql] of [
    ['sales', "update sales set total = total + 1 where id = ?"],
    ['sale_lines', 'update sale_lines set qty = 3000 where sale_id = ?'],
    ['sale_taxes', 'update sale_taxes set tax = tax - 1 where sale_id = ?'],
    ['payments', 'update payments set tendered = 99999 where sale_id = ?'],
    ['stock_movements', 'update stock_movements set qty_delta = -1 where doc_id = ?'],
    ['stock_movements (deleted)', 'delete from stock_movements where doc_id = ?'],
    ['sale_lines (added)', "insert into sale_lines select 'extra', sale_id, 99, product_id, sku, name, unit, qty, unit_price, amount, tax_rate_id, tax_code, rate_bps, null, null, null, null, null, null from sale_lines where sale_id = ? limit 1"],
  ] as const) {
    it(`a sale's journal entry covers its ${table}: editing them in the SQLite file is found`, async () => {
      const { manager, sales, file, db } = await storeWithSales();
      const victim = sales[1]?.saleId ?? '';
      tamper(file, sql, victim);
      const v = await verify(manager);
      const seq = db.prepare('select seq from journal where doc_id = ?').pluck().get(victim);
      expect(v.intact).toBe(false);
      expect(v.problems).toContainEqual(expect.objectContaining({ code: 'document_mismatch', seq }));
      // The chain itself is untouched: only the document check can see this.
      expect(v.brokenAt).toBeNull();
    });
  }

  it('a finalized row that belongs to no journaled document is found', async () => {
    const { manager, file, sales } = await storeWithSales();
    tamper(
      file,
      "insert into stock_movements (id, product_id, till_id, qty_delta, reason, doc_id, created_at) select 'ghost', product_id, till_id, 5000, 'delivery', 'no-such-document', created_at from stock_movements where doc_id = ? limit 1",
      sales[0]?.saleId,
    );
    const v = await verify(manager);
    expect(v.intact).toBe(false);
    expect(v.problems).toContainEqual(expect.objectContaining({ code: 'unjournaled_rows' }));
    expect(v.problems.find((p) => p.code === 'unjournaled_rows')?.detail).toContain('stock_movements');
  });

  it('an on-hand figure edited in the file, for a location or the store, is found against the ledger', async () => {
    const { manager, file, sales } = await storeWithSales();
    expect((await verify(manager)).intact).toBe(true);
    const product = 'select product_id from stock_movements where doc_id = ? limit 1';
    tamper(file, `update stock_levels set on_hand = on_hand - 1000 where product_id = (${product})`, sales[0]?.saleId);
    expect((await verify(manager)).problems).toEqual([
      expect.objectContaining({ code: 'stock_mismatch', detail: expect.stringMatching(/^1 product on-hand figure\(s\) differ from the sum of their locations/) }),
    ]);
    tamper(file, `update location_stock set on_hand = on_hand - 1000 where product_id = (${product})`, sales[0]?.saleId);
    // The location now disagrees with the ledger, and agrees again with the edited total.
    expect((await verify(manager)).problems).toEqual([
      expect.objectContaining({ code: 'stock_mismatch', detail: expect.stringMatching(/^1 location on-hand figure\(s\) differ from the movement ledger/) }),
    ]);
  });

  it('an edited journal entry breaks the chain at that entry', async () => {
    const { manager, file, db, sales } = await storeWithSales();
    const seq = db.prepare('select seq from journal where doc_id = ?').pluck().get(sales[0]?.saleId) as number;
    tamper(file, "update journal set payload = replace(payload, '\"lines\":2', '\"lines\":1') where seq = ?", seq);
    const v = await verify(manager);
    expect(v.intact).toBe(false);
    expect(v.brokenAt).toBe(seq);
  });

  it('cutting off the tail of the journal is found by the head', async () => {
    const { manager, file, db, sales } = await storeWithSales();
    removeSale(file, sales[2]?.saleId ?? '', { journal: true });
    const v = await verify(manager);
    expect(v.intact).toBe(false);
    expect(v.brokenAt).toBeNull();
    expect(v.problems).toContainEqual(expect.objectContaining({ code: 'head_mismatch' }));
    expect(v.problems.find((p) => p.code === 'head_mismatch')?.detail).toMatch(/removed from the end/);
    // The counter still says four receipts were numbered: the gap shows as well.
    expect(v.problems).toContainEqual(expect.objectContaining({ code: 'number_gap' }));
    expect(db.prepare('select count(*) from journal').pluck().get()).toBe(5);
  });

  it('a head exported earlier is found unchanged, found rewritten, or found missing after a cut', async () => {
    const { manager, till, file, db } = await storeWithSales();
    const printed = db.prepare('select seq, hash from journal order by seq desc limit 1').get() as { seq: number; hash: string };
    // More sales after the head was printed change nothing about it.
    await till.ok('cart.scan', { code: COLA });
    await pay(till, 200);
    expect((await verify(manager, printed)).expectedHead).toBe('matches');
    expect((await verify(manager, { seq: printed.seq, hash: 'f'.repeat(64) })).expectedHead).toBe('differs');
    // A thorough forger cuts the journal back before the printed entry and rewrites the
    // head to match: the database alone then looks consistent, but the printed head is gone.
    const cutFrom = printed.seq - 1;
    tamper(file, 'delete from journal where seq >= ?', cutFrom);
    const newLast = db.prepare('select seq, hash from journal order by seq desc limit 1').get() as { seq: number; hash: string };
    tamper(file, 'update journal_head set seq = ?, hash = ?', newLast.seq, newLast.hash);
    const v = await verify(manager, printed);
    expect(v.expectedHead).toBe('missing');
    expect(v.intact).toBe(false);
  });

  it('a gap in receipt numbers is found even when the chain was rewritten to hide it', async () => {
    const { manager, file, db, sales } = await storeWithSales();
    const middle = sales[1]?.saleId ?? '';
    removeSale(file, middle, { journal: false });
    // Rewrite the journal from the removed entry on, with correct hashes and links.
    const rows = db.prepare('select * from journal order by seq').all() as Row[];
    const cut = rows.findIndex((r) => r.doc_id === middle);
    const keep = rows.slice(0, cut);
    const rest = rows.slice(cut + 1);
    tamper(file, 'delete from journal where seq >= ?', rows[cut]?.seq);
    let head = keep.at(-1);
    const raw = new Database(file);
    for (const r of rest) {
      const entry = nextEntry(head, {
        id: r.id,
        tillId: r.till_id,
        kind: r.kind,
        docId: r.doc_id,
        payload: JSON.parse(r.payload) as never,
        createdAt: r.created_at,
      });
      raw
        .prepare(
          'insert into journal (seq, id, till_id, kind, doc_id, payload, prev_hash, hash, created_at, format) values (@seq, @id, @till_id, @kind, @doc_id, @payload, @prev_hash, @hash, @created_at, @format)',
        )
        .run(entry);
      head = { ...r, ...entry };
    }
    raw.prepare('update journal_head set seq = ?, hash = ?').run(head?.seq, head?.hash);
    raw.close();
    const v = await verify(manager);
    expect(v.brokenAt).toBeNull();
    expect(v.problems.some((p) => p.code === 'head_mismatch' || p.code === 'chain_broken')).toBe(false);
    expect(v.problems).toContainEqual(expect.objectContaining({ code: 'number_gap' }));
    expect(v.intact).toBe(false);
  });

  it('verify runs off the till: sales complete while a long check runs, on a read-only connection', async () => {
    const { t, till, manager } = await storeWithSales();
    // A long journal: 20,000 documents written through the writer in one transaction.
    const tillId = t.core.services.settings.get('tillId') ?? '';
    const product = t.core.db.sqlite.prepare('select id from products limit 1').pluck().get() as string;
    t.core.db.tx(() => {
      for (let i = 0; i < 20_000; i++) {
        t.core.services.documents.finalize('stock.opening', tillId, (doc) => ({
          rows: {
            stock_movements: [
              { id: `m${i}`, product_id: product, till_id: tillId, qty_delta: 1, reason: 'delivery', doc_id: doc.id, created_at: doc.at },
            ],
          },
          summary: {},
          result: null,
        }));
      }
    });
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    const started = Date.now();
    const check = verify(manager);
    let finished = false;
    void check.then(() => (finished = true));
    let salesDuring = 0;
    while (!finished && salesDuring < 5) {
      await till.ok('cart.scan', { code: SOURDOUGH });
      await pay(till, 500);
      salesDuring += 1;
    }
    const v = await check;
    clearInterval(ticker);
    expect(v.entries).toBeGreaterThan(20_000);
    expect(v.intact).toBe(true);
    expect(salesDuring).toBeGreaterThanOrEqual(1);
    // The event loop kept turning: the timer fired throughout the check.
    expect(ticks).toBeGreaterThan((Date.now() - started) / 5 / 4);
    // The worker's connection was read-only and this one never waited on it: the sales
    // above committed while the check read its snapshot, and the check did not see them.
    expect(v.entries).toBeLessThan(20_000 + 6 + salesDuring + 1);
  });

  it('two checks asked at once share one run; a different question meanwhile is told the till is busy', async () => {
    const { t, manager } = await storeWithSales();
    const other = t.connect();
    await other.ok('session.login', { pin: '9999' });
    const [a, b, c] = await Promise.all([
      manager.call('journal.verify', {}),
      other.call('journal.verify', {}),
      manager.call('journal.verify', { expectedHead: { seq: 1, hash: '0'.repeat(64) } }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(c.ok ? null : c.error.code).toBe('busy');
  });
});
