import Database from 'better-sqlite3';
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
});
