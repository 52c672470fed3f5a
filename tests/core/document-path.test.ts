import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/db/connection';
import { DocumentWriter } from '../../electron/core/documents/document-writer';
import { FINALIZED_TABLE_NAMES } from '../../electron/core/documents/finalized-tables';
import { movementRow } from '../../electron/core/inventory/stock';
import { payCash } from '../../electron/core/sales/checkout';
import { pay, perTest, snapshot, type TestCore, tryPay } from './harness';

const SOURDOUGH = '5010029032307';
const COLA = '5449000004178';
const ROOT = path.resolve(__dirname, '..', '..');

const { dir, start, demo } = perTest();
const count = (t: TestCore, sql: string, ...args: unknown[]) =>
  t.core.db.sqlite.prepare(sql).pluck().get(...args) as number;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('one document path', () => {
  it('only the document writer inserts into a finalized table', () => {
    const offenders: string[] = [];
    const finalized = [...FINALIZED_TABLE_NAMES, 'journal', 'outbox'];
    for (const file of sourceFiles(path.join(ROOT, 'electron'))) {
      const rel = path.relative(ROOT, file);
      // The writer, and migrations (which rebuild tables and are frozen in time).
      if (rel.startsWith(path.join('electron', 'core', 'documents')) || rel.includes(path.join('db', 'migrations'))) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const table of finalized) {
        const kysely = new RegExp(`(insertInto|\\.insert)\\(\\s*['"\`]${table}['"\`]`);
        const raw = new RegExp(`insert\\s+(or\\s+\\w+\\s+)?into\\s+${table}\\b`, 'i');
        if (kysely.test(text) || raw.test(text)) offenders.push(`${rel}: ${table}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('a sale is one document: its number, rows, journal entry and outbox row are written together', async () => {
    const t = await demo();
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    await till.ok('cart.scan', { code: COLA });
    const sale = await pay(till, 1000);
    const entry = t.core.db.sqlite.prepare('select * from journal where doc_id = ?').get(sale.saleId) as {
      seq: number;
      kind: string;
      format: number;
      payload: string;
    };
    expect(entry.kind).toBe('sale.completed');
    expect(entry.format).toBe(2);
    const payload = JSON.parse(entry.payload) as { number: string; series: string; no: number; docHash: string };
    expect(payload).toMatchObject({ number: sale.receiptNumber, series: 'receipt', no: 1 });
    expect(payload.docHash).toMatch(/^[0-9a-f]{64}$/);
    const outbox = t.core.db.sqlite.prepare('select * from outbox where doc_id = ?').get(sale.saleId) as {
      kind: string;
      journal_seq: number;
    };
    expect(outbox).toMatchObject({ kind: 'sale.completed', journal_seq: entry.seq });
    expect(count(t, 'select count(*) from stock_movements where doc_id = ?', sale.saleId)).toBe(2);
    expect(count(t, "select next_no from number_series where series = 'receipt'")).toBe(2);
  });

  it("a product's stock on hand always equals the sum of its movements, opening stock and sales alike", async () => {
    const t = await demo();
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    await till.ok('cart.scan', { code: SOURDOUGH });
    await till.ok('cart.scan', { code: COLA });
    await pay(till, 1000);
    const drift = t.core.db.sqlite
      .prepare(
        `select l.product_id, l.on_hand, coalesce(sum(m.qty_delta), 0) as moved
         from stock_levels l left join stock_movements m on m.product_id = l.product_id
         group by l.product_id having l.on_hand <> moved`,
      )
      .all();
    expect(drift).toEqual([]);
    expect(count(t, 'select count(*) from stock_levels')).toBeGreaterThan(100);
  });

  it('a document that fails half-way takes no number and leaves no row, entry or outbox row', async () => {
    const t = await demo();
    const tillId = t.core.services.settings.get('tillId') ?? '';
    const writer = new DocumentWriter(t.core.db, { now: () => new Date() });
    const before = { ...snapshot(t.core), outbox: count(t, 'select count(*) from outbox') };
    const counter = count(t, "select next_no from number_series where series = 'receipt'");
    const staffId = t.core.db.sqlite.prepare('select id from staff limit 1').pluck().get() as string;
    // Its sale row is valid; its stock movement names a product that does not exist.
    expect(() =>
      writer.finalize('sale.completed', tillId, (doc) => ({
        rows: {
          sales: [
            {
              id: doc.id,
              till_id: tillId,
              receipt_no: doc.no ?? 0,
              receipt_number: doc.number ?? '',
              staff_id: staffId,
              cashier_name: 'x',
              store_snapshot: '{}',
              tax_inclusive: 1,
              net: 0,
              tax: 0,
              total: 0,
              tendered: 0,
              change: 0,
              created_at: doc.at,
            },
          ],
          stock_movements: [movementRow({ now: () => new Date() }, doc, { productId: 'nope', tillId, delta: -1000, reason: 'sale' })],
        },
        summary: {},
        result: null,
      })),
    ).toThrow(/FOREIGN KEY/);
    expect({ ...snapshot(t.core), outbox: count(t, 'select count(*) from outbox') }).toEqual(before);
    expect(count(t, "select next_no from number_series where series = 'receipt'")).toBe(counter);
  });

  it('a sale cannot be finalized while another connection holds the write lock, and takes nothing', async () => {
    const t = await demo();
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    const before = snapshot(t.core);
    t.core.db.sqlite.pragma('busy_timeout = 50');
    const other = new Database(path.join(t.dataDir, DB_FILE));
    other.exec('BEGIN IMMEDIATE');
    try {
      const r = await tryPay(till, 500);
      expect(r.ok ? null : r.error.code).toBe('busy');
    } finally {
      other.exec('ROLLBACK');
      other.close();
      t.core.db.sqlite.pragma('busy_timeout = 5000');
    }
    expect(snapshot(t.core)).toEqual(before);
    expect((await pay(till, 500)).receiptNumber).toBe('T01-000001');
  });

  it('receipt numbers are unique per till, not per database: two tills, even with one code, share a database', async () => {
    const t = await demo();
    const { db } = t.core;
    const tillA = t.core.services.settings.get('tillId') ?? '';
    const at = new Date().toISOString();
    // A second store's till with the same code, as a store server would hold it.
    db.sqlite.prepare("insert into tills (id, code, name, created_at) values ('till-b', 'T01', 'Other store', ?)").run(at);
    db.sqlite.prepare("insert into number_series values ('till-b', 'receipt', 1)").run();
    const staff = t.core.services.staff;
    const cashier = (await staff.findByPin('1111')) ?? { id: '', name: '', role: 'cashier' as const };
    const deps = {
      db,
      clock: { now: () => new Date() },
      carts: t.core.services.carts,
      writer: new DocumentWriter(db, { now: () => new Date() }),
      settings: t.core.services.settings,
    };
    const sellOn = (tillId: string) => {
      const cart = t.core.services.carts.scan(tillId, cashier.id, SOURDOUGH);
      return payCash(deps, { tillId, staff: cashier, tendered: 1000, cartVersion: cart.version });
    };
    const a = sellOn(tillA);
    const b = sellOn('till-b');
    expect(a.receiptNumber).toBe('T01-000001');
    expect(b.receiptNumber).toBe('T01-000001');
    expect(count(t, 'select count(*) from sales where receipt_no = 1')).toBe(2);
    expect(() =>
      db.sqlite
        .prepare(
          "insert into sales (id, till_id, receipt_no, receipt_number, staff_id, cashier_name, store_snapshot, tax_inclusive, net, tax, total, tendered, change, created_at) select 'dup', till_id, receipt_no, receipt_number, staff_id, cashier_name, store_snapshot, tax_inclusive, net, tax, total, tendered, change, created_at from sales where id = ?",
        )
        .run(a.saleId),
    ).toThrow(/immutable|UNIQUE constraint failed: sales.till_id, sales.receipt_no/);
    const unique = (db.sqlite.prepare("select name from pragma_index_list('sales') where \"unique\" = 1").pluck().all() as string[]).map(
      (name) => db.sqlite.prepare('select group_concat(name) from pragma_index_info(?)').pluck().get(name),
    );
    expect(unique.sort()).toEqual(['id', 'till_id,receipt_no']);
  });
});

describe('till code', () => {
  const newStore = {
    store: { name: 'Kiosk', address: '', currency: 'EUR', locale: 'de-DE', taxInclusive: true },
    taxRate: { name: 'Standard', rateBps: 1900 },
    owner: { name: 'Olga', pin: '2468' },
  };

  it('setup takes the till code, T01 unless given', async () => {
    const t = await start(dir());
    const c = await t.setupConnection();
    expect((await c.ok('setup.createStore', { ...newStore, till: { code: 'K2', name: 'Kiosk till' } })).till).toMatchObject({
      code: 'K2',
      name: 'Kiosk till',
    });
    const t2 = await start(dir());
    expect((await (await t2.setupConnection()).ok('setup.createStore', newStore)).till?.code).toBe('T01');
  });

  it('a bad till code is refused at setup with a message on the field', async () => {
    const t = await start(dir());
    const c = await t.setupConnection();
    const r = await c.call('setup.createStore', { ...newStore, till: { code: 't 1', name: 'x' } });
    expect(r.ok ? null : r.error.issues?.map((i) => i.path)).toEqual(['till.code']);
    expect((await c.ok('app.status')).setUp).toBe(false);
  });

  it('the till code can change until the first sale, then never; the name always can', async () => {
    const t = await demo();
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    expect(await manager.ok('till.update', { code: 'FRONT1' })).toMatchObject({ code: 'FRONT1' });
    const cashier = t.connect();
    await cashier.ok('session.login', { pin: '1111' });
    const denied = await cashier.call('till.update', { name: 'Mine' });
    expect(denied.ok ? null : denied.error.code).toBe('permission_denied');
    await cashier.ok('cart.scan', { code: SOURDOUGH });
    expect((await pay(cashier, 500)).receiptNumber).toBe('FRONT1-000001');
    const locked = await manager.call('till.update', { code: 'T01' });
    expect(locked.ok ? null : locked.error.code).toBe('till_code_locked');
    expect(await manager.ok('till.update', { name: 'Front till' })).toMatchObject({ code: 'FRONT1', name: 'Front till' });
    expect((await manager.ok('app.status')).till?.code).toBe('FRONT1');
  });
});
