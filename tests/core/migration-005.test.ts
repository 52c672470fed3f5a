/**
 * Migration 005 (the catalog) on a database holding data: a schema-4 store with sales,
 * products and stock upgrades with every row, its documents still verify, weighed
 * products become sold by weight, and the new finalized table is append-only.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/db/connection';
import { LATEST_VERSION, migrate, schemaVersion } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { startCore, tempDataDir } from './harness';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function schema4Store(): { dir: string; file: string } {
  const d = tempDataDir();
  dirs.push(d);
  const file = path.join(d.dir, DB_FILE);
  fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'schema-2-demo.sqlite'), file);
  const db = new Database(file);
  expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
  db.close();
  return { dir: d.dir, file };
}

const count = (db: Database.Database, table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;

describe('migration 005: the catalog', () => {
  it('a schema-4 store upgrades with its products, barcodes, stock and sales, and still verifies intact', async () => {
    const { dir, file } = schema4Store();
    const old = new Database(file, { readonly: true });
    const tables = ['products', 'barcodes', 'categories', 'stock_levels', 'stock_movements', 'sales', 'sale_lines', 'journal'];
    const before = Object.fromEntries(tables.map((tbl) => [tbl, count(old, tbl)]));
    const products = old.prepare('select id, sku, name, price, unit, active from products order by id').all();
    old.close();

    const t = await startCore(dir);
    const db = t.core.db.sqlite;
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(Object.fromEntries(tables.map((tbl) => [tbl, count(db, tbl)]))).toEqual(before);
    expect(db.prepare('select id, sku, name, price, unit, active from products order by id').all()).toEqual(products);
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    expect(await manager.ok('journal.verify', {})).toMatchObject({ intact: true, problems: [] });
    await t.core.close();
  });

  it('weighed products become sold by weight, every product starts at edit version 1, unarchived, with no parent', async () => {
    const { dir } = schema4Store();
    const t = await startCore(dir);
    const db = t.core.db.sqlite;
    const rows = db.prepare('select unit, sold_by_weight, version, archived_at, parent_id from products').all() as {
      unit: string;
      sold_by_weight: number;
      version: number;
      archived_at: string | null;
      parent_id: string | null;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.unit === 'kg')).toBe(true);
    for (const r of rows) {
      expect(r.sold_by_weight).toBe(r.unit === 'kg' ? 1 : 0);
      expect(r).toMatchObject({ version: 1, archived_at: null, parent_id: null });
    }
    expect(db.prepare("select code from units order by code").pluck().all()).toEqual(['each', 'kg', 'l', 'm']);
    await t.core.close();
  });

  it('price changes are append-only at the database, and one product has at most one preferred supplier', async () => {
    const { dir } = schema4Store();
    const t = await startCore(dir);
    const db = t.core.db.sqlite;
    const at = new Date().toISOString();
    const product = db.prepare('select id from products limit 1').pluck().get() as string;
    db.prepare(
      "insert into price_changes (id, doc_id, product_id, old_price, new_price, created_at) values ('pc1', 'd1', ?, 100, 120, ?)",
    ).run(product, at);
    expect(() => db.prepare("update price_changes set new_price = 1 where id = 'pc1'").run()).toThrow(/immutable/);
    expect(() => db.prepare("delete from price_changes where id = 'pc1'").run()).toThrow(/immutable/);
    expect(() =>
      db
        .prepare("insert or replace into price_changes (id, doc_id, product_id, old_price, new_price, created_at) values ('pc1', 'd1', ?, 1, 2, ?)")
        .run(product, at),
    ).toThrow(/immutable/);

    const supplier = db.prepare('insert into suppliers (id, name, created_at, updated_at) values (?, ?, ?, ?)');
    supplier.run('s1', 'Acme', at, at);
    supplier.run('s2', 'Bolt', at, at);
    const link = db.prepare('insert into supplier_products (supplier_id, product_id, preferred) values (?, ?, ?)');
    link.run('s1', product, 1);
    expect(() => link.run('s2', product, 1)).toThrow(/UNIQUE/);
    expect(() => link.run('s2', product, 0)).not.toThrow();
    await t.core.close();
  });
});
