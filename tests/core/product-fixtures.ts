import type { InputOf } from '../../shared/contract';
import type { ProductDetailView } from '../../shared/domain/products';
import type { Connection, TestCore } from './harness';

/** A connection logged in with this PIN (demo: 1111 cashier, 9999 manager). */
export async function login(t: TestCore, pin: string): Promise<Connection> {
  const c = t.connect();
  await c.ok('session.login', { pin });
  return c;
}

export const manager = (t: TestCore) => login(t, '9999');
export const cashier = (t: TestCore) => login(t, '1111');

/** The id of the demo's tax rate with this code (A 20%, B 5%, Z 0%). */
export async function taxRate(c: Connection, code = 'A'): Promise<string> {
  const rate = (await c.ok('catalog.taxRates')).find((r) => r.code === code);
  if (!rate) throw new Error(`no tax rate ${code}`);
  return rate.id;
}

/** Creates a product with sensible defaults and returns its detail view. */
export async function makeProduct(c: Connection, fields: Partial<InputOf<'products.create'>> & { sku: string }) {
  return c.ok('products.create', { name: `Product ${fields.sku}`, price: 100, taxRateId: await taxRate(c), ...fields });
}

/** The error code of a refused call, or 'ok'. */
export function codeOf(r: { ok: true } | { ok: false; error: { code: string } }): string {
  return r.ok ? 'ok' : r.error.code;
}

export const countRows = (t: TestCore, sql: string, ...args: unknown[]) =>
  t.core.db.sqlite.prepare(sql).pluck().get(...args) as number;

/** The product form's fields from a detail view, as products.create and products.update take them. */
export function formOf(d: ProductDetailView): InputOf<'products.create'> {
  return {
    sku: d.sku,
    name: d.name,
    brand: d.brand,
    categoryId: d.categoryId,
    price: d.price,
    cost: d.cost,
    taxRateId: d.taxRateId,
    unit: d.unit,
    barcodes: d.barcodes,
    soldByWeight: d.soldByWeight,
    ageRestricted: d.ageRestricted,
    active: d.active,
    reorderPoint: d.reorderPoint,
    reorderQty: d.reorderQty,
    parentId: d.parentId,
    variantLabel: d.variantLabel,
    suppliers: d.suppliers.map(({ supplierName: _name, ...link }) => link),
  };
}

/** products.update of this detail view with some fields changed. */
export function edit(d: ProductDetailView, changes: Partial<InputOf<'products.create'>>): InputOf<'products.update'> {
  return { ...formOf(d), ...changes, id: d.id, version: d.version };
}
