import { describe, expect, it } from 'vitest';
import { perTest } from './harness';
import { codeOf, formOf, makeProduct, manager } from './product-fixtures';

const { demo } = perTest();
const SORTS = ['name', 'sku', 'price', 'brand', 'updatedAt'] as const;
const COLUMNS = { name: 'name', sku: 'sku', price: 'price', brand: 'brand, name', updatedAt: 'updated_at' };

describe('the product table pages by keyset', () => {
  it('keyset paging returns every product exactly once, in order, for every sort and direction', async () => {
    const t = await demo();
    const c = await manager(t);
    // Ties on every sort key, so the id has to break them.
    for (let i = 0; i < 6; i++) await makeProduct(c, { sku: `TIE-${i}`, name: 'Same Name', brand: 'Acme', price: 250 });
    const total = (await c.ok('products.count', {})).count;
    expect(total).toBe(t.core.db.sqlite.prepare('select count(*) from products where archived_at is null').pluck().get());
    for (const sort of SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let after: string | undefined;
        for (let pages = 0; pages < 100; pages++) {
          const page = await c.ok('products.list', { sort, dir, limit: 13, ...(after ? { after } : {}) });
          seen.push(...page.rows.map((r) => r.id));
          if (page.next === null) break;
          after = page.next;
        }
        const d = dir === 'asc' ? 'asc' : 'desc';
        const order = COLUMNS[sort].split(', ').map((col) => `${col} ${d}`).join(', ');
        const expected = t.core.db.sqlite
          .prepare(`select id from products where archived_at is null order by ${order}, id ${d}`)
          .pluck()
          .all();
        expect(seen, `${sort} ${dir}`).toEqual(expected);
        expect(new Set(seen).size).toBe(total);
      }
    }
  });

  it('a forged cursor is refused as invalid input', async () => {
    const t = await demo();
    const c = await manager(t);
    const first = await c.ok('products.list', { limit: 5 });
    expect(first.next).not.toBeNull();
    const forge = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const forged = [
      'not a cursor!',
      '%%%',
      Buffer.from('{"v":1').toString('base64url'),
      forge([1, 2]),
      forge({ v: 1, s: 'price', d: 'asc', k: [1], i: 'x' }), // made for another sort
      forge({ v: 1, s: 'name', d: 'asc', k: [{ $gt: 1 }], i: 'x' }),
      forge({ v: 1, s: 'name', d: 'asc', k: ["'); drop table products; --"], i: 5 }),
      forge({ v: 1, s: 'name', d: 'asc', k: null, i: 'no-such-row' }),
      forge({ v: 2, s: 'name', d: 'asc', k: ['a'], i: 'x' }),
    ];
    for (const after of forged) {
      const r = await c.call('products.list', { limit: 5, after });
      expect(codeOf(r), after).toBe('invalid_input');
    }
    // The cursor of one sort order is not taken for another.
    expect(codeOf(await c.call('products.list', { limit: 5, sort: 'sku', after: first.next ?? '' }))).toBe('invalid_input');
    // A well-formed cursor pointing anywhere is just a place in the order.
    const anywhere = await c.ok('products.list', { limit: 5, after: forge({ v: 1, s: 'name', d: 'asc', k: ['M'], i: '0' }) });
    expect(anywhere.rows[0]?.name.startsWith('M') || (anywhere.rows[0]?.name ?? '') > 'M').toBe(true);
  });

  it('the category filter includes every subcategory', async () => {
    const t = await demo();
    const c = await manager(t);
    const root = await c.ok('categories.save', { name: 'Clothing' });
    const men = await c.ok('categories.save', { name: 'Men', parentId: root.id });
    const shirts = await c.ok('categories.save', { name: 'Shirts', parentId: men.id });
    const other = await c.ok('categories.save', { name: 'Toys' });
    await makeProduct(c, { sku: 'C-1', categoryId: root.id });
    await makeProduct(c, { sku: 'C-2', categoryId: men.id });
    await makeProduct(c, { sku: 'C-3', categoryId: shirts.id });
    await makeProduct(c, { sku: 'C-4', categoryId: other.id });
    const skus = async (categoryId: string) =>
      (await c.ok('products.list', { categoryId, sort: 'sku' })).rows.map((r) => r.sku);
    expect(await skus(root.id)).toEqual(['C-1', 'C-2', 'C-3']);
    expect(await skus(men.id)).toEqual(['C-2', 'C-3']);
    expect(await skus(shirts.id)).toEqual(['C-3']);
    expect((await c.ok('products.count', { categoryId: root.id })).count).toBe(3);
  });

  it('stock state follows on-hand and the reorder point', async () => {
    const t = await demo();
    const c = await manager(t);
    // Demo stock: Sourdough has 43, White Sliced Bread 20.
    const find = async (sku: string) => (await c.ok('products.list', { query: sku })).rows.find((r) => r.sku === sku);
    const sourdough = await find('BAK-001');
    const white = await find('BAK-002');
    if (!sourdough || !white) throw new Error('demo products missing');
    expect(sourdough.stockState).toBe('in_stock');
    const detail = await c.ok('products.get', { id: white.id });
    await c.ok('products.update', { ...formOf(detail), id: detail.id, version: detail.version, reorderPoint: 20_000 });
    const fresh = await makeProduct(c, { sku: 'NONE-1', reorderPoint: 5000 });
    expect((await find('BAK-002'))?.stockState).toBe('low');
    expect((await find('NONE-1'))?.stockState).toBe('out');
    const low = await c.ok('products.list', { stock: 'low', limit: 200 });
    expect(low.rows.map((r) => r.sku)).toContain('BAK-002');
    expect(low.rows.every((r) => r.stockState === 'low')).toBe(true);
    const out = await c.ok('products.list', { stock: 'out', limit: 200 });
    expect(out.rows.map((r) => r.id)).toContain(fresh.id);
    expect(out.rows.every((r) => r.onHand <= 0)).toBe(true);
    const inStock = await c.ok('products.count', { stock: 'in_stock' });
    const all = await c.ok('products.count', {});
    expect(inStock.count + low.rows.length + out.rows.length).toBe(all.count);
  });

  it('the query finds name word prefixes, a SKU prefix and an exact barcode', async () => {
    const t = await demo();
    const c = await manager(t);
    const names = async (query: string) => (await c.ok('products.list', { query, limit: 200 })).rows.map((r) => r.name);
    expect(await names('sourd')).toContain('Sourdough Loaf 800g');
    expect(await names('loaf sour')).toContain('Sourdough Loaf 800g');
    expect((await c.ok('products.list', { query: 'BAK-00' })).rows.length).toBeGreaterThan(1);
    expect(await names('5010029032307')).toEqual(['Sourdough Loaf 800g']);
    expect(await names('"*')).toEqual([]);
  });
});
