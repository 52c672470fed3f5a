import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { DB_FILE } from '../../electron/core/db/connection';
import { DatabaseFromFutureError } from '../../electron/core/db/migrate';
import { pay, RESOURCES, snapshot, startCore, tempDataDir, tryPay } from './harness';

const SOURDOUGH = '5010029032307';
const dirs: { remove(): void }[] = [];
function freshDir(): string {
  const d = tempDataDir();
  dirs.push(d);
  return d.dir;
}
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('crash safety and immutable records', () => {
  it('a restart brings back the open cart exactly as it was', async () => {
    const dir = freshDir();
    const first = await startCore(dir, { demo: true });
    const till = first.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    const before = await till.ok('cart.scan', { code: SOURDOUGH });
    await first.core.close();

    const second = await startCore(dir);
    const again = second.connect();
    await again.ok('session.login', { pin: '1111' });
    expect(await again.ok('cart.get')).toEqual(before);
    await second.core.close();
  });

  it('a finalized sale can be neither updated nor deleted', async () => {
    const dir = freshDir();
    const t = await startCore(dir, { demo: true });
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    const sale = await pay(till, 500);
    const db = t.core.db.sqlite;
    expect(() => db.prepare('update sales set total = 1 where id = ?').run(sale.saleId)).toThrow(/immutable/);
    expect(() => db.prepare('delete from sale_lines where sale_id = ?').run(sale.saleId)).toThrow(/immutable/);
    expect(() => db.prepare('update stock_movements set qty_delta = 0').run()).toThrow(/immutable/);
    expect(() => db.prepare('delete from journal').run()).toThrow(/immutable/);
    await t.core.close();
  });

  it('journal.verify finds the first entry that was tampered with', async () => {
    const dir = freshDir();
    const t = await startCore(dir, { demo: true });
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    for (let i = 0; i < 3; i++) {
      await till.ok('cart.scan', { code: SOURDOUGH });
      await pay(till, 1000);
    }
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    expect((await manager.ok('journal.verify')).intact).toBe(true);
    // Someone with file access drops the trigger and edits a past sale's entry.
    const db = t.core.db.sqlite;
    db.exec('drop trigger journal_no_update');
    const victim = db.prepare("select seq from journal where kind = 'sale.completed' order by seq limit 1").get() as {
      seq: number;
    };
    db.prepare("update journal set payload = replace(payload, '\"total\":325', '\"total\":1') where seq = ?").run(
      victim.seq,
    );
    const v = await manager.ok('journal.verify');
    expect(v.intact).toBe(false);
    expect(v.brokenAt).toBe(victim.seq);
    await t.core.close();
  });

  it('a failed checkout takes no receipt number, so numbering stays gap-free', async () => {
    const dir = freshDir();
    const t = await startCore(dir, { demo: true });
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    const before = snapshot(t.core);
    const r = await tryPay(till, 1);
    expect(r.ok).toBe(false);
    expect(snapshot(t.core)).toEqual(before);
    const sale = await pay(till, 325);
    expect(sale.receiptNumber).toBe('T01-000001');
    await t.core.close();
  });

  it('stock cannot go below zero when the store forbids it', async () => {
    const dir = freshDir();
    const t = await startCore(dir, { demo: true });
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    const settings = await manager.ok('settings.get');
    await manager.ok('settings.update', { ...settings, allowNegativeStock: false });
    const product = await manager.ok('catalog.lookup', { code: SOURDOUGH });
    const cart = await manager.ok('cart.scan', { code: SOURDOUGH });
    const lineId = cart.lines[0]?.id ?? '';
    // Refused when the quantity is raised, naming the product and what is left...
    let before = snapshot(t.core);
    const raised = await manager.call('cart.setQty', { lineId, qty: product.onHand + 1000 });
    expect(raised.ok ? null : raised.error).toMatchObject({
      code: 'out_of_stock',
      message: expect.stringContaining(`Only ${product.onHand / 1000} of ${product.name} left`),
    });
    expect(snapshot(t.core)).toEqual(before);
    // ...and at payment too, if the stock was sold elsewhere while the line sat in the cart.
    await manager.ok('settings.update', { ...settings, allowNegativeStock: true });
    await manager.ok('cart.setQty', { lineId, qty: product.onHand + 1000 });
    await manager.ok('settings.update', { ...settings, allowNegativeStock: false });
    before = snapshot(t.core);
    const r = await tryPay(manager, 1_000_000);
    expect(r.ok ? null : r.error.code).toBe('out_of_stock');
    expect(snapshot(t.core)).toEqual(before);
    await t.core.close();
  });

  it('a database from a newer Tillbox is refused and left untouched', async () => {
    const dir = freshDir();
    const t = await startCore(dir, { demo: true });
    await t.core.close();
    const file = path.join(dir, DB_FILE);
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const hash = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = hash();
    await expect(createCore({ dataDir: dir, resourcesDir: RESOURCES })).rejects.toBeInstanceOf(DatabaseFromFutureError);
    expect(hash()).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('the database runs in WAL mode with full sync and foreign keys', async () => {
    const t = await startCore(freshDir());
    const db = t.core.db.sqlite;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    await t.core.close();
  });
});
