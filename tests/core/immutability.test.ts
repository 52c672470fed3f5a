import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/db/connection';
import { pay, startCore, tempDataDir, type TestCore } from './harness';

const SOURDOUGH = '5010029032307';

/**
 * Every way SQL can change or remove a finalized row, tried on a second connection with
 * SQLite's default pragmas (recursive_triggers off, foreign keys off), as a script or a
 * DB browser opening the file would.
 */
describe('finalized rows cannot be changed by any SQL', () => {
  const data = tempDataDir();
  let t: TestCore;
  let raw: Database.Database;
  let saleId = '';

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    saleId = (await pay(till, 500)).saleId;
    raw = new Database(path.join(data.dir, DB_FILE));
    expect(raw.pragma('recursive_triggers', { simple: true })).toBe(0);
  });
  afterAll(async () => {
    raw.close();
    await t.core.close();
    data.remove();
  });

  /** Each finalized table, and a WHERE clause naming one of this sale's rows. */
  const tables: [string, string][] = [
    ['sales', 'id = $sale'],
    ['sale_lines', 'sale_id = $sale'],
    ['sale_taxes', 'sale_id = $sale'],
    ['payments', 'sale_id = $sale'],
    ['stock_movements', 'doc_id = $sale'],
    ['journal', 'doc_id = $sale'],
    ['outbox', 'doc_id = $sale'],
    ['journal_head', 'id = 1'],
  ];

  const snapshot = (table: string) => raw.prepare(`select * from ${table} order by rowid`).all();

  for (const [table, where] of tables) {
    describe(table, () => {
      const attempts: [string, (cols: string[]) => string][] = [
        // The head may only ever name the last entry, so for it the update must move it.
        ['UPDATE', (cols) => `UPDATE ${table} SET ${cols[1]} = ${cols[1]}${table === 'journal_head' ? ' - 1' : ''} WHERE ${where}`],
        ['DELETE', () => `DELETE FROM ${table} WHERE ${where}`],
        ['INSERT OR REPLACE', () => `INSERT OR REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${where}`],
        ['REPLACE INTO', () => `REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${where}`],
        [
          'INSERT ... ON CONFLICT DO UPDATE',
          (cols) =>
            `INSERT INTO ${table} SELECT * FROM ${table} WHERE ${where} AND true ON CONFLICT DO UPDATE SET ${cols[1]} = excluded.${cols[1]}`,
        ],
        [
          'UPDATE OR REPLACE',
          (cols) => `UPDATE OR REPLACE ${table} SET ${cols[1]} = ${cols[1]}${table === 'journal_head' ? ' - 1' : ''} WHERE ${where}`,
        ],
      ];
      for (const [how, sql] of attempts) {
        it(`${how} on ${table} is refused and changes nothing`, () => {
          const cols = (raw.prepare(`select name from pragma_table_info('${table}')`).pluck().all() as string[]).filter(
            (c) => c !== 'id' || table === 'journal_head',
          );
          const before = snapshot(table);
          expect(before.length).toBeGreaterThan(0);
          expect(() => raw.prepare(sql(cols)).run({ sale: saleId })).toThrow(/immutable|journal head/);
          expect(snapshot(table)).toEqual(before);
        });
      }
    });
  }

  it('a new tender method, stock reason or journal kind is a reference row, not a rebuilt table', () => {
    const at = new Date().toISOString();
    // As a later migration would: one insert each, nothing rebuilt.
    raw.exec(`INSERT INTO tender_methods (code, name) VALUES ('crypto', 'Crypto');
              INSERT INTO stock_reasons (code, name) VALUES ('lost', 'Lost');
              INSERT INTO journal_kinds VALUES ('sale.voided', 'Sale voided');`);
    const sale = raw.prepare('select * from payments where sale_id = ?').get(saleId) as Record<string, unknown>;
    raw.prepare('insert into payments (id, sale_id, method, amount, tendered, change, created_at) values (?, ?, ?, 0, 0, 0, ?)').run('p-card', saleId, 'crypto', at);
    // The app's connection enforces foreign keys: a tender nobody added is refused.
    expect(t.core.db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      t.core.db.sqlite
        .prepare('insert into payments (id, sale_id, method, amount, tendered, change, created_at) values (?, ?, ?, 0, 0, 0, ?)')
        .run('p-y', saleId, 'bitcoin', at),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      t.core.db.sqlite
        .prepare("insert into stock_movements (id, product_id, till_id, qty_delta, reason, doc_id, created_at) values ('m-d', ?, null, -1000, 'lost', ?, ?)")
        .run(raw.prepare('select product_id from sale_lines where sale_id = ?').pluck().get(saleId), saleId, at),
    ).not.toThrow();
    // Journal kinds are checked by a trigger, on every connection.
    expect(() =>
      raw
        .prepare("insert into journal (seq, id, kind, payload, prev_hash, hash, created_at) values (999, 'j', 'nope', '{}', '', '', '')")
        .run(),
    ).toThrow(/unknown journal kind/);
    expect(sale.method).toBe('cash');
    // The immutable tables' own definitions carry no list of allowed values to widen.
    for (const table of ['payments', 'stock_movements', 'journal']) {
      const ddl = raw.prepare("select sql from sqlite_master where name = ?").pluck().get(table) as string;
      expect(ddl).not.toMatch(/CHECK \((method|reason|kind) IN/i);
    }
  });
});
