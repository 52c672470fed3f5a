/**
 * Catalog import through the router: a dry run reports every bad row and writes nothing;
 * an import is all or nothing, can be cancelled, survives a crash, updates by SKU or
 * barcode, remembers a file layout's mapping, and never stops the till selling.
 */
import { describe, expect, it } from 'vitest';
import { perTest, type TestCore } from './harness';
import { badEan, catalogState, ean, finished, goodRows, HEADER, uploadCsv } from './catalog-io-fixtures';

const { demo } = perTest();

async function manager(t: TestCore) {
  const c = t.connect();
  await c.ok('session.login', { pin: '9999' });
  return c;
}

const count = (t: TestCore, q: string) => t.core.db.sqlite.prepare(q).pluck().get() as number;

describe('catalog import', () => {
  it('a dry run reports every bad row with its reason and writes nothing', async () => {
    const t = await demo();
    const m = await manager(t);
    const before = catalogState(t.core.db.sqlite);
    const journal = count(t, 'select count(*) from journal');
    const rows = [...goodRows(3), `BAD-1,No price,${ean(900)},Pantry,,,A,each,1`, `BAD-2,Bad digit,${badEan(901)},Pantry,1.00,,A,each,1`, ...goodRows(2, 10)];
    const file = await uploadCsv(m, [HEADER, ...rows].join('\n'));
    const report = await m.ok('catalogio.dryRun', { uploadId: file.uploadId, mapping: file.mapping });
    expect(report).toMatchObject({ rows: 7, creates: 5, updates: 0, more: 0 });
    expect(report.issues.map((i) => [i.row, i.column])).toEqual([
      [5, 'Price'],
      [6, 'Barcode'],
    ]);
    expect(report.issues[0]?.message).toMatch(/needs a price/);
    expect(catalogState(t.core.db.sqlite)).toEqual(before);
    expect(count(t, 'select count(*) from journal')).toBe(journal);
  });

  it('a bad check digit, a duplicate SKU or barcode, an unknown category or tax rate and a bad price are each reported', async () => {
    const t = await demo();
    const m = await manager(t);
    const rows = [
      `A-1,Good,${ean(1)},Pantry,1.00,,A,each,0`,
      `A-2,Bad digit,${badEan(2)},Pantry,1.00,,A,each,0`,
      `A-1,Same SKU,${ean(3)},Pantry,1.00,,A,each,0`,
      `A-4,Same barcode,${ean(1)},Pantry,1.00,,A,each,0`,
      `A-5,Barcode of a demo product,5010029032307,Pantry,1.00,,A,each,0`,
      `BAK-002,SKU of a demo product but another's barcode,5449000004178,Bakery,1.00,,B,each,0`,
      `A-7,Unknown category,${ean(7)},Spaceships,1.00,,A,each,0`,
      `A-8,Unknown tax,${ean(8)},Pantry,1.00,,Q,each,0`,
      `A-9,Bad price,${ean(9)},Pantry,1.2.3,,A,each,0`,
      `A-10,Negative price,${ean(10)},Pantry,-1,,A,each,0`,
      `A-11,Too many decimals,${ean(11)},Pantry,1.005,,A,each,0`,
      `A-12,Half an each,${ean(12)},Pantry,1.00,,A,each,0.5`,
      `,,,Pantry,1.00,,A,each,0`,
    ];
    const file = await uploadCsv(m, [HEADER, ...rows].join('\n'));
    const report = await m.ok('catalogio.dryRun', { uploadId: file.uploadId, mapping: file.mapping });
    const by = (row: number) => report.issues.filter((i) => i.row === row).map((i) => `${i.column}: ${i.message}`).join(' / ');
    expect(by(2)).toBe('');
    expect(by(3)).toMatch(/Barcode: .*not a valid barcode.*check digit/);
    expect(by(4)).toMatch(/SKU: SKU A-1 is also on row 2/);
    expect(by(5)).toMatch(/Barcode: Barcode \d+ is also on row 2/);
    expect(by(6)).toMatch(/already belongs to the product with SKU BAK-001/);
    expect(by(7)).toMatch(/already belongs to the product with SKU DRK-/);
    expect(by(8)).toMatch(/Category: Unknown category "Spaceships"/);
    expect(by(9)).toMatch(/Tax: Unknown tax rate "Q"/);
    expect(by(10)).toMatch(/Price: .*not a number/);
    expect(by(11)).toMatch(/Price: The price cannot be negative/);
    expect(by(12)).toMatch(/Price: .*more than 2 decimal places/);
    expect(by(13)).toMatch(/Stock: .*whole number/);
    expect(by(14)).toMatch(/neither a SKU nor a barcode|needs a name/);
    expect(report.creates + report.updates).toBe(1);
  });

  it("an import takes barcodes by the product form's rules: a shop's own code passes, a UPC-A whose EAN-13 is on another product does not", async () => {
    const t = await demo();
    const m = await manager(t);
    const taxRateId = (await m.ok('catalog.taxRates'))[0]?.id ?? '';
    await m.ok('products.create', { sku: 'UPC-1', name: 'Tissues', price: 199, taxRateId, barcodes: ['0036000291452'] });
    const rows = [`OWN-1,Own code,SHOP-CODE-7,Pantry,1.00,,A,each,1`, `UPC-2,Twin,036000291452,Pantry,1.00,,A,each,1`];
    const file = await uploadCsv(m, [HEADER, ...rows].join('\n'));
    const report = await m.ok('catalogio.dryRun', { uploadId: file.uploadId, mapping: file.mapping });
    expect(report.issues.map((i) => [i.row, i.column])).toEqual([[3, 'Barcode']]);
    expect(report.issues[0]?.message).toMatch(/already belongs to the product with SKU UPC-1/);
  });

  it('an import is all or nothing', async () => {
    const t = await demo();
    const m = await manager(t);
    const before = catalogState(t.core.db.sqlite);
    // 2,500 rows, three batches; the last row is bad, so nothing of the first 2,499 is written.
    const rows = [...goodRows(2499), `LAST,Bad,${badEan(99_999)},Pantry,1.00,,A,each,1`];
    const bad = await uploadCsv(m, [HEADER, ...rows].join('\n'));
    const refused = await m.ok('catalogio.import', { uploadId: bad.uploadId, mapping: bad.mapping });
    const end = await finished(m, refused.id);
    expect(end).toMatchObject({ status: 'failed', created: 0 });
    expect(end.issues.map((i) => i.row)).toEqual([2501]);
    expect(catalogState(t.core.db.sqlite)).toEqual(before);

    const good = await uploadCsv(m, [HEADER, ...goodRows(2500)].join('\n'));
    const job = await m.ok('catalogio.import', { uploadId: good.uploadId, mapping: good.mapping });
    expect(await finished(m, job.id)).toMatchObject({ status: 'done', created: 2500, updated: 0 });
    expect(count(t, "select count(*) from products where sku like 'IMP-%' and active = 1")).toBe(2500);
    expect(count(t, "select count(*) from barcodes b join products p on p.id = b.product_id where p.sku like 'IMP-%'")).toBe(2500);
    // Opening stock is a document: stock levels follow the movements.
    const stock = t.core.db.sqlite.prepare("select s.on_hand from stock_levels s join products p on p.id = s.product_id where p.sku = 'IMP-6'").pluck().get();
    expect(stock).toBe(6000);
    expect(count(t, "select count(*) from journal where kind = 'catalog.imported'")).toBe(2);
    expect(count(t, 'select count(*) from import_changes')).toBe(0);
    expect(await m.ok('journal.verify', {})).toMatchObject({ intact: true });
  });

  it('an import updates existing products by SKU or barcode', async () => {
    const t = await demo();
    const m = await manager(t);
    const csv = [
      'SKU,Barcode,Name,Price',
      'BAK-001,,Sourdough Loaf (large),3.50',
      ',5449000004178,,0.95',
      `NEW-1,${ean(5)},A new thing,2.00`,
    ].join('\n');
    const file = await uploadCsv(m, csv, 'prices.csv');
    expect(await m.ok('catalogio.dryRun', { uploadId: file.uploadId, mapping: file.mapping })).toMatchObject({ creates: 1, updates: 2, issues: [] });
    const job = await m.ok('catalogio.import', { uploadId: file.uploadId, mapping: file.mapping });
    expect(await finished(m, job.id)).toMatchObject({ status: 'done', created: 1, updated: 2 });
    const row = (sql: string) => t.core.db.sqlite.prepare(sql).get() as Record<string, unknown>;
    expect(row("select name, price, category_id is not null as cat from products where sku = 'BAK-001'")).toEqual({ name: 'Sourdough Loaf (large)', price: 350, cat: 1 });
    const cola = row("select p.name, p.price, p.id from products p join barcodes b on b.product_id = p.id where b.code = '5449000004178'");
    expect(cola.price).toBe(95);
    expect(cola.name).not.toBe('');
    // A new price is a price change document, old and new, by whom.
    const changes = t.core.db.sqlite.prepare('select old_price, new_price, staff_id is not null as who from price_changes order by new_price').all();
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ new_price: 95, who: 1 });
    expect(changes[1]).toMatchObject({ old_price: 325, new_price: 350 });
    expect(count(t, "select count(*) from products where sku = 'BAK-001'")).toBe(1);
  });

  it('the mapping of a file layout is remembered', async () => {
    const t = await demo();
    const m = await manager(t);
    const csv = ['Artikel,Bezeichnung,EAN,Verkaufspreis', `X-1,Thing,${ean(1)},1.00`].join('\n');
    const first = await uploadCsv(m, csv);
    expect(first.remembered).toBe(false);
    expect(first.mapping).toEqual([null, null, 'barcodes', null]);
    const confirmed = ['sku', 'name', 'barcodes', 'price'] as const;
    await m.ok('catalogio.dryRun', { uploadId: first.uploadId, mapping: [...confirmed] });
    // Another file of the same layout, headers spelled a little differently.
    const again = await uploadCsv(m, ['artikel ,BEZEICHNUNG,ean,Verkaufspreis', `X-2,Other,${ean(2)},2.00`].join('\n'));
    expect(again).toMatchObject({ remembered: true, mapping: confirmed });
    const other = await uploadCsv(m, ['Artikel,EAN', `X-3,${ean(3)}`].join('\n'));
    expect(other.remembered).toBe(false);
  });

  it('a cashier is refused', async () => {
    const t = await demo();
    const c = t.connect();
    await c.ok('session.login', { pin: '1111' });
    const r = await c.call('catalogio.upload', { name: 'x.csv', data: '', last: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'permission_denied' } });
    expect(await c.call('catalogio.export', { kind: 'products', format: 'csv' })).toMatchObject({ ok: false, error: { code: 'permission_denied' } });
  });
});
