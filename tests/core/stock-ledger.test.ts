/**
 * The stock ledger's rules at the till: goods leave from the till's own location, lots
 * go earliest expiry first, an expired lot is never sold, a return goes back into the lot
 * it came from, and a receipt at a purchase cost moves the weighted average cost.
 */
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../electron/core/clock';
import type { CoreContext } from '../../electron/core/context';
import { DocumentWriter } from '../../electron/core/documents/document-writer';
import { averageAfterReceipt } from '../../electron/core/inventory/average-cost';
import { lotFor } from '../../electron/core/inventory/lot-create';
import { writeStockDocument } from '../../electron/core/inventory/stock-document';
import { pay, perTest, type TestCore } from './harness';
import { cashier, codeOf, makeProduct, manager } from './product-fixtures';

const { start, dir } = perTest();

/** Noon on 26 November 2026, local time: the shop's date is 2026-11-26. */
const clock: Clock = { now: () => new Date(2026, 10, 26, 12, 0, 0) };

/** What writeStockDocument reads of the core: its database, clock and document writer. */
function stockCtx(t: TestCore): CoreContext {
  const documents = new DocumentWriter(t.core.db, clock);
  // The stock document path uses only db, clock and documents; the rest of the context is not needed here.
  return { db: t.core.db, clock, documents } as unknown as CoreContext;
}

const sql = (t: TestCore) => t.core.db.sqlite;
const tillId = (t: TestCore) => sql(t).prepare('select id from tills limit 1').pluck().get() as string;
const homeId = (t: TestCore) => sql(t).prepare('select id from locations where home = 1').pluck().get() as string;
const lotOnHand = (t: TestCore, code: string) =>
  sql(t).prepare('select coalesce(sum(s.on_hand), 0) from lot_stock s join lots l on l.id = s.lot_id where l.code = ?').pluck().get(code);

/** Receives lots of a product at a location as one 'stock.received' document. */
function receive(t: TestCore, productId: string, locationId: string, lots: { code: string | null; expires?: string; qty: number; cost?: number }[]) {
  const ctx = stockCtx(t);
  return writeStockDocument(ctx, 'stock.received', {
    tillId: tillId(t),
    staffId: null,
    summary: { test: true },
    moves: lots.map((l) => ({
      productId,
      locationId,
      delta: l.qty,
      reason: 'delivery',
      lotId: l.code === null ? null : lotFor(ctx, productId, l.code, l.expires ?? null),
      purchaseCost: l.cost ?? null,
    })),
  });
}

async function lotProduct(t: TestCore, sku: string, barcode: string) {
  const m = await manager(t);
  const p = await makeProduct(m, { sku, name: `Milk ${sku}`, price: 120, cost: 100, barcodes: [barcode] });
  sql(t).prepare('update products set tracks_lots = 1 where id = ?').run(p.id);
  return p;
}

