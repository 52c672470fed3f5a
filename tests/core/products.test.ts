import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pay, perTest, snapshot } from './harness';
import { cashier, codeOf, countRows, edit, makeProduct, manager, taxRate } from './product-fixtures';

const { demo } = perTest();
const SOURDOUGH = '5010029032307';

describe('products in the back office', () => {
  it('a cashier cannot manage the catalog', async () => {
    const t = await demo();
    const c = await cashier(t);
    const before = snapshot(t.core);
    expect(codeOf(await c.call('products.list', {}))).toBe('permission_denied');
    expect(codeOf(await c.call('products.create', { sku: 'X-1', name: 'X', price: 1, taxRateId: 'x' }))).toBe('permission_denied');
    expect(codeOf(await c.call('categories.save', { name: 'Nope' }))).toBe('permission_denied');
    expect(codeOf(await c.call('suppliers.list', {}))).toBe('permission_denied');
    expect(codeOf(await c.call('products.bulkEdit', { ids: ['a'], taxRateId: 'x' }))).toBe('permission_denied');
    expect(snapshot(t.core)).toEqual(before);
    // The till still reads the catalog: categories and images are catalog.read.
    expect(codeOf(await c.call('categories.tree', {}))).toBe('ok');
  });

  it('a new product is created with its fields, barcodes and supplier, and journaled', async () => {
    const t = await demo();
    const c = await manager(t);
    const sup = await c.ok('suppliers.save', { name: 'Acme Wholesale' });
    const journal = countRows(t, 'select count(*) from journal');
    const p = await makeProduct(c, {
      sku: 'NEW-1',
      name: '  Oat\u0007 Milk ',
      brand: 'Oaty',
      barcodes: ['96385074', 'INTERNAL-7'],
      ageRestricted: true,
      reorderPoint: 6000,
      reorderQty: 24_000,
      suppliers: [{ supplierId: sup.id, supplierCode: 'AC-77', cost: 80, packSize: 12_000, preferred: true }],
    });
    expect(p).toMatchObject({
      sku: 'NEW-1',
      name: 'Oat Milk',
      brand: 'Oaty',
      barcodes: ['96385074', 'INTERNAL-7'],
      ageRestricted: true,
      supplierId: sup.id,
      supplierName: 'Acme Wholesale',
      version: 1,
      stockState: 'out',
    });
    expect(p.suppliers).toEqual([
      { supplierId: sup.id, supplierName: 'Acme Wholesale', supplierCode: 'AC-77', cost: 80, packSize: 12_000, preferred: true },
    ]);
    expect(countRows(t, 'select count(*) from journal')).toBe(journal + 1);
    const entry = t.core.db.sqlite.prepare('select kind, payload from journal order by seq desc limit 1').get() as { kind: string; payload: string };
    expect(entry.kind).toBe('catalog.changed');
    expect(JSON.parse(entry.payload)).toMatchObject({ action: 'product.created', sku: 'NEW-1', staffName: 'Morgan Manager' });
    // The till scans it by its barcode.
    const till = await cashier(t);
    expect((await till.ok('catalog.lookup', { code: '96385074' })).ageRestricted).toBe(true);
  });

  it('a SKU already used is refused, naming the product', async () => {
    const t = await demo();
    const c = await manager(t);
    const r = await c.call('products.create', { sku: 'BAK-001', name: 'Another', price: 1, taxRateId: await taxRate(c) });
    expect(codeOf(r)).toBe('sku_taken');
    expect(r.ok ? '' : r.error.message).toContain('Sourdough Loaf 800g');
  });

  it('a barcode with a bad check digit is refused', async () => {
    const t = await demo();
    const c = await manager(t);
    const before = snapshot(t.core);
    for (const code of ['96385075', '036000291453', '5901234123458', '15901234123453']) {
      const r = await c.call('products.create', { sku: `BAD-${code}`, name: 'Bad', price: 1, taxRateId: await taxRate(c), barcodes: [code] });
      expect(codeOf(r), code).toBe('bad_check_digit');
    }
    expect(snapshot(t.core)).toEqual(before);
    expect(countRows(t, "select count(*) from products where sku like 'BAD-%'")).toBe(0);
    // Codes of other lengths carry no check digit to test.
    await makeProduct(c, { sku: 'OK-1', barcodes: ['12345', 'ABC-123'] });
  });

  it('a barcode already on another product is refused, naming it', async () => {
    const t = await demo();
    const c = await manager(t);
    const r = await c.call('products.create', { sku: 'DUP-1', name: 'Dup', price: 1, taxRateId: await taxRate(c), barcodes: [SOURDOUGH] });
    expect(codeOf(r)).toBe('barcode_taken');
    expect(r.ok ? '' : r.error.message).toContain('Sourdough Loaf 800g');
    // A UPC-A is the same item as its EAN-13 with a leading zero.
    await makeProduct(c, { sku: 'UPC-1', barcodes: ['036000291452'] });
    const upc = await c.call('products.create', { sku: 'UPC-2', name: 'U', price: 1, taxRateId: await taxRate(c), barcodes: ['0036000291452'] });
    expect(codeOf(upc)).toBe('barcode_taken');
  });

  it('a stale edit is refused and changes nothing', async () => {
    const t = await demo();
    const a = await manager(t);
    const b = await manager(t);
    const p = await makeProduct(a, { sku: 'STALE-1', name: 'Tea', price: 300 });
    const first = await a.ok('products.update', edit(p, { name: 'Green Tea' }));
    expect(first.version).toBe(2);
    const journal = countRows(t, 'select count(*) from journal');
    const stale = await b.call('products.update', edit(p, { name: 'Black Tea', price: 999 }));
    expect(codeOf(stale)).toBe('product_changed');
    const now = await a.ok('products.get', { id: p.id });
    expect(now).toMatchObject({ name: 'Green Tea', price: 300, version: 2 });
    expect(countRows(t, 'select count(*) from journal')).toBe(journal);
    expect(countRows(t, 'select count(*) from price_changes')).toBe(0);
  });

  it('the product rules: weight only in kg, a variant under a current main product with a label, existing tax rate and category', async () => {
    const t = await demo();
    const c = await manager(t);
    const code = async (fields: Parameters<typeof makeProduct>[1]) =>
      codeOf(await c.call('products.create', { name: 'X', price: 1, taxRateId: await taxRate(c), ...fields }));
    expect(await code({ sku: 'W-1', unit: 'each', soldByWeight: true })).toBe('invalid_input');
    expect(await code({ sku: 'W-2', unit: 'kg', soldByWeight: true })).toBe('ok');
    expect(await code({ sku: 'T-1', taxRateId: 'no-such-rate' })).toBe('not_found');
    expect(await code({ sku: 'T-2', categoryId: 'no-such-category' })).toBe('not_found');
    expect(await code({ sku: 'R-1', reorderQty: 0 })).toBe('invalid_input');
    const shirt = await makeProduct(c, { sku: 'SHIRT' });
    expect(await code({ sku: 'V-1', parentId: shirt.id })).toBe('invalid_input');
    expect(await code({ sku: 'V-2', parentId: 'nobody' , variantLabel: 'M' })).toBe('not_found');
    const m = await makeProduct(c, { sku: 'SHIRT-M', parentId: shirt.id, variantLabel: 'M / Blue' });
    expect(await code({ sku: 'V-3', parentId: m.id, variantLabel: 'XL' })).toBe('invalid_input');
    expect((await c.ok('products.get', { id: shirt.id })).variants.map((v) => v.variantLabel)).toEqual(['M / Blue']);
    const sup = await c.ok('suppliers.save', { name: 'S1' });
    const sup2 = await c.ok('suppliers.save', { name: 'S2' });
    expect(
      await code({
        sku: 'S-1',
        suppliers: [
          { supplierId: sup.id, preferred: true },
          { supplierId: sup2.id, preferred: true },
        ],
      }),
    ).toBe('invalid_input');
    expect(await code({ sku: 'S-2', suppliers: [{ supplierId: 'none' }] })).toBe('not_found');
  });

  it('a product with history is archived, never deleted, and can no longer be sold', async () => {
    const t = await demo();
    const c = await manager(t);
    const shirt = await makeProduct(c, { sku: 'ARC', name: 'Archivable Shirt', barcodes: ['96385074'] });
    const variant = await makeProduct(c, { sku: 'ARC-M', parentId: shirt.id, variantLabel: 'M' });
    const till = await cashier(t);
    // It has history: a sale.
    await till.ok('cart.scan', { code: '96385074' });
    await pay(till, 100);
    const archived = await c.ok('products.archive', { id: shirt.id });
    expect(archived.archived).toBe(true);
    expect((await c.ok('products.get', { id: variant.id })).archived).toBe(true);
    expect(countRows(t, 'select count(*) from products where id = ?', shirt.id)).toBe(1);
    // Gone from the table's current view and from the till.
    expect((await c.ok('products.list', { query: 'ARC' })).rows).toEqual([]);
    expect((await c.ok('products.list', { query: 'ARC', status: 'archived' })).rows.map((r) => r.sku).sort()).toEqual(['ARC', 'ARC-M']);
    expect(codeOf(await till.call('catalog.lookup', { code: '96385074' }))).toBe('not_found');
    expect((await till.ok('catalog.search', { query: 'Archivable' })).map((p) => p.sku)).toEqual([]);
    expect(codeOf(await till.call('cart.scan', { code: '96385074' }))).toBe('inactive_product');
    expect(codeOf(await till.call('cart.addProduct', { productId: shirt.id }))).toBe('inactive_product');
    // A variant comes back only after its main product.
    expect(codeOf(await c.call('products.restore', { id: variant.id }))).toBe('invalid_input');
    await c.ok('products.restore', { id: shirt.id });
    expect((await till.ok('catalog.lookup', { code: '96385074' })).sku).toBe('ARC');
  });

  it('a duplicate has a new SKU, "(copy)" in its name, no barcodes, no stock and the same suppliers', async () => {
    const t = await demo();
    const c = await manager(t);
    const sup = await c.ok('suppliers.save', { name: 'Dairy Co' });
    const src = await makeProduct(c, {
      sku: 'DUPSRC',
      name: 'Cheddar',
      price: 450,
      barcodes: ['96385074'],
      suppliers: [{ supplierId: sup.id, supplierCode: 'CH', preferred: true }],
    });
    const copy = await c.ok('products.duplicate', { id: src.id, sku: 'DUPSRC-2' });
    expect(copy).toMatchObject({ sku: 'DUPSRC-2', name: 'Cheddar (copy)', price: 450, barcodes: [], onHand: 0, supplierId: sup.id });
    const named = await c.ok('products.duplicate', { id: src.id, sku: 'DUPSRC-3', name: 'Red Cheddar' });
    expect(named.name).toBe('Red Cheddar');
    expect(codeOf(await c.call('products.duplicate', { id: src.id, sku: 'DUPSRC-2' }))).toBe('sku_taken');
  });

  it('generateBarcode makes an unused in-store EAN-13 under a prefix the label rules leave free', async () => {
    const t = await demo();
    const c = await manager(t);
    const rules = await c.ok('labels.get');
    const claimed = new Set(rules.map((r) => r.prefix));
    const free = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'].find((p) => !claimed.has(p));
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { code } = await c.ok('products.generateBarcode', {});
      expect(code).toMatch(/^\d{13}$/);
      expect(code.startsWith(free ?? 'none')).toBe(true);
      codes.add(code);
    }
    expect(codes.size).toBe(20);
    const [first] = [...codes];
    await makeProduct(c, { sku: 'GEN-1', barcodes: [first ?? ''] });
  });

  it('an image must be the type it claims and at most 2 MB', async () => {
    const t = await demo();
    const c = await manager(t);
    const p = await makeProduct(c, { sku: 'IMG-1' });
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    const jpg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 2)]);
    const wrong = await c.call('products.setImage', { id: p.id, type: 'image/jpeg', data: png.toString('base64') });
    expect(codeOf(wrong)).toBe('invalid_input');
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]);
    expect(codeOf(await c.call('products.setImage', { id: p.id, type: 'image/png', data: big.toString('base64') }))).toBe('invalid_input');
    expect(codeOf(await c.call('products.setImage', { id: p.id, type: 'image/png', data: 'not base64!' }))).toBe('invalid_input');
    const dir = path.join(t.dataDir, 'images');
    expect(fs.existsSync(path.join(dir, `${p.id}.png`))).toBe(false);
    const set = await c.ok('products.setImage', { id: p.id, type: 'image/png', data: png.toString('base64') });
    expect(set.image).toBe(`${p.id}.png`);
    expect(await (await cashier(t)).ok('products.image', { id: p.id })).toEqual({ type: 'image/png', data: png.toString('base64') });
    // A new image of another type replaces the old file; no temp files are left.
    await c.ok('products.setImage', { id: p.id, type: 'image/jpeg', data: jpg.toString('base64') });
    expect(fs.readdirSync(dir)).toEqual([`${p.id}.jpg`]);
    await c.ok('products.setImage', { id: p.id, type: null, data: null });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(await c.ok('products.image', { id: p.id })).toBeNull();
  });
});
