import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from '../../electron/core/db/connection';
import { LATEST_VERSION, migrate, schemaVersion } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { initial } from '../../electron/core/db/migrations/001-initial';
import { namePrefixIndex } from '../../electron/core/db/migrations/002-name-prefix-index';
import { pay, startCore, tempDataDir } from './harness';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('migrations', () => {
  it('the list is ordered 1..n with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 initial: builds the schema, and reopening a database holding data keeps every row', async () => {
    const d = tempDataDir();
    dirs.push(d);
    const t = await startCore(d.dir, { demo: true });
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: '5010029032307' });
    await pay(till, 500);
    const counts = () =>
      ['products', 'barcodes', 'sales', 'journal', 'stock_movements'].map(
        (tbl) => t.core.db.sqlite.prepare(`select count(*) from ${tbl}`).pluck().get() as number,
      );
    const before = counts();
    await t.core.close();

    const reopened = openDatabase(d.dir);
    expect(schemaVersion(reopened.sqlite)).toBe(LATEST_VERSION);
    const after = ['products', 'barcodes', 'sales', 'journal', 'stock_movements'].map(
      (tbl) => reopened.sqlite.prepare(`select count(*) from ${tbl}`).pluck().get() as number,
    );
    expect(after).toEqual(before);
    expect(after[2]).toBe(1);
    reopened.close();
  });

  it('a migration that fails leaves the database at the last good version with its data', () => {
    const d = tempDataDir();
    dirs.push(d);
    const db = new Database(path.join(d.dir, DB_FILE));
    migrate(db);
    db.prepare("insert into settings (key, value) values ('k', '1')").run();
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'broken', steps: ['create table x (a); nonsense;'] }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("select value from settings where key = 'k'").pluck().get()).toBe('1');
    expect(db.prepare("select count(*) from sqlite_master where name = 'x'").pluck().get()).toBe(0);
    db.close();
  });

  it('002 name prefix index: added to a version-1 database holding products, which stay searchable', () => {
    const d = tempDataDir();
    dirs.push(d);
    const db = new Database(path.join(d.dir, DB_FILE));
    migrate(db, [initial]);
    db.exec(`
      insert into tax_rates values ('t', 'A', 'Standard', 2000, '');
      insert into products (id, sku, name, price, tax_rate_id, unit, active, created_at, updated_at)
        values ('p1', 'S1', 'Chocolate Bar', 100, 't', 'each', 1, '', ''),
               ('p2', 'S2', 'Old Chocolate', 90, 't', 'each', 0, '', '');`);
    expect(migrate(db, [initial, namePrefixIndex])).toBe(2);
    expect(db.prepare("select count(*) from sqlite_master where name = 'products_active_name_nocase'").pluck().get()).toBe(1);
    const plan = db
      .prepare("explain query plan select id from products where active = 1 and name like 'choc%' order by name collate nocase")
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' ')).toContain('products_active_name_nocase');
    expect(db.prepare("select id from products where active = 1 and name like 'choc%'").pluck().all()).toEqual(['p1']);
    db.close();
  });

  it('003 document path: a schema-2 store written by the first release upgrades with every row, and verifies intact', async () => {
    const d = tempDataDir();
    dirs.push(d);
    fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'schema-2-demo.sqlite'), path.join(d.dir, DB_FILE));
    const old = new Database(path.join(d.dir, DB_FILE), { readonly: true });
    const count = (db: Database.Database, table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;
    const tables = ['products', 'barcodes', 'sales', 'sale_lines', 'sale_taxes', 'payments', 'stock_movements', 'staff', 'cart_lines'];
    const before = Object.fromEntries(tables.map((tbl) => [tbl, count(old, tbl)]));
    const onHand = old.prepare('select product_id, on_hand from stock_levels order by product_id').all();
    const journal = old.prepare('select * from journal order by seq').all();
    expect(old.pragma('user_version', { simple: true })).toBe(2);
    old.close();

    const t = await startCore(d.dir);
    const db = t.core.db.sqlite;
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(Object.fromEntries(tables.map((tbl) => [tbl, count(db, tbl)]))).toEqual(before);
    expect(db.prepare('select product_id, on_hand from stock_levels order by product_id').all()).toEqual(onHand);
    // Old entries keep their format-1 hashes; one new entry adopts the opening stock.
    const after = db.prepare('select seq, id, till_id, kind, doc_id, payload, prev_hash, hash, created_at from journal order by seq').all();
    expect(after.slice(0, journal.length)).toEqual(journal);
    expect(after).toHaveLength(journal.length + 1);
    expect(db.prepare('select count(*) from stock_movements where doc_id is null').pluck().get()).toBe(0);
    expect(db.prepare("select count(*) from outbox").pluck().get()).toBe(4);

    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    const v = await manager.ok('journal.verify', {});
    expect(v).toMatchObject({ intact: true, problems: [] });
    expect(v.documentsChecked).toBe(4);
    // The open cart survived; selling goes on with the next receipt number.
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const cart = await till.ok('cart.get');
    expect(cart.lines).toHaveLength(1);
    expect((await till.ok('catalog.search', { query: 'sourd' })).length).toBeGreaterThan(0);
    const sale = await till.ok('sale.payCash', { tendered: 1000, cartVersion: cart.version });
    expect(sale.receiptNumber).toBe('T01-000004');
    expect((await manager.ok('journal.verify', {})).intact).toBe(true);

    // A legacy sale edited in the file is still found: its format-1 entry is checked too.
    await t.core.close();
    const raw = new Database(path.join(d.dir, DB_FILE));
    raw.exec('drop trigger sale_lines_no_update');
    raw.exec("update sale_lines set qty = 9000 where rowid = (select min(rowid) from sale_lines)");
    raw.close();
    const again = await startCore(d.dir);
    const m2 = again.connect();
    await m2.ok('session.login', { pin: '9999' });
    const tampered = await m2.ok('journal.verify', {});
    expect(tampered.intact).toBe(false);
    expect(tampered.problems.map((p) => p.code)).toContain('document_mismatch');
    await again.core.close();
  });
});