describe('the stock ledger at the till', () => {
  it('a sale takes the earliest-expiring lot first (FEFO), lots without a date last', async () => {
    const t = await start(dir(), { demo: true, clock });
    const milk = await lotProduct(t, 'MILK-1', '4006381333931');
    receive(t, milk.id, homeId(t), [
      { code: 'LATE', expires: '2026-12-10', qty: 2000 },
      { code: 'SOON', expires: '2026-12-01', qty: 2000 },
      { code: 'NODATE', qty: 1000 },
    ]);
    const c = await cashier(t);
    await c.ok('cart.scan', { code: '4006381333931', qty: 3000 });
    const sale = await pay(c, 10_000);
    const moves = sql(t)
      .prepare('select l.code, m.qty_delta from stock_movements m join lots l on l.id = m.lot_id where m.doc_id = ? order by m.qty_delta')
      .all(sale.saleId);
    expect(moves).toEqual([
      { code: 'SOON', qty_delta: -2000 },
      { code: 'LATE', qty_delta: -1000 },
    ]);
    expect([lotOnHand(t, 'SOON'), lotOnHand(t, 'LATE'), lotOnHand(t, 'NODATE')]).toEqual([0, 1000, 1000]);

    // Every figure agrees with the ledger; a lot's figure edited behind the ledger's back is found.
    const m = await manager(t);
    expect(await m.ok('journal.verify', {})).toMatchObject({ intact: true });
    sql(t).prepare("update lot_stock set on_hand = on_hand + 1000 where lot_id = (select id from lots where code = 'LATE')").run();
    const v = await m.ok('journal.verify', {});
    expect(v.problems).toEqual([expect.objectContaining({ code: 'stock_mismatch', detail: expect.stringMatching(/^1 lot on-hand figure/) })]);
  });

  it('an expired lot cannot be sold, even on a till that may oversell; the message names the batch', async () => {
    const t = await start(dir(), { demo: true, clock });
    const milk = await lotProduct(t, 'MILK-2', '4006381333931');
    receive(t, milk.id, homeId(t), [
      { code: 'OLD', expires: '2026-11-25', qty: 2000 },
      { code: 'FRESH', expires: '2026-11-26', qty: 1000 },
    ]);
    const c = await cashier(t);
    // The fresh lot (its last day is today) covers one; the second can only be from the expired lot.
    await c.ok('cart.scan', { code: '4006381333931' });
    const refused = await c.call('cart.scan', { code: '4006381333931' });
    expect(codeOf(refused)).toBe('lot_expired');
    expect(refused.ok ? '' : refused.error.message).toContain('batch OLD expired on 2026-11-25');
    expect((await c.ok('cart.get')).lines.map((l) => l.qty)).toEqual([1000]);
    const sale = await pay(c, 500);
    expect(lotOnHand(t, 'FRESH')).toBe(0);
    expect(lotOnHand(t, 'OLD')).toBe(2000);
    expect(sql(t).prepare('select count(*) from stock_movements where doc_id = ?').pluck().get(sale.saleId)).toBe(1);
  });

  it('a return goes back into the lot it was sold from', async () => {
    const t = await start(dir(), { demo: true, clock });
    const milk = await lotProduct(t, 'MILK-3', '4006381333931');
    receive(t, milk.id, homeId(t), [{ code: 'A1', expires: '2026-12-05', qty: 3000 }]);
    const c = await cashier(t);
    await c.ok('cart.scan', { code: '4006381333931', qty: 2000 });
    const sale = await pay(c, 1000);
    expect(lotOnHand(t, 'A1')).toBe(1000);
    const m = await manager(t);
    const line = sql(t).prepare('select id from sale_lines where sale_id = ?').pluck().get(sale.saleId) as string;
    await m.ok('cart.addReturn', { saleId: sale.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] });
    await pay(m, 0);
    expect(lotOnHand(t, 'A1')).toBe(2000);
  });

  it('a till sells from its own location: stock elsewhere does not cover it, and its movements name it', async () => {
    const t = await start(dir(), { demo: true, clock });
    const m = await manager(t);
    const tea = await makeProduct(m, { sku: 'TEA-1', name: 'Tea', price: 300, cost: 150, barcodes: ['4006381333931'] });
    const at = new Date().toISOString();
    sql(t).prepare("insert into locations (id, name, kind, created_at, updated_at) values ('loc-kiosk', 'Kiosk', 'store', ?, ?)").run(at, at);
    receive(t, tea.id, homeId(t), [{ code: null, qty: 5000 }]);
    receive(t, tea.id, 'loc-kiosk', [{ code: null, qty: 1000 }]);
    sql(t).prepare("update tills set location_id = 'loc-kiosk'").run();
    await m.ok('settings.update', { ...(await m.ok('settings.get')), allowNegativeStock: false });
    const c = await cashier(t);
    // The till shows what its own location holds, not the shop's total.
    expect((await c.ok('catalog.lookup', { code: '4006381333931' })).onHand).toBe(1000);
    await c.ok('cart.scan', { code: '4006381333931' });
    // The kiosk holds one: a second is out of stock there, whatever the shop floor holds.
    expect(codeOf(await c.call('cart.scan', { code: '4006381333931' }))).toBe('out_of_stock');
    const sale = await pay(c, 500);
    expect(sql(t).prepare('select location_id, qty_delta, unit_cost from stock_movements where doc_id = ?').all(sale.saleId)).toEqual([
      { location_id: 'loc-kiosk', qty_delta: -1000, unit_cost: 150 },
    ]);
    expect(sql(t).prepare('select location_id, on_hand from location_stock where product_id = ? order by on_hand').all(tea.id)).toEqual([
      { location_id: 'loc-kiosk', on_hand: 0 },
      { location_id: homeId(t), on_hand: 5000 },
    ]);
  });

  it('receiving at a purchase cost sets the last cost and the weighted average cost', async () => {
    const t = await start(dir(), { demo: true, clock });
    const m = await manager(t);
    const jam = await makeProduct(m, { sku: 'JAM-1', name: 'Jam', price: 300, cost: 100 });
    // 10 on hand valued at the cost price 1.00, then 10 at 1.30: (10 x 100 + 10 x 130) / 20 = 115.
    receive(t, jam.id, homeId(t), [{ code: null, qty: 10_000 }]);
    receive(t, jam.id, homeId(t), [{ code: null, qty: 10_000, cost: 130 }]);
    // 20 at 1.15 and 5 at 2.00: (2300 + 1000) / 25 = 132.
    receive(t, jam.id, homeId(t), [{ code: null, qty: 5000, cost: 200 }]);
    expect(sql(t).prepare('select last_cost, avg_cost from products where id = ?').get(jam.id)).toEqual({ last_cost: 200, avg_cost: 132 });
    expect(
      sql(t).prepare("select unit_cost, avg_cost from stock_movements where product_id = ? and reason = 'delivery' order by rowid").all(jam.id),
    ).toEqual([
      { unit_cost: 100, avg_cost: 100 },
      { unit_cost: 130, avg_cost: 115 },
      { unit_cost: 200, avg_cost: 132 },
    ]);
  });
});

describe('the weighted average cost', () => {
  it('is rounded half up to the minor unit and ignores stock below zero', () => {
    // (1 x 100 + 2 x 101) / 3 = 100.67 -> 101; (1 x 100 + 1 x 101) / 2 = 100.5 -> 101.
    expect(averageAfterReceipt(1000, 100, 2000, 101)).toBe(101);
    expect(averageAfterReceipt(1000, 100, 1000, 101)).toBe(101);
    // Goods sold before they arrived carry no cost: the receipt's cost is the average.
    expect(averageAfterReceipt(-3000, 100, 5000, 140)).toBe(140);
    // No average yet: the receipt's cost.
    expect(averageAfterReceipt(4000, null, 1000, 90)).toBe(90);
    // Beyond 2^53 on the way: 10^9 units at 10^8 minor units each stays exact.
    expect(averageAfterReceipt(1e12, 100_000_000, 1e12, 100_000_002)).toBe(100_000_001);
  });
});
