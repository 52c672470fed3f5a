import { createHash } from 'node:crypto';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../shared/domain/catalog-io';
import { nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';

/** "Cost Price (£)" and "cost_price" are the same header: lower case, letters and digits only. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A file layout: the normalized headers in order. Two exports of the same spreadsheet share it. */
export function layoutSignature(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map(normalizeHeader).join('\u001f')).digest('hex');
}

/** Header names a shop's spreadsheet or a supplier's price list commonly uses for each field. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  sku: ['sku', 'article', 'article number', 'item code', 'product code', 'code', 'plu', 'item number'],
  name: ['name', 'product', 'product name', 'description', 'item', 'title', 'item name'],
  barcodes: ['barcode', 'barcodes', 'ean', 'ean13', 'gtin', 'upc', 'ean code'],
  category: ['category', 'department', 'group', 'product group'],
  brand: ['brand', 'manufacturer', 'make'],
  price: ['price', 'sell price', 'selling price', 'retail price', 'rrp', 'sale price', 'shelf price'],
  cost: ['cost', 'cost price', 'buy price', 'purchase price', 'unit cost'],
  tax: ['tax', 'tax code', 'tax rate', 'vat', 'vat code', 'vat rate'],
  unit: ['unit', 'uom', 'unit of measure'],
  soldByWeight: ['sold by weight', 'by weight', 'weighed', 'scale'],
  ageRestricted: ['age restricted', 'age check', 'age restriction', '18'],
  reorderPoint: ['reorder point', 'reorder level', 'min stock', 'minimum stock'],
  reorderQty: ['reorder qty', 'reorder quantity', 'order qty', 'order quantity'],
  supplier: ['supplier', 'vendor', 'supplier name'],
  supplierCode: ['supplier code', 'supplier sku', 'vendor code', 'supplier item code'],
  openingStock: ['opening stock', 'stock', 'on hand', 'qty', 'quantity', 'stock qty'],
  active: ['active', 'enabled', 'status'],
};

/** Proposes a field per column by its header; a field is taken by the first column that names it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const name = normalizeHeader(header);
    const field = IMPORT_FIELDS.find((f) => !taken.has(f) && (name === normalizeHeader(f) || SYNONYMS[f].includes(name)));
    if (field === undefined) return null;
    taken.add(field);
    return field;
  });
}

/** A mapping names each field once at most; returns the fields named twice. */
export function repeatedFields(mapping: ColumnMapping): ImportField[] {
  const seen = new Set<ImportField>();
  const twice = new Set<ImportField>();
  for (const f of mapping) {
    if (f === null) continue;
    if (seen.has(f)) twice.add(f);
    seen.add(f);
  }
  return [...twice];
}

export function rememberedMapping(db: SqlDb, headers: readonly string[]): ColumnMapping | null {
  const row = db.first(db.q.selectFrom('import_layouts').select('mapping').where('signature', '=', layoutSignature(headers)));
  if (!row) return null;
  const parsed = JSON.parse(row.mapping) as unknown;
  // Stored by us, but a layout remembered by an older version may name a field since renamed.
  if (!Array.isArray(parsed) || parsed.length !== headers.length) return null;
  return parsed.map((f) => (IMPORT_FIELDS.includes(f as ImportField) ? (f as ImportField) : null));
}

export function rememberMapping(db: SqlDb, clock: Clock, headers: readonly string[], mapping: ColumnMapping): void {
  const signature = layoutSignature(headers);
  const row = { signature, mapping: JSON.stringify(mapping), updated_at: nowIso(clock) };
  db.run(
    db.q
      .insertInto('import_layouts')
      .values(row)
      .onConflict((oc) => oc.column('signature').doUpdateSet({ mapping: row.mapping, updated_at: row.updated_at })),
  );
}
