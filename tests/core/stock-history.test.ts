import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../shared/domain/stock';
import { demoBarcodes, perTest, type Connection } from './harness';
import { edit } from './product-fixtures';
import { backroom, handClock, heldAt, homeOf, manager, putIn, stockProduct } from './stock-fixtures';

const { dir, start } = perTest();

async function allPages(
  c: Connection,
  input: { productId: string; order: 'newest' | 'oldest'; locationId?: string },
  limit: number,
) {
  const pages: HistoryRow[][] = [];
  let after: string | undefined;
  do {
    const page = await c.ok('stock.history', { ...input, limit, ...(after ? { after } : {}) });
    pages.push(page.rows);
    after = page.next ?? undefined;
  } while (after);
  return pages;
}

describe('movement history', () => {
  it("the running balance of a product's history matches on hand on every page", async () => {
    const clock = handClock('2026-03-01T09:00:00Z');
    const t = await start(dir(), { demo: true, clock });
    const c = await manager(t);
    const home = await homeOf(c);
    const room = await backroom(c);
    // A demo product: its opening stock predates locations (no location: the home one's).
    const code = demoBarcodes(1)[0] ?? '';
    const product = (await c.ok('products.list', { query: code })).rows[0];
    if (!product) throw new Error('no demo product');
    for (let i = 0; i < 11; i++) {
      clock.advance(60_000);
      await putIn(c, product.id, i % 3 === 0 ? room.id : home, 1000 + i);
      clock.advance(60_000);
      await c.ok('stock.adjust', {
        lines: [
          { productId: product.id, locationId: i % 2 ? room.id : home, qty: -500, reason: 'damage', note: `n${i}` },
        ],
      });
    }
    const onHand = (await c.ok('stock.productStock', { productId: product.id })).onHand;
    for (const [order, limit] of [
      ['newest', 4],
      ['oldest', 5],
    ] as const) {
      const pages = await allPages(c, { productId: product.id, order }, limit);
      expect(pages.length).toBeGreaterThan(3);
      const rows = pages.flat();
      const chrono = order === 'newest' ? [...rows].reverse() : rows;
      let running = 0;
      for (const r of chrono) {
        running += r.qty;
        expect(r.onHandAfter).toBe(running);
      }
      expect(running).toBe(onHand);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
    const newest = (await c.ok('stock.history', { productId: product.id, limit: 3 })).rows[0];
    expect(newest).toMatchObject({
      reason: 'damage',
      reasonName: 'Damaged',
      docKind: 'stock.adjusted',
      note: 'n10',
      locationName: 'Shop floor',
      qty: -500,
    });
    expect(newest?.staffName).toBeTruthy();
    // At one location the balance is that location's; the home one includes the opening stock.
    for (const loc of [home, room.id]) {
      const rows = (await allPages(c, { productId: product.id, order: 'newest', locationId: loc }, 3)).flat();
      expect(rows.every((r) => r.locationId === loc)).toBe(true);
      expect(rows[0]?.onHandAfter).toBe(await heldAt(c, product.id, loc));
    }
    const opening = (
      await c.ok('stock.history', { productId: product.id, order: 'oldest', locationId: home, limit: 1 })
    ).rows[0];
    expect(opening?.locationId).toBe(home);
    expect((await c.call('stock.history', { productId: product.id, after: 'nonsense' })).ok).toBe(false);
  });
});

describe('valuation', () => {
  it('valuation as of a date uses the quantities and average cost of that date', async () => {
    const clock = handClock('2026-03-01T12:00:00Z');
    const t = await start(dir(), { demo: true, clock });
    const c = await manager(t);
    const home = await homeOf(c);
    const room = await backroom(c);
    const dairy = await c.ok('categories.save', { name: 'AAA Dairy' });
    const a = await stockProduct(c, { cost: 200, categoryId: dairy.id });
    const b = await stockProduct(c, { cost: 150, categoryId: dairy.id });
    // 1 March: 10 of A arrive at 2.00; one B is damaged that was never received (-1).
    await putIn(c, a.id, home, 10_000);
    await c.ok('stock.adjust', { lines: [{ productId: b.id, locationId: home, qty: -1000, reason: 'damage' }] });
    // 2 March: A now costs 3.00; 5 found in the back room, 2 damaged on the floor.
    clock.set('2026-03-02T12:00:00Z');
    await c.ok('products.update', edit(await c.ok('products.get', { id: a.id }), { cost: 300 }));
    await putIn(c, a.id, room.id, 5000);
    await c.ok('stock.adjust', { lines: [{ productId: a.id, locationId: home, qty: -2000, reason: 'damage' }] });
    clock.set('2026-03-03T12:00:00Z');

    const day1 = await c.ok('stock.valuation', { asOf: '2026-03-01' });
    const dairy1 = day1.categories.find((x) => x.categoryId === dairy.id);
    // 10 x 2.00 = 20.00 on the floor; B's -1 is valued at 0 and counted.
    expect(dairy1).toMatchObject({ qty: 10_000, stockValue: 2000, negativeCount: 1 });
    expect(dairy1?.locations).toEqual([{ locationId: home, name: 'Shop floor', stockValue: 2000 }]);
    const day2 = await c.ok('stock.valuation', { asOf: '2026-03-02' });
    const dairy2 = day2.categories.find((x) => x.categoryId === dairy.id);
    // 8 on the floor and 5 in the back room, all at 3.00: 24.00 + 15.00.
    expect(dairy2).toMatchObject({ qty: 13_000, stockValue: 3900, negativeCount: 1 });
    expect(dairy2?.locations.map((l) => [l.name, l.stockValue])).toEqual([
      ['Shop floor', 2400],
      ['Back room', 1500],
    ]);
    const before = await c.ok('stock.valuation', { asOf: '2026-02-28' });
    expect(before.categories.find((x) => x.categoryId === dairy.id)).toBeUndefined();
    const now = await c.ok('stock.valuation');
    expect(now.asOf).toBeNull();
    expect(now.categories.find((x) => x.categoryId === dairy.id)?.stockValue).toBe(3900);
    expect(now.total).toBe(now.categories.reduce((s, x) => s + x.stockValue, 0));
    expect(now.total).toBe(now.locations.reduce((s, x) => s + x.stockValue, 0));
    expect((await c.call('stock.valuation', { asOf: '2026-02-30' })).ok).toBe(false);
  });
});
