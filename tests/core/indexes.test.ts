import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pay, startCore, tempDataDir, type TestCore } from './harness';

const plan = (t: TestCore, sql: string) =>
  (t.core.db.sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('indexes returns, reports and sync will need', () => {
  const data = tempDataDir();
  let t: TestCore;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: '5010029032307' });
    await pay(till, 500);
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  for (const [what, sql, index] of [
    ['stock movements by document', "select * from stock_movements where doc_id = 'x'", 'stock_movements_by_doc'],
    ['journal entries by document', "select * from journal where doc_id = 'x'", 'journal_by_doc'],
    ['sale lines by product', "select * from sale_lines where product_id = 'x'", 'sale_lines_by_product'],
    ['sales by time', "select * from sales where created_at >= '2026-01-01' and created_at < '2026-02-01'", 'sales_by_time'],
    ['sales by receipt number', "select * from sales where receipt_number = 'T01-000001'", 'sales_by_receipt_number'],
    ['payments by tender and time', "select * from payments where method = 'cash' and created_at >= '2026-01-01'", 'payments_by_method_time'],
    ['unfinished print jobs', "select * from print_jobs where status = 'queued'", 'print_jobs_by_status'],
  ] as const) {
    it(`${what} are read through an index`, () => {
      expect(plan(t, sql)).toContain(index);
    });
  }

  it('products have an explicit INTEGER PRIMARY KEY, which the full-text index keys on', () => {
    const ddl = t.core.db.sqlite.prepare("select sql from sqlite_master where name = 'products'").pluck().get() as string;
    expect(ddl).toMatch(/seq INTEGER PRIMARY KEY/);
    const fts = t.core.db.sqlite.prepare("select sql from sqlite_master where name = 'products_fts'").pluck().get() as string;
    expect(fts).toContain("content_rowid='seq'");
  });

  it('search still finds the right products after VACUUM renumbers what it may', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const db = t.core.db.sqlite;
    // Deleting rows leaves holes that VACUUM closes up when rowids are implicit.
    const at = new Date().toISOString();
    const tax = db.prepare('select id from tax_rates limit 1').pluck().get() as string;
    const insert = db.prepare(
      "insert into products (id, sku, name, price, tax_rate_id, unit, active, created_at, updated_at) values (?, ?, ?, 100, ?, 'each', 1, ?, ?)",
    );
    for (let i = 0; i < 50; i++) insert.run(`tmp-${i}`, `TMP-${i}`, `Zzyzx temporary ${i}`, tax, at, at);
    // Products added after the hole are the ones an implicit rowid would renumber.
    for (let i = 0; i < 5; i++) insert.run(`q-${i}`, `Q-${i}`, `Snack with quokka ${i}`, tax, at, at);
    db.prepare("delete from products where id like 'tmp-%'").run();
    const before = await till.ok('catalog.search', { query: 'quokka' });
    expect(before.map((p) => p.id).sort()).toEqual(['q-0', 'q-1', 'q-2', 'q-3', 'q-4']);
    const cola = await till.ok('catalog.search', { query: 'cola' });
    db.exec('VACUUM');
    expect(await till.ok('catalog.search', { query: 'quokka' })).toEqual(before);
    expect(await till.ok('catalog.search', { query: 'cola' })).toEqual(cola);
    // Names with "cola" first; names only close to it (a typo away, such as "cold") after.
    const real = cola.filter((p) => p.name.toLowerCase().includes('cola'));
    expect(real.length).toBeGreaterThan(0);
    expect(cola.slice(0, real.length)).toEqual(real);
    db.exec("INSERT INTO products_fts(products_fts) VALUES ('integrity-check')");
  });
});
