/**
 * Migration 006 (catalog import and export) on a database holding data: a schema-5 store
 * upgrades with every row, still verifies intact, and starts with no import to recover.
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

describe('migration 006: catalog import and export', () => {
  it('a schema-5 store upgrades with its products, stock and sales, still verifies, and has no import to recover', async () => {
    const d = tempDataDir();
    dirs.push(d);
    const file = path.join(d.dir, DB_FILE);
    fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'schema-2-demo.sqlite'), file);
    const old = new Database(file);
    expect(migrate(old, MIGRATIONS.slice(0, 5))).toBe(5);
    const tables = ['products', 'barcodes', 'categories', 'stock_levels', 'stock_movements', 'sales', 'journal'];
    const before = Object.fromEntries(tables.map((t) => [t, count(old, t)]));
    old.close();

    const t = await startCore(d.dir);
    try {
      const db = t.core.db.sqlite;
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(Object.fromEntries(tables.map((tbl) => [tbl, count(db, tbl)]))).toEqual(before);
      expect(['import_layouts', 'import_jobs', 'import_changes'].map((tbl) => count(db, tbl))).toEqual([0, 0, 0]);
      const manager = t.connect();
      await manager.ok('session.login', { pin: '9999' });
      expect(await manager.ok('journal.verify', {})).toMatchObject({ intact: true, problems: [] });
      expect(await manager.ok('catalogio.status')).toBeNull();
    } finally {
      await t.core.close();
    }
  });
});
