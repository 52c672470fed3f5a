import { isMisreadGtin, sameItemCodes } from '../../../shared/barcode';
import type { ParsedInputOf } from '../../../shared/contract';
import { oneLine } from '../customers/clean-text';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

export type ProductInput = ParsedInputOf<'products.create'>;

/**
 * The product form as stored: names on one line without control characters (they reach
 * receipts and the printer), barcodes once each, a variant label only on a variant.
 */
export function cleanProductInput(input: ProductInput): ProductInput {
  const name = oneLine(input.name);
  if (name === '') fail('invalid_input', 'A product needs a name');
  const variantLabel = input.parentId === null ? null : oneLine(input.variantLabel ?? '');
  return {
    ...input,
    name,
    brand: oneLine(input.brand),
    variantLabel: variantLabel === '' ? null : variantLabel,
    barcodes: [...new Set(input.barcodes)],
    suppliers: input.suppliers.map((s) => ({ ...s, supplierCode: oneLine(s.supplierCode) })),
  };
}

/**
 * Every rule a product must meet before it is written; `selfId` is the product being
 * edited (null for a new one). Each failure names what to fix and changes nothing.
 */
export function assertProductRules(db: SqlDb, p: ProductInput, selfId: string | null): void {
  assertSkuFree(db, p.sku, selfId);
  for (const code of p.barcodes) assertBarcodeUsable(db, code, selfId);
  assertTaxRate(db, p.taxRateId);
  if (p.categoryId !== null) assertCategoryUsable(db, p.categoryId);
  if (p.soldByWeight && p.unit !== 'kg') {
    fail('invalid_input', `Only a product sold in kg can be sold by weight; ${p.name} is sold in ${p.unit}`);
  }
  if (p.reorderQty === 0) fail('invalid_input', 'A reorder quantity is more than 0 (or none)');
  if (p.parentId !== null) assertVariant(db, p, selfId);
  assertSupplierLinks(db, p.suppliers);
}

export function assertSkuFree(db: SqlDb, sku: string, selfId: string | null): void {
  const owner = db.first(db.q.selectFrom('products').select(['id', 'name']).where('sku', '=', sku));
  if (owner && owner.id !== selfId) fail('sku_taken', `The SKU ${sku} is already used by ${owner.name}`);
}

/**
 * A GTIN-length all-digit code must pass its check digit (a typo in a keyed barcode is
 * caught here, not at the till), and no code may belong to another product. A 12-digit
 * UPC-A and the EAN-13 with a leading zero are the same item (the till reads them so).
 */
export function assertBarcodeUsable(db: SqlDb, code: string, selfId: string | null): void {
  if (isMisreadGtin(code)) fail('bad_check_digit', `The barcode ${code} has a wrong check digit: check it and type it again`);
  const same = sameItemCodes(code);
  const owner = db.first(
    db.q
      .selectFrom('barcodes as b')
      .innerJoin('products as p', 'p.id', 'b.product_id')
      .select(['p.id', 'p.name', 'p.sku'])
      .where('b.code', 'in', same)
      .where('p.id', '!=', selfId ?? ''),
  );
  if (owner) fail('barcode_taken', `The barcode ${code} already belongs to ${owner.name} (${owner.sku})`);
}

export function assertTaxRate(db: SqlDb, taxRateId: string): void {
  if (!db.first(db.q.selectFrom('tax_rates').select('id').where('id', '=', taxRateId))) {
    fail('not_found', 'No such tax rate');
  }
}

export function assertCategoryUsable(db: SqlDb, categoryId: string): void {
  const c = db.first(db.q.selectFrom('categories').select(['name', 'archived_at']).where('id', '=', categoryId));
  if (!c) fail('not_found', 'No such category');
  if (c.archived_at !== null) fail('invalid_input', `The category ${c.name} is archived: choose another one`);
}

/** A variant hangs under a current product that is not itself a variant, and says what sets it apart. */
function assertVariant(db: SqlDb, p: ProductInput, selfId: string | null): void {
  if (p.variantLabel === null) fail('invalid_input', 'A variant needs a label, such as "M / Blue"');
  if (p.parentId === selfId) fail('invalid_input', 'A product cannot be a variant of itself');
  const parent =
    db.first(db.q.selectFrom('products').select(['name', 'parent_id', 'archived_at']).where('id', '=', p.parentId ?? '')) ??
    fail('not_found', 'The product this is a variant of does not exist');
  if (parent.parent_id !== null) fail('invalid_input', `${parent.name} is itself a variant: a variant hangs under the main product`);
  if (parent.archived_at !== null) fail('invalid_input', `${parent.name} is archived: restore it first`);
  if (selfId !== null) {
    const child = db.first(db.q.selectFrom('products').select('id').where('parent_id', '=', selfId).limit(1));
    if (child) fail('invalid_input', 'A product with variants cannot itself become a variant');
  }
}

function assertSupplierLinks(db: SqlDb, links: ProductInput['suppliers']): void {
  if (links.filter((l) => l.preferred).length > 1) fail('invalid_input', 'At most one supplier is the preferred one');
  const ids = links.map((l) => l.supplierId);
  if (new Set(ids).size !== ids.length) fail('invalid_input', 'Each supplier is linked once');
  if (ids.length === 0) return;
  const found = db.all(db.q.selectFrom('suppliers').select('id').where('id', 'in', ids));
  if (found.length !== ids.length) fail('not_found', 'No such supplier');
}
