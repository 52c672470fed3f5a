/**
 * Stock takes: counting goes on while the shop sells, and posting writes only the
 * differences as one 'stock.counted' document, each measured against the on hand at the
 * product's first count so that sales during the count are not counted twice.
 */
import { describe, expect, it } from 'vitest';
import { perTest } from './harness';
import { cashier, codeOf, countRows, makeProduct, manager } from './product-fixtures';
import { onHand, receive, rowsOf, sell } from './stocktake-fixtures';

const { demo } = perTest();

describe('stock takes', () => {
  it('a stock take posts only the variances', async () => {
    const t = await demo();
    const m = await manager(t);
    const a = await makeProduct(m, { sku: 'ST-A', name: 'Apples tin', cost: 100 });
    const b = await makeProduct(m, { sku: 'ST-B', name: 'Beans tin', cost: 100 });
    const c = await makeProduct(m, { sku: 'ST-C', name: 'Corn tin', cost: 100 });
    receive(t, a.id, 10_000);
    receive(t, b.id, 5000);
    receive(t, c.id, 2000);
    const take = await m.ok('stocktake.start', { scope: 'full' });
    await m.ok('stocktake.count', { id: take.id, productId: a.id, qty: 8000 });
    await m.ok('stocktake.count', { id: take.id, productId: b.id, qty: 5000 });
    await m.ok('stocktake.count', { id: take.id, productId: c.id, qty: 3000 });
    const seen = await m.ok('stocktake.get', { id: take.id });

    const posted = await m.ok('stocktake.post', { id: take.id, version: seen.version });
    expect(posted.movements).toBe(2);
    expect(posted.take.status).toBe('posted');
    const moves = rowsOf<{ product_id: string; qty_delta: number; reason: string; ref_id: string; doc_id: string }>(
      t,
      "select product_id, qty_delta, reason, ref_id, doc_id from stock_movements where reason = 'count' order by qty_delta",
    );
    expect(moves.map((mv) => [mv.product_id, mv.qty_delta])).toEqual([
      [a.id, -2000],
      [c.id, 1000],
    ]);
    expect(new Set(moves.map((mv) => mv.doc_id))).toEqual(new Set([posted.take.docId]));
    expect(moves.every((mv) => mv.ref_id === take.id)).toBe(true);
    expect(countRows(t, "select count(*) from journal where kind = 'stock.counted'")).toBe(1);
    expect([onHand(t, a.id), onHand(t, b.id), onHand(t, c.id)]).toEqual([8000, 5000, 3000]);
  });

  it('a sale during a count is not counted twice', async () => {
    const t = await demo();
    const m = await manager(t);
    const till = await cashier(t);
    const soup = await makeProduct(m, { sku: 'ST-SOUP', name: 'Soup' });
    const tea = await makeProduct(m, { sku: 'ST-TEA', name: 'Tea' });
    receive(t, soup.id, 10_000);
    receive(t, tea.id, 10_000);
    const take = await m.ok('stocktake.start', { scope: 'full' });

    // Tea sells before anyone counts it: the counter sees 8 and 8 is right.
    await sell(t, till, tea.id, 2000);
    await till.ok('stocktake.count', { id: take.id, productId: tea.id, qty: 8000 });
    // Soup is counted (8 of 10 there: 2 missing), then 3 sell while the count goes on.
    const entry = await till.ok('stocktake.count', { id: take.id, productId: soup.id, qty: 8000 });
    expect(entry.counted).toBe(8000);
    await sell(t, till, soup.id, 3000);
    expect(onHand(t, soup.id)).toBe(7000);

    const report = await m.ok('stocktake.variances', { id: take.id });
    const soupLine = report.lines.find((l) => l.productId === soup.id);
    expect(soupLine).toMatchObject({ expected: 10_000, counted: 8000, variance: -2000 });
    expect(report.lines.find((l) => l.productId === tea.id)).toMatchObject({ expected: 8000, variance: 0 });
    const seen = await m.ok('stocktake.get', { id: take.id });
    await m.ok('stocktake.post', { id: take.id, version: seen.version });
    // 8 on the shelf at the count, 3 sold since: 5, not 8 - 3 - 3.
    expect(onHand(t, soup.id)).toBe(5000);
    expect(onHand(t, tea.id)).toBe(8000);
  });

  it("two counters' counts of one product add up", async () => {
    const t = await demo();
    const m = await manager(t);
    const till = await cashier(t);
    const cola = await makeProduct(m, { sku: 'ST-COLA', name: 'Cola', barcodes: ['4006381333931'] });
    receive(t, cola.id, 12_000);
    const take = await m.ok('stocktake.start', { scope: 'full' });
    await till.ok('stocktake.scan', { id: take.id, code: '4006381333931' });
    await till.ok('stocktake.scan', { id: take.id, code: '4006381333931', qty: 6000 });
    const last = await m.ok('stocktake.count', { id: take.id, productId: cola.id, qty: 4000 });
    expect(last.counted).toBe(11_000);
    const line = (await m.ok('stocktake.variances', { id: take.id })).lines[0];
    expect(line).toMatchObject({ productId: cola.id, expected: 12_000, counted: 11_000, variance: -1000 });
    expect(line?.countedBy).toHaveLength(2);
    expect(await m.ok('stocktake.get', { id: take.id })).toMatchObject({ countedProducts: 1, entries: 3 });
    expect(countRows(t, 'select count(*) from stock_take_counts where stock_take_id = ?', take.id)).toBe(3);
  });

  it('undo takes back only my own last entry, once each', async () => {
    const t = await demo();
    const m = await manager(t);
    const till = await cashier(t);
    const jam = await makeProduct(m, { sku: 'ST-JAM', name: 'Jam' });
    const take = await m.ok('stocktake.start', { scope: 'full' });
    await till.ok('stocktake.count', { id: take.id, productId: jam.id, qty: 2000 });
    await m.ok('stocktake.count', { id: take.id, productId: jam.id, qty: 5000 });
    await till.ok('stocktake.count', { id: take.id, productId: jam.id, qty: 3000 });
    const undo = await till.ok('stocktake.undo', { id: take.id });
    expect(undo).toMatchObject({ qty: -3000, isUndo: true, counted: 7000 });
    await till.ok('stocktake.undo', { id: take.id });
    expect(codeOf(await till.call('stocktake.undo', { id: take.id }))).toBe('not_found');
    const mine = await till.ok('stocktake.myEntries', { id: take.id });
    expect(mine.filter((e) => !e.isUndo).every((e) => e.undone)).toBe(true);
    const line = (await m.ok('stocktake.variances', { id: take.id })).lines[0];
    expect(line?.counted).toBe(5000);
  });

  it('an uncounted product is left alone unless the poster zeroes it', async () => {
    const t = await demo();
    const m = await manager(t);
    const kept = await makeProduct(m, { sku: 'ST-KEPT', name: 'Kept' });
    const lost = await makeProduct(m, { sku: 'ST-LOST', name: 'Lost', cost: 250 });
    receive(t, kept.id, 4000);
    receive(t, lost.id, 4000);

    const first = await m.ok('stocktake.start', { scope: 'full' });
    await m.ok('stocktake.count', { id: first.id, productId: kept.id, qty: 4000 });
    const uncounted = await m.ok('stocktake.uncounted', { id: first.id, limit: 1000 });
    expect(uncounted.lines.find((l) => l.productId === lost.id)).toMatchObject({ onHand: 4000, stockValue: 1000 });
    expect(uncounted.lines.some((l) => l.productId === kept.id)).toBe(false);
    await m.ok('stocktake.post', { id: first.id, version: (await m.ok('stocktake.get', { id: first.id })).version });
    expect(onHand(t, lost.id)).toBe(4000);

    const second = await m.ok('stocktake.start', { scope: 'full' });
    await m.ok('stocktake.count', { id: second.id, productId: kept.id, qty: 4000 });
    const seen = await m.ok('stocktake.get', { id: second.id });
    const posted = await m.ok('stocktake.post', { id: second.id, version: seen.version, zeroUncounted: true });
    expect(onHand(t, lost.id)).toBe(0);
    expect(onHand(t, kept.id)).toBe(4000);
    expect(posted.movements).toBe(countRows(t, 'select count(*) from stock_movements where ref_id = ?', second.id));
  });

  it('a posted stock take refuses more counts and a second posting', async () => {
    const t = await demo();
    const m = await manager(t);
    const oil = await makeProduct(m, { sku: 'ST-OIL', name: 'Oil', barcodes: ['4006381333931'] });
    receive(t, oil.id, 1000);
    const take = await m.ok('stocktake.start', { scope: 'full' });
    await m.ok('stocktake.scan', { id: take.id, code: '4006381333931' });
    await m.ok('stocktake.scan', { id: take.id, code: '4006381333931' });
    const seen = await m.ok('stocktake.get', { id: take.id });
    await m.ok('stocktake.post', { id: take.id, version: seen.version });
    const after = await m.ok('stocktake.get', { id: take.id });
    const before = countRows(t, 'select count(*) from stock_movements');
    expect(codeOf(await m.call('stocktake.scan', { id: take.id, code: '4006381333931' }))).toBe('wrong_status');
    expect(codeOf(await m.call('stocktake.count', { id: take.id, productId: oil.id, qty: 1000 }))).toBe('wrong_status');
    expect(codeOf(await m.call('stocktake.post', { id: take.id, version: after.version }))).toBe('wrong_status');
    expect(codeOf(await m.call('stocktake.cancel', { id: take.id, version: after.version }))).toBe('wrong_status');
    expect(countRows(t, 'select count(*) from stock_movements')).toBe(before);
    expect(onHand(t, oil.id)).toBe(2000);

    // A cancelled take takes no counts and posts nothing either.
    const other = await m.ok('stocktake.start', { scope: 'full' });
    const cancelled = await m.ok('stocktake.cancel', { id: other.id, version: other.version });
    expect(cancelled.status).toBe('cancelled');
    expect(codeOf(await m.call('stocktake.count', { id: other.id, productId: oil.id, qty: 1000 }))).toBe('wrong_status');
    expect(codeOf(await m.call('stocktake.post', { id: other.id, version: cancelled.version }))).toBe('wrong_status');
  });

  it('two posts at once: exactly one wins', async () => {
    const t = await demo();
    const m1 = await manager(t);
    const m2 = await manager(t);
    const rice = await makeProduct(m1, { sku: 'ST-RICE', name: 'Rice' });
    receive(t, rice.id, 5000);
    const take = await m1.ok('stocktake.start', { scope: 'full' });
    await m1.ok('stocktake.count', { id: take.id, productId: rice.id, qty: 3000 });
    const { version } = await m1.ok('stocktake.get', { id: take.id });
    const results = await Promise.all([m1.call('stocktake.post', { id: take.id, version }), m2.call('stocktake.post', { id: take.id, version })]);
    expect(results.map(codeOf).sort()).toEqual(['ok', 'wrong_status']);
    expect(countRows(t, "select count(*) from journal where kind = 'stock.counted'")).toBe(1);
    expect(onHand(t, rice.id)).toBe(3000);
  });

  it('a count after the review refuses the posting until the manager reviews again', async () => {
    const t = await demo();
    const m = await manager(t);
    const till = await cashier(t);
    const salt = await makeProduct(m, { sku: 'ST-SALT', name: 'Salt' });
    const take = await m.ok('stocktake.start', { scope: 'full' });
    await m.ok('stocktake.count', { id: take.id, productId: salt.id, qty: 1000 });
    const reviewed = await m.ok('stocktake.get', { id: take.id });
    await till.ok('stocktake.count', { id: take.id, productId: salt.id, qty: 1000 });
    expect(codeOf(await m.call('stocktake.post', { id: take.id, version: reviewed.version }))).toBe('stock_take_changed');
    expect(countRows(t, "select count(*) from stock_movements where reason = 'count'")).toBe(0);
    const again = await m.ok('stocktake.get', { id: take.id });
    await m.ok('stocktake.post', { id: take.id, version: again.version });
    expect(onHand(t, salt.id)).toBe(2000);
  });

  it('the variance report values variances at average cost', async () => {
    const t = await demo();
    const m = await manager(t);
    // Average cost after two receipts: (10 x 3.00 + 10 x 4.00) / 20 = 3.50.
    const flour = await makeProduct(m, { sku: 'ST-FLOUR', name: 'Flour', cost: 200 });
    receive(t, flour.id, 10_000, 300);
    receive(t, flour.id, 10_000, 400);
    // No average cost yet: valued at its cost price, 1.25.
    const salt = await makeProduct(m, { sku: 'ST-SALT2', name: 'Sea salt', cost: 125 });
    // Sold by the kg at 9.99 a kg: 1.234 kg is worth 12.32766, rounded to 12.33.
    const cheese = await makeProduct(m, { sku: 'ST-CHEESE', name: 'Cheddar', cost: 999, unit: 'kg', soldByWeight: true });
    const take = await m.ok('stocktake.start', { scope: 'full' });
    await m.ok('stocktake.count', { id: take.id, productId: flour.id, qty: 17_000 });
    await m.ok('stocktake.count', { id: take.id, productId: salt.id, qty: 2000 });
    await m.ok('stocktake.count', { id: take.id, productId: cheese.id, qty: 1234 });

    const lines = (await m.ok('stocktake.variances', { id: take.id, only: 'variances' })).lines;
    const byId = new Map(lines.map((l) => [l.productId, l]));
    expect(byId.get(flour.id)).toMatchObject({ variance: -3000, unitCost: 350, varianceValue: -1050 });
    expect(byId.get(salt.id)).toMatchObject({ variance: 2000, unitCost: 125, varianceValue: 250 });
    expect(byId.get(cheese.id)).toMatchObject({ variance: 1234, unitCost: 999, varianceValue: 1233 });
    const totals = await m.ok('stocktake.totals', { id: take.id });
    expect(totals).toMatchObject({ countedProducts: 3, withVariance: 3, gainValue: 1483, lossValue: -1050, varianceValue: 433 });
  });

  it('the variance report pages by keyset without skipping or repeating a product', async () => {
    const t = await demo();
    const m = await manager(t);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await makeProduct(m, { sku: `ST-PG${i}`, name: `Paged ${i}` })).id);
    const take = await m.ok('stocktake.start', { scope: 'full' });
    for (const id of ids) await m.ok('stocktake.count', { id: take.id, productId: id, qty: 1000 });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page: { lines: { productId: string }[]; next: string | null } = await m.ok('stocktake.variances', { id: take.id, limit: 3, ...(after ? { after } : {}) });
      seen.push(...page.lines.map((l) => l.productId));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toEqual([...ids].sort());
  });
});
