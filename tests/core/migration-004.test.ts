/**
 * Migration 004 (the cashier's day) on a database holding data: a schema-3 store with
 * sales and an open cart upgrades with every row, its documents still verify, and the
 * new rules hold at the database itself.
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

function schema3Store(): { dir: string; file: string } {
  const d = tempDataDir();
  dirs.push(d);
  const file = path.join(d.dir, DB_FILE);
  fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'schema-2-demo.sqlite'), file);
  const db = new Database(file);
  expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
  db.close();
  return { dir: d.dir, file };
}

describe('migration 004: the cashier day', () => {
  it('a schema-3 store upgrades with its sales, open cart and stock, and still verifies intact', async () => {
    const { dir, file } = schema3Store();
    const old = new Database(file, { readonly: true });
    const count = (db: Database.Database, table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;
    const tables = ['sales', 'sale_lines', 'sale_taxes', 'payments', 'stock_movements', 'journal', 'outbox', 'cart_lines', 'carts'];
    const before = Object.fromEntries(tables.map((tbl) => [tbl, count(old, tbl)]));
    const cart = old.prepare('select id, till_id, version from carts').get();
    const lines = old.prepare('select id, cart_id, product_id, qty, unit_price, fixed_amount, position from cart_lines').all();
    old.close();

    const t = await startCore(dir);
    const db = t.core.db.sqlite;
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(Object.fromEntries(tables.map((tbl) => [tbl, count(db, tbl)]))).toEqual(before);
    expect(db.prepare('select id, till_id, version from carts').get()).toEqual(cart);
    expect(
      db.prepare('select id, cart_id, product_id, qty, unit_price, fixed_amount, position from cart_lines').all(),
    ).toEqual(lines);
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    expect(await manager.ok('journal.verify', {})).toMatchObject({ intact: true, problems: [] });
    await t.core.close();
  });

  it('the built-in tenders are there, and cash alone opens the drawer by default', async () => {
    const { dir } = schema3Store();
    const t = await startCore(dir);
    const rows = t.core.db.sqlite.prepare('select code, kind, opens_drawer from tender_methods order by position').all();
    expect(rows.slice(0, 4)).toEqual([
      { code: 'cash', kind: 'cash', opens_drawer: 1 },
      { code: 'card', kind: 'card', opens_drawer: 0 },
      { code: 'store_credit', kind: 'store_credit', opens_drawer: 0 },
      { code: 'gift_card', kind: 'gift_card', opens_drawer: 0 },
    ]);
    await t.core.close();
  });

  it('a till has at most one open cart, however many are parked', async () => {
    const { dir } = schema3Store();
    const t = await startCore(dir);
    const db = t.core.db.sqlite;
    const till = db.prepare('select till_id from carts').pluck().get() as string;
    const at = new Date().toISOString();
    const insert = db.prepare(
      'insert into carts (id, till_id, created_at, updated_at, parked_at) values (?, ?, ?, ?, ?)',
    );
    expect(() => insert.run('parked-1', till, at, at, at)).not.toThrow();
    expect(() => insert.run('parked-2', till, at, at, at)).not.toThrow();
    expect(() => insert.run('open-2', till, at, at, null)).toThrow(/UNIQUE/);
    await t.core.close();
  });

  it('a gift card balance and a customer credit balance can never go below zero, whatever writes them', async () => {
    const { dir } = schema3Store();
    const t = await startCore(dir);
    const db = t.core.db.sqlite;
    const at = new Date().toISOString();
    db.prepare("insert into gift_cards (id, code, created_at, updated_at) values ('g1', 'GIFT0001', ?, ?)").run(at, at);
    db.prepare("insert into customers (id, name, created_at, updated_at) values ('c1', 'Ann', ?, ?)").run(at, at);
    const gift = db.prepare(
      "insert into gift_card_movements (id, gift_card_id, doc_id, delta, created_at) values (?, 'g1', 'd', ?, ?)",
    );
    gift.run('m1', 500, at);
    expect(() => gift.run('m2', -501, at)).toThrow(/CHECK/);
    expect(db.prepare("select balance from gift_cards where id = 'g1'").pluck().get()).toBe(500);
    const credit = db.prepare(
      "insert into store_credit_movements (id, customer_id, doc_id, delta, created_at) values (?, 'c1', 'd', ?, ?)",
    );
    expect(() => credit.run('c-m1', -1, at)).toThrow(/CHECK/);
    expect(db.prepare("select credit_balance from customers where id = 'c1'").pluck().get()).toBe(0);
    // And the ledgers are finalized tables: no edit, no delete.
    expect(() => db.prepare("update gift_card_movements set delta = 1 where id = 'm1'").run()).toThrow(/immutable/);
    expect(() => db.prepare("delete from gift_card_movements where id = 'm1'").run()).toThrow(/immutable/);
    await t.core.close();
  });
});
