/**
 * Migration 007 (stock per location, lots, stock paperwork) on a database holding data: a
 * schema-6 store upgrades with every row, its stock sits at the home location (the shop
 * floor), every till sells from there, and it still verifies intact.
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

const count = (db: Database.Database, table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;

describe('migration 007: stock per location and lots', () => {
  it('a schema-6 store upgrades: its stock is the shop floor’s, its tills sell from there, and it still verifies', async () => {
    const d = tempDataDir();
    dirs.push(d);
    const file = path.join(d.dir, DB_FILE);
    fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'schema-2-demo.sqlite'), file);
    const old = new Database(file);
    expect(migrate(old, MIGRATIONS.slice(0, 6))).toBe(6);
    const tables = ['products', 'stock_levels', 'stock_movements', 'sales', 'journal', 'tills'];
    const before = Object.fromEntries(tables.map((t) => [t, count(old, t)]));
    const levels = old.prepare('select product_id, on_hand from stock_levels order by product_id').all();
    old.close();

    const t = await startCore(d.dir);
    try {
      const db = t.core.db.sqlite;
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(Object.fromEntries(tables.map((tbl) => [tbl, count(db, tbl)]))).toEqual(before);
      const locations = db.prepare('select name, kind, home from locations order by kind').all();
      expect(locations).toEqual([
        { name: 'Shop floor', kind: 'floor', home: 1 },
        { name: 'In transit', kind: 'transit', home: 0 },
      ]);
      const home = db.prepare('select id from locations where home = 1').pluck().get() as string;
      expect(db.prepare('select count(*) from tills where location_id is not ?').pluck().get(home)).toBe(0);
      // Every product's stock so far is the shop floor's, to the unit.
      expect(
        db.prepare('select product_id, on_hand from location_stock where location_id = ? order by product_id').all(home),
      ).toEqual(levels);
      // The adjustment reasons a shop starts with, editable; the system's own are not.
      expect(db.prepare("select code from stock_reasons where kind = 'adjustment' order by position").pluck().all()).toEqual([
        'damage',
        'theft',
        'expiry',
        'own_use',
        'found',
      ]);
      const manager = t.connect();
      await manager.ok('session.login', { pin: '9999' });
      expect(await manager.ok('journal.verify', {})).toMatchObject({ intact: true, problems: [] });
    } finally {
      await t.core.close();
    }
  });

  it('a movement written without a location lands on the home location, and a lot’s on its lot', async () => {
    const d = tempDataDir();
    dirs.push(d);
    const t = await startCore(d.dir, { demo: true });
    try {
      const db = t.core.db.sqlite;
      const home = db.prepare('select id from locations where home = 1').pluck().get() as string;
      const product = db.prepare('select id from products where gift_card = 0 limit 1').pluck().get() as string;
      const before = db.prepare('select coalesce(sum(on_hand), 0) from location_stock where product_id = ? and location_id = ?').pluck();
      const was = before.get(product, home) as number;
      const at = new Date().toISOString();
      db.prepare("insert into lots (id, product_id, code, expires_on, created_at) values ('lot-1', ?, 'L1', '2030-01-01', ?)").run(product, at);
      // The trigger alone, as a movement from before schema 7 or a sync would arrive.
      db.prepare(
        "insert into stock_movements (id, product_id, till_id, qty_delta, reason, doc_id, created_at, lot_id) values ('m-x', ?, null, 4000, 'found', 'doc-x', ?, 'lot-1')",
      ).run(product, at);
      expect(before.get(product, home)).toBe(was + 4000);
      expect(db.prepare('select on_hand from lot_stock where lot_id = ? and location_id = ?').pluck().get('lot-1', home)).toBe(4000);
    } finally {
      await t.core.close();
    }
  });
});
