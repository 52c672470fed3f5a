import { isMisreadGtin, sameItemCodes } from '../../../shared/barcode';
import type { Unit } from '../../../shared/domain/catalog';
import type { ColumnMapping, ImportField, ImportIssue } from '../../../shared/domain/catalog-io';
import type { CatalogSnapshot } from './catalog-snapshot';
import { barcodeList, cleanText, flag, money, quantity, unit as readUnit, type Parsed } from './cell-parsers';
import type { SheetRow } from './read-file';

/**
 * One good row of the file, as what it does to the catalog. A field left undefined is left
 * as it is on a product the row updates, and takes its default on one the row creates: a
 * price list with SKU and price columns only updates prices.
 */
export interface PlanRow {
  row: number;
  /** The product the row updates (matched by SKU, else by barcode); null: it creates one. */
  productId: string | null;
  sku: string;
  /** Barcodes to add to the product; ones it already has are skipped. */
  barcodes: string[];
  name?: string;
  categoryId?: string;
  brand?: string;
  price?: number;
  cost?: number;
  taxRateId?: string;
  unit?: Unit;
  soldByWeight?: boolean;
  ageRestricted?: boolean;
  reorderPoint?: number;
  reorderQty?: number;
  supplierId?: string;
  supplierCode?: string;
  /** Thousandths; only for a product the row creates (an existing product's stock moves by stock take or adjustment). */
  openingQty: number;
  active?: boolean;
}

export interface Validated {
  plan: PlanRow[];
  issues: ImportIssue[];
  creates: number;
  updates: number;
}

/**
 * Checks every row against the store's catalog and the rest of the file and reports every
 * bad row with each of its reasons; only a file without a single issue may be imported.
 */
