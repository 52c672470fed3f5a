import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogCsv, type CatalogCsvOptions } from '../../electron/core/catalog/csv';
import { parseDecimal } from '../../electron/core/catalog/decimal';
import { isValidGtin } from '../../shared/barcode';

const opts: CatalogCsvOptions = { currencyExponent: 2, taxCodes: ['A', 'B'], validateBarcode: isValidGtin };
const HEADER = 'barcode,sku,name,category,price,cost,tax,unit,stock';
const csv = (...lines: string[]): string => lines.join('\n');

describe('catalog CSV', () => {
  it('a price is read as minor units without floating point', () => {
    // 0.29 * 100 and 1.15 * 100 are the classic float traps.
    const { rows, issues } = parseCatalogCsv(
      csv(HEADER, '5000112004175,,Gum,,0.29,,,,', '4006381333931,,Mints,,1.15,0.1,,,', '96385074,,Water,,2,,,,'),
      opts,
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.price, r.cost])).toEqual([
      [29, null],
      [115, 10],
      [200, null],
    ]);
  });

  it('money follows the currency exponent: a yen price has no decimals', () => {
    const yen = { ...opts, currencyExponent: 0 };
    expect(parseCatalogCsv(csv('barcode,name,price', '5000112004175,Onigiri,150'), yen).rows[0]?.price).toBe(150);
    expect(parseCatalogCsv(csv('barcode,name,price', '5000112004175,Onigiri,150.5'), yen).issues).toMatchObject([{ line: 2, column: 'price' }]);
  });

  it('more decimals than the currency has is an issue, not a rounding', () => {
    const { rows, issues } = parseCatalogCsv(csv('barcode,name,price', '5000112004175,Gum,2.499'), opts);
    expect(rows).toEqual([]);
    expect(issues).toEqual([{ line: 2, column: 'price', message: '"2.499" has more than 2 decimal places.' }]);
  });

  it('a comma decimal is accepted only where it cannot be a thousands separator', () => {
    expect(parseDecimal('2,49', 2)).toEqual({ ok: true, value: 249 });
    expect(parseDecimal('1,5', 3)).toEqual({ ok: true, value: 1500 });
    expect(parseDecimal('1,250', 3).ok).toBe(false);
    expect(parseDecimal('1,234.50', 2).ok).toBe(false);
    expect(parseDecimal('1.234,50', 2).ok).toBe(false);
    expect(parseDecimal('£2.49', 2).ok).toBe(false);
    expect(parseDecimal('-0', 2)).toEqual({ ok: true, value: 0 });
  });

  it('a negative price is rejected', () => {
    const { rows, issues } = parseCatalogCsv(csv('barcode,name,price', '5000112004175,Gum,-1.00'), opts);
    expect(rows).toEqual([]);
    expect(issues).toMatchObject([{ line: 2, column: 'price' }]);
  });

  it('stock is read in thousandths, and a product sold each is counted in whole units', () => {
    const { rows, issues } = parseCatalogCsv(
      csv('barcode,name,price,unit,stock', '2100001000004,Bananas,1.10,kg,12.5', '5000112004175,Gum,0.50,each,24', '4006381333931,Mints,0.50,each,1.5'),
      opts,
    );
    expect(rows.map((r) => [r.unit, r.stock])).toEqual([
      ['kg', 12500],
      ['each', 24000],
    ]);
    expect(issues).toMatchObject([{ line: 4, column: 'stock' }]);
  });

  it('a row with a bad cell is reported with its line and left out', () => {
    const { rows, issues } = parseCatalogCsv(
      csv(HEADER, '5000112004175,G-1,Gum,Snacks,0.50,0.20,A,each,10', '4006381333931,M-1,Mints,Snacks,abc,0.20,Z,box,10', '96385074,W-1,Water,Drinks,0.80,,A,each,5'),
      opts,
    );
    expect(rows.map((r) => r.sku)).toEqual(['G-1', 'W-1']);
    // Every bad cell of the row is reported at once, so one pass fixes the file.
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [3, 'price'],
      [3, 'tax'],
      [3, 'unit'],
    ]);
  });

  it('duplicate barcodes in one file are rejected on the later line', () => {
    const { rows, issues } = parseCatalogCsv(
      csv(HEADER, '5000112004175,G-1,Gum,,0.50,,,,', '4006381333931,M-1,Mints,,0.50,,,,', '4006381333931|96385074,W-1,Water,,0.80,,,,'),
      opts,
    );
    expect(rows.map((r) => r.sku)).toEqual(['G-1', 'M-1']);
    expect(issues).toEqual([{ line: 4, column: 'barcode', message: 'Barcode 4006381333931 is already used on line 3.' }]);
  });

  it('duplicate SKUs in one file are rejected on the later line', () => {
    const { rows, issues } = parseCatalogCsv(csv(HEADER, '5000112004175,G-1,Gum,,0.50,,,,', '4006381333931,G-1,Mints,,0.50,,,,'), opts);
    expect(rows.map((r) => r.name)).toEqual(['Gum']);
    expect(issues).toMatchObject([{ line: 3, column: 'sku' }]);
  });

  it('a barcode with a wrong check digit is rejected', () => {
    const { rows, issues } = parseCatalogCsv(csv('barcode,name,price', '5000112004176,Gum,0.50'), opts);
    expect(rows).toEqual([]);
    expect(issues).toMatchObject([{ line: 2, column: 'barcode' }]);
  });

  it('only barcode, name and price are required; the rest have defaults', () => {
    const { rows, issues } = parseCatalogCsv(csv('Name,BARCODE,Price,Shelf', 'Gum,5000112004175,0.50,top'), opts);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, barcodes: ['5000112004175'], sku: '5000112004175', name: 'Gum', category: null, price: 50, cost: null, taxCode: 'A', unit: 'each', stock: 0 },
    ]);
    expect(parseCatalogCsv(csv('barcode,name', '5000112004175,Gum'), opts).issues).toMatchObject([{ line: 1, column: 'price' }]);
  });

  it('a BOM, CRLF, quoted commas, blank lines and multi-line cells do not shift line numbers', () => {
    const text = '\uFEFFbarcode,name,price\r\n5000112004175,"Gum, mint",0.50\r\n\r\n4006381333931,"Mints\r\nextra strong",0.50\r\n96385074,Water,x\r\n';
    const { rows, issues } = parseCatalogCsv(text, opts);
    expect(rows.map((r) => [r.line, r.name])).toEqual([
      [2, 'Gum, mint'],
      [4, 'Mints\nextra strong'],
    ]);
    expect(issues).toMatchObject([{ line: 6, column: 'price' }]);
  });

  it('a semicolon-separated export with comma decimals is read', () => {
    const { rows, issues } = parseCatalogCsv(csv('barcode;name;price', '5000112004175;Gum;2,49'), opts);
    expect(issues).toEqual([]);
    expect(rows[0]?.price).toBe(249);
  });

  it('a broken quote rejects the whole file at its line', () => {
    const { rows, issues } = parseCatalogCsv(csv('barcode,name,price', '5000112004175,Gum,0.50', '4006381333931,"Mints,0.50'), opts);
    expect(rows).toEqual([]);
    expect(issues).toMatchObject([{ column: '' }]);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('the demo catalog parses with no issues and has at least 150 products in at least 8 categories with valid EAN-13 codes and every tax code of the store', () => {
    const text = readFileSync(new URL('../../resources/demo/catalog.csv', import.meta.url), 'utf8');
    const store = JSON.parse(readFileSync(new URL('../../resources/demo/store.json', import.meta.url), 'utf8')) as {
      taxRates: { code: string }[];
      categoryColors: Record<string, string>;
      giftCardSkus: string[];
    };
    expect(text.split('\n', 1)[0]).toBe(HEADER);
    const { rows, issues } = parseCatalogCsv(text, { ...opts, taxCodes: store.taxRates.map((t) => t.code) });
    expect(issues).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(rows.map((r) => r.category));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    expect([...categories].sort()).toEqual(Object.keys(store.categoryColors).sort());
    // Standard and reduced rates, and the zero rate of the gift card.
    expect(new Set(rows.map((r) => r.taxCode))).toEqual(new Set(['A', 'B', 'Z']));
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    for (const row of rows) {
      for (const code of row.barcodes) expect(code.length === 13 && isValidGtin(code), code).toBe(true);
      expect(row.cost, row.name).not.toBeNull();
      // A gift card is sold at whatever is put on it: its catalog price and cost are 0.
      if (!store.giftCardSkus.includes(row.sku)) expect(row.cost ?? Infinity, row.name).toBeLessThan(row.price);
    }
    expect(rows.some((r) => r.barcodes.length > 1)).toBe(true);
    // Weighed goods carry an in-store 21 code whose value digits the scale fills in at sale.
    const weighed = rows.filter((r) => r.unit === 'kg');
    expect(weighed.length).toBeGreaterThanOrEqual(6);
    for (const row of weighed) expect(row.barcodes[0], row.name).toMatch(/^21\d{5}00000\d$/);
  });
});
