/**
 * Stock takes: what a take covers (a category with its subtree, a shelf at the location),
 * who may do what, and refusals that change nothing.
 */
import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../shared/barcode';
import { homeLocationId } from '../../electron/core/inventory/locations';
import { perTest, type TestCore } from './harness';
import { cashier, codeOf, countRows, makeProduct, manager } from './product-fixtures';
import { receive } from './stocktake-fixtures';

const { demo } = perTest();

/** Puts a product on a shelf at the home location (the shelf editor is the stock tab's). */
function shelve(t: TestCore, productId: string, shelf: string): void {
  t.core.db.sqlite
    .prepare('insert into product_locations (product_id, location_id, shelf, updated_at) values (?, ?, ?, ?)')
    .run(productId, homeLocationId(t.core.db), shelf, new Date().toISOString());
}

const counts = (t: TestCore) => countRows(t, 'select count(*) from stock_take_counts');

describe('stock take scope', () => {
  it('a category stock take covers its subcategories', async () => {
    const t = await demo();
    const m = await manager(t);
    const drinks = await m.ok('categories.save', { name: 'ST Drinks' });
    const soft = await m.ok('categories.save', { name: 'ST Soft drinks', parentId: drinks.id });
    const food = await m.ok('categories.save', { name: 'ST Food' });
    const wine = await makeProduct(m, { sku: 'ST-WINE', name: 'Wine', categoryId: drinks.id });
    const lemonade = await makeProduct(m, { sku: 'ST-LEMON', name: 'Lemonade', categoryId: soft.id });
    const bread = await makeProduct(m, { sku: 'ST-BREAD', name: 'Bread', categoryId: food.id });
    const take = await m.ok('stocktake.start', { scope: 'category', categoryId: drinks.id });
    expect((await m.ok('stocktake.get', { id: take.id })).scopeProducts).toBe(2);
    const uncounted = (await m.ok('stocktake.uncounted', { id: take.id })).lines.map((l) => l.productId);
    expect(uncounted.sort()).toEqual([wine.id, lemonade.id].sort());

    await m.ok('stocktake.count', { id: take.id, productId: lemonade.id, qty: 1000 });
    const refused = await m.call('stocktake.count', { id: take.id, productId: bread.id, qty: 1000 });
    expect(codeOf(refused)).toBe('not_in_stock_take');
    expect(refused.ok ? '' : refused.error.message).toContain('Bread');
    // Found in the wrong place: counted on purpose, it joins the report.
    const found = await m.ok('stocktake.count', { id: take.id, productId: bread.id, qty: 1000, outsideScope: true });
    expect(found.outsideScope).toBe(true);
    expect((await m.ok('stocktake.variances', { id: take.id })).lines).toHaveLength(2);

    // A take on a subcategory overlaps the one still counting its parent.
    expect(codeOf(await m.call('stocktake.start', { scope: 'category', categoryId: soft.id }))).toBe('stock_take_overlaps');
    expect(codeOf(await m.call('stocktake.start', { scope: 'full' }))).toBe('stock_take_overlaps');
    await m.ok('stocktake.start', { scope: 'category', categoryId: food.id });
  });

  it('a shelf stock take covers only that shelf', async () => {
    const t = await demo();
    const m = await manager(t);
    const nails = await makeProduct(m, { sku: 'ST-NAIL', name: 'Nails' });
    const screws = await makeProduct(m, { sku: 'ST-SCREW', name: 'Screws' });
    shelve(t, nails.id, 'A1');
    shelve(t, screws.id, 'B2');
    const take = await m.ok('stocktake.start', { scope: 'shelf', shelf: 'A1' });
    expect(take.shelf).toBe('A1');
    expect((await m.ok('stocktake.get', { id: take.id })).scopeProducts).toBe(1);
    expect((await m.ok('stocktake.uncounted', { id: take.id })).lines.map((l) => l.productId)).toEqual([nails.id]);
    await m.ok('stocktake.count', { id: take.id, productId: nails.id, qty: 3000 });
    expect(codeOf(await m.call('stocktake.count', { id: take.id, productId: screws.id, qty: 1000 }))).toBe('not_in_stock_take');
    // Another shelf may be counted at the same time; the same one may not.
    await m.ok('stocktake.start', { scope: 'shelf', shelf: 'B2' });
    expect(codeOf(await m.call('stocktake.start', { scope: 'shelf', shelf: 'A1' }))).toBe('stock_take_overlaps');
    expect(codeOf(await m.call('stocktake.start', { scope: 'shelf', shelf: 'Z9' }))).toBe('invalid_input');
  });

  it('a product counted in one open take cannot be counted in another at the same location', async () => {
    const t = await demo();
    const m = await manager(t);
    const cat = await m.ok('categories.save', { name: 'ST Tools' });
    const saw = await makeProduct(m, { sku: 'ST-SAW', name: 'Saw', categoryId: cat.id });
    shelve(t, saw.id, 'C3');
    const byCategory = await m.ok('stocktake.start', { scope: 'category', categoryId: cat.id });
    const byShelf = await m.ok('stocktake.start', { scope: 'shelf', shelf: 'C3' });
    await m.ok('stocktake.count', { id: byCategory.id, productId: saw.id, qty: 1000 });
    expect(codeOf(await m.call('stocktake.count', { id: byShelf.id, productId: saw.id, qty: 1000 }))).toBe('stock_take_overlaps');
  });

  it('a scale label counts the weight printed on it, as the till reads it', async () => {
    const t = await demo();
    const m = await manager(t);
    const take = await m.ok('stocktake.start', { scope: 'full' });
    // Demo bananas are registered as 2100001000004; a label for 0.150 kg carries 00150.
    const entry = await m.ok('stocktake.scan', { id: take.id, code: withCheckDigit('210000100150') });
    expect(entry).toMatchObject({ unit: 'kg', qty: 150 });
    // A keyed quantity with a label that carries its own is refused, not guessed at.
    expect(codeOf(await m.call('stocktake.scan', { id: take.id, code: withCheckDigit('210000100150'), qty: 1000 }))).toBe('invalid_input');
  });

  it('a cashier can count but not post', async () => {
    const t = await demo();
    const m = await manager(t);
    const c = await cashier(t);
    const pen = await makeProduct(m, { sku: 'ST-PEN', name: 'Pen', barcodes: ['4006381333931'] });
    receive(t, pen.id, 3000);
    expect(codeOf(await c.call('stocktake.start', { scope: 'full' }))).toBe('permission_denied');
    const take = await m.ok('stocktake.start', { scope: 'full' });
    expect((await c.ok('stocktake.list', { status: 'counting' })).map((x) => x.id)).toEqual([take.id]);
    const entry = await c.ok('stocktake.scan', { id: take.id, code: '4006381333931' });
    expect(entry).toMatchObject({ productId: pen.id, qty: 1000, staffName: expect.any(String) });
    expect((await c.ok('stocktake.myEntries', { id: take.id })).map((e) => e.id)).toEqual([entry.id]);
    const { version } = await c.ok('stocktake.get', { id: take.id });
    for (const [channel, input] of [
      ['stocktake.variances', { id: take.id }],
      ['stocktake.totals', { id: take.id }],
      ['stocktake.post', { id: take.id, version }],
      ['stocktake.cancel', { id: take.id, version }],
    ] as const) {
      expect(codeOf(await c.call(channel, input)), channel).toBe('permission_denied');
    }
    expect((await m.ok('stocktake.get', { id: take.id })).status).toBe('counting');
  });

  it('invalid stock take inputs are refused and change nothing', async () => {
    const t = await demo();
    const m = await manager(t);
    const bolt = await makeProduct(m, { sku: 'ST-BOLT', name: 'Bolt' });
    const rope = await makeProduct(m, { sku: 'ST-ROPE', name: 'Rope', unit: 'm' });
    const take = await m.ok('stocktake.start', { scope: 'full' });
    await m.ok('stocktake.count', { id: take.id, productId: bolt.id, qty: 2000 });
    const before = { counts: counts(t), takes: countRows(t, 'select count(*) from stock_takes'), journal: countRows(t, 'select count(*) from journal') };
    const refusals: [string, Promise<{ ok: boolean } & ({ ok: true } | { ok: false; error: { code: string } })>][] = [
      ['invalid_input', m.call('stocktake.start', { scope: 'category' })],
      ['invalid_input', m.call('stocktake.start', { scope: 'shelf', shelf: '  ' })],
      ['invalid_input', m.call('stocktake.start', { scope: 'full', shelf: 'A1' })],
      ['not_found', m.call('stocktake.start', { scope: 'category', categoryId: 'nope' })],
      ['not_found', m.call('stocktake.start', { scope: 'full', locationId: 'nope' })],
      ['stock_take_overlaps', m.call('stocktake.start', { scope: 'full' })],
      ['invalid_input', m.call('stocktake.count', { id: take.id, productId: bolt.id, qty: 0 })],
      ['invalid_input', m.call('stocktake.count', { id: take.id, productId: bolt.id, qty: 1.5 })],
      ['invalid_input', m.call('stocktake.count', { id: take.id, productId: bolt.id, qty: 1500 })],
      ['invalid_input', m.call('stocktake.count', { id: take.id, productId: bolt.id, qty: -3000 })],
      ['not_found', m.call('stocktake.count', { id: take.id, productId: 'nope', qty: 1000 })],
      ['not_found', m.call('stocktake.count', { id: 'nope', productId: bolt.id, qty: 1000 })],
      ['unknown_barcode', m.call('stocktake.scan', { id: take.id, code: '9999999999994' })],
      ['qty_required', m.call('stocktake.scan', { id: take.id, code: 'ST-ROPE' })],
      ['stock_take_changed', m.call('stocktake.post', { id: take.id, version: 1 })],
      ['stock_take_changed', m.call('stocktake.cancel', { id: take.id, version: 1 })],
      ['invalid_input', m.call('stocktake.variances', { id: take.id, limit: 0 })],
    ];
    for (const [code, call] of refusals) expect(codeOf(await call)).toBe(code);
    // A length of rope is counted in metres, fractions allowed.
    expect(rope.unit).toBe('m');
    expect(counts(t)).toBe(before.counts);
    expect(countRows(t, 'select count(*) from stock_takes')).toBe(before.takes);
    expect(countRows(t, 'select count(*) from journal')).toBe(before.journal);
  });

  it('starting and cancelling a stock take are journaled as stock.changed', async () => {
    const t = await demo();
    const m = await manager(t);
    const take = await m.ok('stocktake.start', { scope: 'full', note: 'Year end' });
    expect(take.reference).toMatch(/^ST-\d{8}-[0-9A-F]{6}$/);
    await m.ok('stocktake.cancel', { id: take.id, version: take.version });
    const payloads = (t.core.db.sqlite.prepare("select payload from journal where kind = 'stock.changed' order by seq").pluck().all() as string[]).map(
      (p) => JSON.parse(p) as { action: string; stockTakeId: string },
    );
    expect(payloads.map((p) => [p.action, p.stockTakeId])).toEqual([
      ['stocktake.started', take.id],
      ['stocktake.cancelled', take.id],
    ]);
  });
});