export function validateRows(headers: readonly string[], rows: readonly SheetRow[], mapping: ColumnMapping, cat: CatalogSnapshot): Validated {
  const issues: ImportIssue[] = [];
  const column = new Map<ImportField, number>();
  mapping.forEach((f, i) => {
    if (f !== null && !column.has(f)) column.set(f, i);
  });
  if (!column.has('sku') && !column.has('barcodes')) {
    issues.push({ row: 1, column: '', message: 'Map a column to SKU or to barcode: rows are matched to products by them.' });
  }
  if (issues.length > 0) return { plan: [], issues, creates: 0, updates: 0 };

  const seenSku = new Map<string, number>();
  const seenBarcode = new Map<string, number>();
  const seenProduct = new Map<string, number>();
  const plan: PlanRow[] = [];
  let creates = 0;
  for (const r of rows) {
    const rowIssues: ImportIssue[] = [];
    const header = (f: ImportField) => headers[column.get(f) ?? -1] ?? f;
    const report = (f: ImportField | '', message: string): undefined => {
      rowIssues.push({ row: r.row, column: f === '' ? '' : header(f), message });
      return undefined;
    };
    const cell = (f: ImportField): string => {
      const i = column.get(f);
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    };
    const read = <T>(f: ImportField, parse: (text: string) => Parsed<T>): T | undefined => {
      const text = cell(f);
      if (text === '') return undefined;
      const p = parse(text);
      return p.ok ? p.value : report(f, p.message);
    };
    const lookup = (f: ImportField, map: Map<string, string | null>, what: string): string | undefined => {
      const text = cell(f);
      if (text === '') return undefined;
      const id = map.get(text.toLowerCase());
      if (id === null) return report(f, `Several ${what} are named "${text}"; rename one in the back office.`);
      return id ?? report(f, `Unknown ${what.replace(/ies$/, 'y').replace(/s$/, '')} "${text}".`);
    };

    // Identity: which product the row is, each SKU, barcode and product once in the file.
    const barcodes: string[] = [];
    for (const code of barcodeList(cell('barcodes'))) {
      if (/e\+/i.test(code)) report('barcodes', `"${code}" was turned into a number by a spreadsheet; format the column as text.`);
      // The product form's rule: a GTIN-shaped code must check; a shop's own code (any other
      // printable code up to 64 characters) is a barcode too.
      else if (isMisreadGtin(code)) report('barcodes', `"${code}" is not a valid barcode (its check digit is wrong).`);
      else if (!/^[\x21-\x7E]{1,64}$/.test(code)) report('barcodes', `"${code.slice(0, 40)}" is not a barcode (printable characters, at most 64).`);
      else if (barcodes.includes(code)) report('barcodes', `Barcode ${code} is listed twice.`);
      else barcodes.push(code);
    }
    const sku = cleanText(cell('sku'), 64);
    let givenSku = sku.ok ? sku.value : (report('sku', sku.message) ?? '');
    for (const code of barcodes) {
      const first = seenBarcode.get(code);
      if (first !== undefined) report('barcodes', `Barcode ${code} is also on row ${first}.`);
      else seenBarcode.set(code, r.row);
    }
    if (givenSku !== '') {
      const first = seenSku.get(givenSku);
      if (first !== undefined) report('sku', `SKU ${givenSku} is also on row ${first}.`);
      else seenSku.set(givenSku, r.row);
    }
    let productId: string | null = givenSku !== '' ? (cat.productBySku.get(givenSku) ?? null) : null;
    for (const code of barcodes) {
      const owner = sameItemCodes(code)
        .map((c) => cat.productByBarcode.get(c))
        .find((o) => o !== undefined);
      if (owner === undefined) continue;
      if (productId === null && givenSku === '') productId = owner;
      else if (owner !== productId) report('barcodes', `Barcode ${code} already belongs to the product with SKU ${cat.skuOf.get(owner) ?? '?'}.`);
    }
    if (productId !== null) {
      const first = seenProduct.get(productId);
      if (first !== undefined) report('', `Row ${first} already updates the same product (SKU ${cat.skuOf.get(productId) ?? '?'}).`);
      else seenProduct.set(productId, r.row);
    }
    if (givenSku === '') givenSku = productId !== null ? (cat.skuOf.get(productId) ?? '') : (barcodes[0] ?? '');
    if (givenSku === '' && rowIssues.length === 0) report('', 'The row has neither a SKU nor a barcode.');
    const creating = productId === null;
    if (creating && givenSku !== '' && cat.productBySku.has(givenSku)) {
      report('sku', `SKU ${givenSku} already belongs to another product.`);
    }

    // Fields: a blank cell is "leave as is" on an update and the default on a new product.
    const text = (f: ImportField, max: number) => read(f, (t) => cleanText(t, max));
    const name = text('name', 200);
    if (creating && cell('name') === '') report('name', 'A new product needs a name.');
    const price = read('price', (t) => money(t, cat.currencyExponent, 'price'));
    if (creating && cell('price') === '') report('price', 'A new product needs a price.');
    const cost = read('cost', (t) => money(t, cat.currencyExponent, 'cost'));
    const taxText = cell('tax');
    const taxRateId =
      taxText === ''
        ? creating
          ? (cat.taxRates.get((cat.taxCodes[0] ?? '').toLowerCase()) ?? report('tax', 'The store has no tax rate to default to.'))
          : undefined
        : (cat.taxRates.get(taxText.toLowerCase()) ?? report('tax', `Unknown tax rate "${taxText}"; the store has ${cat.taxCodes.join(', ')}.`));
    const unit = read('unit', readUnit);
    const qtyUnit: Unit = unit ?? 'each';
    const soldByWeight = read('soldByWeight', (t) => flag(t, 'sold by weight'));
    if (soldByWeight === true && unit !== undefined && unit !== 'kg') report('soldByWeight', 'Only a product sold per kg is sold by weight.');
    const reorderPoint = read('reorderPoint', (t) => quantity(t, qtyUnit, 'reorder point'));
    const reorderQty = read('reorderQty', (t) => quantity(t, qtyUnit, 'reorder quantity'));
    if (reorderQty === 0) report('reorderQty', 'A reorder quantity is more than zero.');
    const openingQty = read('openingStock', (t) => quantity(t, qtyUnit, 'opening stock')) ?? 0;
    const supplierId = lookup('supplier', cat.suppliers, 'suppliers');
    const supplierCode = text('supplierCode', 64);
    if (supplierCode !== undefined && cell('supplier') === '') report('supplierCode', 'A supplier code needs the supplier in the same row.');
    const categoryId = lookup('category', cat.categories, 'categories');

    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    if (creating) creates += 1;
    plan.push({
      row: r.row,
      productId,
      sku: givenSku,
      barcodes,
      openingQty: creating ? openingQty : 0,
      ...defined({
        name,
        categoryId,
        brand: text('brand', 100),
        price,
        cost,
        taxRateId,
        unit,
        soldByWeight: soldByWeight ?? (creating && unit === 'kg' ? true : undefined),
        ageRestricted: read('ageRestricted', (t) => flag(t, 'age restricted')),
        reorderPoint,
        reorderQty,
        supplierId,
        supplierCode,
        active: read('active', (t) => flag(t, 'active')),
      }),
    });
  }
  return { plan, issues, creates, updates: plan.length - creates };
}

/** Drops undefined entries, so an optional field is absent rather than undefined (exactOptionalPropertyTypes). */
function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
