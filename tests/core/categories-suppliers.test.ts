import { describe, expect, it } from 'vitest';
import { perTest } from './harness';
import { cashier, codeOf, edit, makeProduct, manager } from './product-fixtures';

const { demo } = perTest();

describe('the category tree', () => {
  it('a category cannot be moved under itself or its children', async () => {
    const t = await demo();
    const c = await manager(t);
    const food = await c.ok('categories.save', { name: 'Food' });
    const fresh = await c.ok('categories.save', { name: 'Fresh', parentId: food.id });
    const herbs = await c.ok('categories.save', { name: 'Herbs', parentId: fresh.id });
    const move = (id: string, name: string, parentId: string) => c.call('categories.save', { id, name, parentId });
    expect(codeOf(await move(food.id, 'Food', food.id))).toBe('category_cycle');
    expect(codeOf(await move(food.id, 'Food', fresh.id))).toBe('category_cycle');
    expect(codeOf(await move(food.id, 'Food', herbs.id))).toBe('category_cycle');
    expect((await c.ok('categories.tree', {})).find((x) => x.id === food.id)?.parentId).toBeNull();
    // Moving a branch elsewhere is fine, and the tree lists each parent before its children.
    const other = await c.ok('categories.save', { name: 'Other' });
    await c.ok('categories.save', { id: fresh.id, name: 'Fresh', parentId: other.id });
    const names = (await c.ok('categories.tree', {})).map((x) => x.name);
    expect(names.indexOf('Other')).toBeLessThan(names.indexOf('Fresh'));
    expect(names.indexOf('Fresh')).toBe(names.indexOf('Herbs') - 1);
    expect(codeOf(await c.call('categories.save', { name: 'Other' }))).toBe('invalid_input');
  });

  it('a category is archived only when it holds no current products or categories', async () => {
    const t = await demo();
    const c = await manager(t);
    const parent = await c.ok('categories.save', { name: 'Seasonal' });
    const child = await c.ok('categories.save', { name: 'Xmas', parentId: parent.id });
    const p = await makeProduct(c, { sku: 'XMAS-1', categoryId: child.id });
    expect(codeOf(await c.call('categories.archive', { id: parent.id }))).toBe('category_in_use');
    expect(codeOf(await c.call('categories.archive', { id: child.id }))).toBe('category_in_use');
    await c.ok('products.archive', { id: p.id });
    expect((await c.ok('categories.archive', { id: child.id })).archived).toBe(true);
    expect((await c.ok('categories.archive', { id: parent.id })).archived).toBe(true);
    expect((await c.ok('categories.tree', {})).map((x) => x.name)).not.toContain('Seasonal');
    expect((await c.ok('categories.tree', { includeArchived: true })).map((x) => x.name)).toContain('Seasonal');
    // Gone from the till's tiles; no product can be put in it.
    expect((await (await cashier(t)).ok('catalog.categories')).map((x) => x.name)).not.toContain('Seasonal');
    const detail = await c.ok('products.restore', { id: p.id });
    expect(codeOf(await c.call('products.update', edit(detail, { categoryId: child.id, name: 'Moved' })))).toBe('invalid_input');
  });
});

describe('suppliers', () => {
  it('suppliers are saved, found by name, counted by product and archived', async () => {
    const t = await demo();
    const c = await manager(t);
    const acme = await c.ok('suppliers.save', {
      name: 'Acme\u0007 Foods',
      contactName: 'Wile E.',
      phone: '+44 20 7946 0000',
      email: 'orders@acme.example',
      address: '1 Road\nTown',
    });
    expect(acme).toMatchObject({ name: 'Acme Foods', contactName: 'Wile E.', address: '1 Road\nTown', productCount: 0 });
    await c.ok('suppliers.save', { name: 'Bolt Drinks' });
    await makeProduct(c, { sku: 'SUP-1', suppliers: [{ supplierId: acme.id, preferred: true }] });
    const list = await c.ok('suppliers.list', {});
    expect(list.map((s) => s.name)).toEqual(['Acme Foods', 'Bolt Drinks']);
    expect(list[0]?.productCount).toBe(1);
    expect((await c.ok('suppliers.list', { query: 'bolt' })).map((s) => s.name)).toEqual(['Bolt Drinks']);
    expect((await c.ok('products.list', { supplierId: acme.id })).rows.map((r) => r.sku)).toEqual(['SUP-1']);
    const edited = await c.ok('suppliers.save', { id: acme.id, name: 'Acme Foods Ltd' });
    expect(edited.name).toBe('Acme Foods Ltd');
    await c.ok('suppliers.archive', { id: acme.id });
    expect((await c.ok('suppliers.list', {})).map((s) => s.name)).toEqual(['Bolt Drinks']);
    expect((await c.ok('suppliers.list', { includeArchived: true })).length).toBe(2);
    expect(codeOf(await c.call('suppliers.save', { id: 'nobody', name: 'X' }))).toBe('not_found');
    expect(codeOf(await c.call('suppliers.save', { name: 'Bad', email: 'not-mail' }))).toBe('invalid_input');
  });
});

describe('the till and measured goods', () => {
  it('a product in litres, metres, or kg not sold by weight needs a keyed quantity', async () => {
    const t = await demo();
    const c = await manager(t);
    await makeProduct(c, { sku: 'LTR', name: 'Milk by the litre', unit: 'l' });
    await makeProduct(c, { sku: 'MTR', name: 'Rope', unit: 'm' });
    await makeProduct(c, { sku: 'KGP', name: 'Sack of rice', unit: 'kg' });
    await makeProduct(c, { sku: 'KGW', name: 'Loose apples', unit: 'kg', soldByWeight: true });
    const till = await cashier(t);
    for (const sku of ['LTR', 'MTR', 'KGP']) {
      const r = await till.call('cart.scan', { code: sku });
      expect(codeOf(r), sku).toBe('qty_required');
      expect(r.ok ? '' : r.error.message).toContain('Key how much of');
    }
    expect(codeOf(await till.call('cart.scan', { code: 'KGW' }))).toBe('weight_required');
    const product = await till.ok('catalog.lookup', { code: 'KGW' });
    expect(product).toMatchObject({ soldByWeight: true, ageRestricted: false });
  });
});
