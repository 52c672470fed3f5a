/** Catalog export through the router: products, stock and movements, as CSV and XLSX; an XLSX imports back. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportFormat, ExportKind } from '../../shared/domain/catalog-io';
import { uploadFile } from './catalog-io-fixtures';
import { demoBarcodes, pay, perTest, type Connection } from './harness';

const { demo } = perTest();

async function download(c: Connection, kind: ExportKind, format: ExportFormat, range: { from?: string; to?: string } = {}) {
  const made = await c.ok('catalogio.export', { kind, format, ...range });
  const parts: Buffer[] = [];
  for (let offset: number | null = 0; offset !== null; ) {
    const chunk: { data: string; next: number | null } = await c.ok('catalogio.download', { exportId: made.exportId, offset });
    parts.push(Buffer.from(chunk.data, 'base64'));
    offset = chunk.next;
  }
  const bytes = Buffer.concat(parts);
  expect(bytes.length).toBe(made.bytes);
  return { made, bytes };
}

const csvLines = (b: Buffer) => b.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');

async function xlsxRows(b: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(b as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((r) => rows.push(Array.from((r.values as unknown[]).slice(1), (v) => String(v ?? ''))));
  return rows;
}

describe('catalog export', () => {
  it('exports list every product, stock level and movement, in CSV and XLSX', async () => {
    const t = await demo();
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: demoBarcodes(1)[0] ?? '' });
    await pay(till, 100_000);
    const m = t.connect();
    await m.ok('session.login', { pin: '9999' });
    const sqlite = t.core.db.sqlite;
    const products = sqlite.prepare('select count(*) from products where archived_at is null').pluck().get() as number;
    const stocked = sqlite.prepare('select count(*) from products where archived_at is null and gift_card = 0').pluck().get() as number;
    const movements = sqlite.prepare('select count(*) from stock_movements').pluck().get() as number;

    const p = await download(m, 'products', 'csv');
    const lines = csvLines(p.bytes);
    expect(lines[0]).toBe('SKU,Name,Barcodes,Category,Brand,Price,Cost,Tax,Unit,Sold by weight,Age restricted,Reorder point,Reorder qty,Supplier,Supplier code,Active');
    expect(lines).toHaveLength(products + 1);
    expect(lines.find((l) => l.startsWith('BAK-001,'))).toMatch(/^BAK-001,Sourdough Loaf 800g,5010029032307,Bakery,,3\.25,1\.79,B,each,no,no,,,,,yes$/);
    expect(p.made).toMatchObject({ rows: products, fileName: expect.stringMatching(/^tillbox-products-\d{4}-\d{2}-\d{2}\.csv$/) });

    const s = await download(m, 'stock', 'csv');
    expect(csvLines(s.bytes)).toHaveLength(stocked + 1);
    expect(csvLines(s.bytes)[0]).toBe('SKU,Name,Unit,Location,On hand,Average cost,Value at cost,Last movement');
    // Sourdough: 43 opened, one sold, 42 on the shop floor at its cost price 1.79: 75.18.
    expect(csvLines(s.bytes).find((l) => l.startsWith('BAK-001,'))).toMatch(/^BAK-001,Sourdough Loaf 800g,each,Shop floor,42,1\.79,75\.18,/);
    const mv = await download(m, 'movements', 'csv');
    expect(csvLines(mv.bytes)).toHaveLength(movements + 1);
    expect(csvLines(mv.bytes).some((l) => l.includes(',-1,sale,sale.completed,'))).toBe(true);
    expect(csvLines(mv.bytes)[0]).toBe('Date,SKU,Name,Change,Reason,Document,Document id,Till,Location,Batch,Expires,Unit cost,By,Note');
    // The sale's movement names where it left from and who sold it.
    expect(csvLines(mv.bytes).find((l) => l.includes(',-1,sale,sale.completed,'))).toMatch(/,T01,Shop floor,,,1\.79,Casey Cashier,$/);
    const none = await download(m, 'movements', 'csv', { from: '2000-01-01', to: '2000-01-02' });
    expect(csvLines(none.bytes)).toHaveLength(1);

    const px = await xlsxRows((await download(m, 'products', 'xlsx')).bytes);
    expect(px).toHaveLength(products + 1);
    expect(px.find((r) => r[0] === 'BAK-001')?.slice(0, 6)).toEqual(['BAK-001', 'Sourdough Loaf 800g', '5010029032307', 'Bakery', '', '3.25']);
    expect(await xlsxRows((await download(m, 'stock', 'xlsx')).bytes)).toHaveLength(stocked + 1);
    expect(await xlsxRows((await download(m, 'movements', 'xlsx')).bytes)).toHaveLength(movements + 1);
  });

  it('an exported XLSX imports back as updates of the same products, with no issue', async () => {
    const t = await demo();
    const m = t.connect();
    await m.ok('session.login', { pin: '9999' });
    const { bytes } = await download(m, 'products', 'xlsx');
    const file = await uploadFile(m, 'catalog.xlsx', bytes);
    expect(file.format).toBe('xlsx');
    expect(file.mapping).toEqual(['sku', 'name', 'barcodes', 'category', 'brand', 'price', 'cost', 'tax', 'unit', 'soldByWeight', 'ageRestricted', 'reorderPoint', 'reorderQty', 'supplier', 'supplierCode', 'active']);
    const report = await m.ok('catalogio.dryRun', { uploadId: file.uploadId, mapping: file.mapping });
    expect(report).toMatchObject({ creates: 0, updates: file.rows, issues: [] });
  });
});
