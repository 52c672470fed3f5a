import { describe, expect, it } from 'vitest';
import { movePriceByBps } from '../../electron/core/products/price-changes';
import { perTest, startCore } from './harness';
import { codeOf, countRows, edit, makeProduct, manager } from './product-fixtures';

const { dir, start, demo } = perTest();

interface PriceRow {
  doc_id: string;
  product_id: string;
  old_price: number;
  new_price: number;
  staff_id: string | null;
  scheduled_id: string | null;
}

describe('price changes', () => {
  it('a price change is a journaled document with the old price, the new price and who changed it', async () => {
    const t = await demo();
    const c = await manager(t);
    const p = await makeProduct(c, { sku: 'PC-1', price: 300 });
    const outbox = countRows(t, 'select count(*) from outbox');
    const updated = await c.ok('products.update', edit(p, { price: 325 }));
    expect(updated).toMatchObject({ price: 325, version: 2 });
    const rows = t.core.db.sqlite.prepare('select * from price_changes').all() as PriceRow[];
    const staffId = t.core.db.sqlite.prepare("select id from staff where name = 'Morgan Manager'").pluck().get();
    expect(rows).toMatchObject([{ product_id: p.id, old_price: 300, new_price: 325, staff_id: staffId, scheduled_id: null }]);
    const entry = t.core.db.sqlite.prepare('select kind, doc_id from journal where doc_id = ?').get(rows[0]?.doc_id) as {
      kind: string;
    };
    expect(entry.kind).toBe('price.changed');
    expect(countRows(t, 'select count(*) from outbox')).toBe(outbox + 1);
    expect(updated.priceHistory).toMatchObject([{ oldPrice: 300, newPrice: 325, staffName: 'Morgan Manager' }]);
    // The till sells at the new price at once.
    expect((await c.ok('catalog.lookup', { code: 'PC-1' })).price).toBe(325);
    // An edit that leaves the price alone makes no price document.
    await c.ok('products.update', edit(updated, { name: 'Renamed' }));
    expect(countRows(t, 'select count(*) from price_changes')).toBe(1);
  });

  it('bulk edit moves prices by a percentage as one price change document', async () => {
    const t = await demo();
    const c = await manager(t);
    const a = await makeProduct(c, { sku: 'BE-A', price: 199 });
    const b = await makeProduct(c, { sku: 'BE-B', price: 250 });
    const z = await makeProduct(c, { sku: 'BE-Z', price: 0 });
    const r = await c.ok('products.bulkEdit', { ids: [a.id, b.id, z.id, a.id], price: { kind: 'percent', value: 500 } });
    expect(r.updated).toBe(2);
    // 199 x 1.05 = 208.95 -> 209 (half up); 250 x 1.05 = 262.5 -> 263; 0 stays 0 (no row).
    expect((await c.ok('products.get', { id: a.id })).price).toBe(209);
    expect((await c.ok('products.get', { id: b.id })).price).toBe(263);
    const rows = t.core.db.sqlite.prepare('select * from price_changes order by new_price').all() as PriceRow[];
    expect(rows.map((x) => [x.old_price, x.new_price])).toEqual([
      [199, 209],
      [250, 263],
    ]);
    expect(new Set(rows.map((x) => x.doc_id)).size).toBe(1);
    expect(countRows(t, "select count(*) from journal where kind = 'price.changed'")).toBe(1);
    // Down by 10%, and set outright; a category and tax change is one catalog.changed entry.
    await c.ok('products.bulkEdit', { ids: [a.id, b.id], price: { kind: 'percent', value: -1000 } });
    expect((await c.ok('products.get', { id: a.id })).price).toBe(188); // 188.1
    const before = countRows(t, "select count(*) from journal where kind = 'catalog.changed'");
    const cat = await c.ok('categories.save', { name: 'Bulk' });
    await c.ok('products.bulkEdit', { ids: [a.id, b.id], categoryId: cat.id, price: { kind: 'set', value: 100 } });
    expect(countRows(t, "select count(*) from journal where kind = 'catalog.changed'")).toBe(before + 2);
    expect((await c.ok('products.list', { categoryId: cat.id })).rows.map((x) => x.price)).toEqual([100, 100]);
    // One product that is not there refuses the whole edit.
    const refused = await c.call('products.bulkEdit', { ids: [a.id, 'gone'], price: { kind: 'set', value: 1 } });
    expect(codeOf(refused)).toBe('not_found');
    expect((await c.ok('products.get', { id: a.id })).price).toBe(100);
  });

  it('a percentage move rounds half up and never goes below zero', () => {
    expect(movePriceByBps(199, 500)).toBe(209);
    expect(movePriceByBps(10, -9999)).toBe(0);
    expect(movePriceByBps(5, -1000)).toBe(5); // 4.5 -> 5
    expect(movePriceByBps(1_000_000_000_00, 100_000)).toBe(11_000_000_000_00);
  });

  it('a scheduled price takes effect at its date, exactly once', async () => {
    let now = new Date('2026-12-01T09:00:00.000Z');
    const t = await start(dir(), { demo: true, clock: { now: () => now } });
    const c = await manager(t);
    const p = await makeProduct(c, { sku: 'SCH-1', price: 500 });
    const past = await c.call('products.schedulePrice', { id: p.id, price: 450, effectiveAt: '2026-12-01T08:59:59.000Z' });
    expect(codeOf(past)).toBe('schedule_in_past');
    const later = await c.ok('products.schedulePrice', { id: p.id, price: 450, effectiveAt: '2026-12-01T12:00:00.000+02:00' });
    expect(later.scheduledPrices).toMatchObject([{ price: 450, effectiveAt: '2026-12-01T10:00:00.000Z' }]);
    const cancelMe = await c.ok('products.schedulePrice', { id: p.id, price: 1, effectiveAt: '2026-12-02T00:00:00.000Z' });
    const cancelId = cancelMe.scheduledPrices.find((s) => s.price === 1)?.id ?? '';
    await c.ok('products.cancelScheduledPrice', { scheduledId: cancelId });
    expect(codeOf(await c.call('products.cancelScheduledPrice', { scheduledId: cancelId }))).toBe('invalid_input');

    expect(t.core.services.priceSchedules.applyDue()).toBe(0);
    expect((await c.ok('products.get', { id: p.id })).price).toBe(500);
    now = new Date('2026-12-03T00:00:00.000Z');
    // Two runs racing: the second finds nothing pending.
    expect(t.core.services.priceSchedules.applyDue()).toBe(1);
    expect(t.core.services.priceSchedules.applyDue()).toBe(0);
    const after = await c.ok('products.get', { id: p.id });
    expect(after.price).toBe(450);
    expect(after.scheduledPrices).toEqual([]);
    const scheduledId = later.scheduledPrices[0]?.id;
    expect(after.priceHistory).toMatchObject([{ oldPrice: 500, newPrice: 450, scheduledId, staffName: 'Morgan Manager' }]);
    expect(countRows(t, 'select count(*) from price_changes')).toBe(1);
    expect(countRows(t, 'select count(*) from scheduled_prices where applied_at is not null')).toBe(1);
    // Applied ones cannot be cancelled.
    expect(codeOf(await c.call('products.cancelScheduledPrice', { scheduledId: scheduledId ?? '' }))).toBe('invalid_input');
  });

  it('a schedule that fell due while the till was off is applied at start-up', async () => {
    let now = new Date('2026-12-01T09:00:00.000Z');
    const folder = dir();
    // Closed by the test itself, so not through perTest's start.
    const t = await startCore(folder, { demo: true, clock: { now: () => now } });
    const c = await manager(t);
    const p = await makeProduct(c, { sku: 'SCH-2', price: 500 });
    await c.ok('products.schedulePrice', { id: p.id, price: 300, effectiveAt: '2026-12-01T10:00:00.000Z' });
    await t.core.close();
    now = new Date('2026-12-01T11:00:00.000Z');
    const again = await start(folder, { clock: { now: () => now } });
    expect((await (await manager(again)).ok('products.get', { id: p.id })).price).toBe(300);
  });

  it('journal.verify stays intact after price changes', async () => {
    const t = await demo();
    const c = await manager(t);
    const p = await makeProduct(c, { sku: 'JV-1', price: 100 });
    const q = await makeProduct(c, { sku: 'JV-2', price: 200 });
    await c.ok('products.update', edit(p, { price: 150 }));
    await c.ok('products.bulkEdit', { ids: [p.id, q.id], price: { kind: 'percent', value: 1000 } });
    expect(await c.ok('journal.verify', {})).toMatchObject({ intact: true, problems: [] });
  });
});
