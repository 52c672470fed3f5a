import { sql } from 'kysely';
import type { ExportKind } from '../../../shared/domain/catalog-io';
import type { ReadDb } from '../db/read-db';

/** A cell of an export: text stays text (a barcode must not become 5.01E+12), numbers are decimal text. */
export type ExportCell = { text: string } | { number: string };

export interface ExportTable {
  headers: string[];
  rows: Iterable<ExportCell[]>;
}

/** Integer minor units or thousandths as decimal text, by moving digits ("249", 2 -> "2.49"). */
export function decimalText(n: number, decimals: number, trim = false): string {
  const negative = n < 0;
  const digits = String(Math.abs(n)).padStart(decimals + 1, '0');
  let out = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  if (trim && decimals > 0) out = out.replace(/\.?0+$/, '');
  return negative ? `-${out}` : out;
}

const t = (s: string | null | undefined): ExportCell => ({ text: s ?? '' });
const yesNo = (v: number): ExportCell => ({ text: v ? 'yes' : 'no' });
const qty = (n: number | null): ExportCell => (n === null ? { text: '' } : { number: decimalText(n, 3, true) });

/**
 * The rows of each export, streamed from the read connection. The products export has the
 * headers the import recognises, so a file exported, edited and imported again updates the
 * same products.
 */
export function exportTable(db: ReadDb, kind: ExportKind, opts: { exponent: number; from?: string | undefined; to?: string | undefined }): ExportTable {
  const money = (n: number | null): ExportCell => (n === null ? { text: '' } : { number: decimalText(n, opts.exponent) });
  if (kind === 'products') {
    const q = db.q
      .selectFrom('products as p')
      .leftJoin('categories as c', 'c.id', 'p.category_id')
      .leftJoin('tax_rates as r', 'r.id', 'p.tax_rate_id')
      .leftJoin('supplier_products as sp', (j) => j.onRef('sp.product_id', '=', 'p.id').on('sp.preferred', '=', 1))
      .leftJoin('suppliers as s', 's.id', 'sp.supplier_id')
      .select([
        'p.sku',
        'p.name',
        'c.name as category',
        'p.brand',
        'p.price',
        'p.cost',
        'r.code as tax',
        'p.unit',
        'p.sold_by_weight',
        'p.age_restricted',
        'p.reorder_point',
        'p.reorder_qty',
        's.name as supplier',
        'sp.supplier_code',
        'p.active',
        sql<string | null>`(select group_concat(code, '|') from barcodes b where b.product_id = p.id)`.as('barcodes'),
      ])
      .where('p.archived_at', 'is', null)
      .orderBy('p.sku');
    const headers = ['SKU', 'Name', 'Barcodes', 'Category', 'Brand', 'Price', 'Cost', 'Tax', 'Unit', 'Sold by weight', 'Age restricted', 'Reorder point', 'Reorder qty', 'Supplier', 'Supplier code', 'Active'];
    return {
      headers,
      rows: map(db.iterate(q), (p) => [
        t(p.sku),
        t(p.name),
        t(p.barcodes),
        t(p.category),
        t(p.brand),
        money(p.price),
        money(p.cost),
        t(p.tax),
        t(p.unit),
        yesNo(p.sold_by_weight),
        yesNo(p.age_restricted),
        qty(p.reorder_point),
        qty(p.reorder_qty),
        t(p.supplier),
        t(p.supplier_code),
        yesNo(p.active),
      ]),
    };
  }
  if (kind === 'stock') {
    // One row per product and location holding it (in transit included); a product held
    // nowhere yet, one row without a location. Valued at the average cost, else the cost price.
    const q = db.q
      .selectFrom('products as p')
      .leftJoin('location_stock as s', 's.product_id', 'p.id')
      .leftJoin('locations as l', 'l.id', 's.location_id')
      .select(['p.sku', 'p.name', 'p.unit', 'l.name as location', 's.on_hand', 's.updated_at', 'p.avg_cost', 'p.cost'])
      .where('p.archived_at', 'is', null)
      .where('p.gift_card', '=', 0)
      .orderBy('p.sku')
      .orderBy('l.name');
    return {
      headers: ['SKU', 'Name', 'Unit', 'Location', 'On hand', 'Average cost', 'Value at cost', 'Last movement'],
      rows: map(db.iterate(q), (s) => {
        const unitCost = s.avg_cost ?? s.cost;
        return [
          t(s.sku),
          t(s.name),
          t(s.unit),
          t(s.location),
          qty(s.on_hand ?? 0),
          money(unitCost),
          money(unitCost === null ? null : valueAt(s.on_hand ?? 0, unitCost)),
          t(s.updated_at),
        ];
      }),
    };
  }
  let q = db.q
    .selectFrom('stock_movements as m')
    .innerJoin('products as p', 'p.id', 'm.product_id')
    .leftJoin('tills as tl', 'tl.id', 'm.till_id')
    .leftJoin('journal as j', 'j.doc_id', 'm.doc_id')
    // A movement from before locations is the home location's.
    .leftJoin('locations as l', (j) => j.on(sql<boolean>`l.id = coalesce(m.location_id, (select id from locations where home = 1))`))
    .leftJoin('lots as lot', 'lot.id', 'm.lot_id')
    .leftJoin('staff as st', 'st.id', 'm.staff_id')
    .select([
      'm.created_at',
      'p.sku',
      'p.name',
      'm.qty_delta',
      'm.reason',
      'j.kind',
      'm.doc_id',
      'tl.code as till',
      'l.name as location',
      'lot.code as lot',
      'lot.expires_on',
      'm.unit_cost',
      'st.name as staff',
      'm.note',
    ])
    .orderBy('m.created_at')
    .orderBy('m.id');
  // Dates are compared as ISO text, so "to" takes the whole of its day.
  if (opts.from !== undefined) q = q.where('m.created_at', '>=', opts.from);
  if (opts.to !== undefined) q = q.where('m.created_at', '<', `${opts.to}T23:59:59.999~`);
  return {
    headers: ['Date', 'SKU', 'Name', 'Change', 'Reason', 'Document', 'Document id', 'Till', 'Location', 'Batch', 'Expires', 'Unit cost', 'By', 'Note'],
    rows: map(db.iterate(q), (m) => [
      t(m.created_at),
      t(m.sku),
      t(m.name),
      qty(m.qty_delta),
      t(m.reason),
      t(m.kind),
      t(m.doc_id),
      t(m.till),
      t(m.location),
      t(m.lot),
      t(m.expires_on),
      money(m.unit_cost),
      t(m.staff),
      t(m.note),
    ]),
  };
}

/** Quantity (thousandths) x unit cost, rounded half away from zero to the minor unit. */
export function valueAt(qtyThousandths: number, unitCost: number): number {
  const n = BigInt(qtyThousandths) * BigInt(unitCost);
  const r = (n < 0n ? -n : n) + 500n;
  const v = Number(r / 1000n);
  return n < 0n ? -v : v;
}

function* map<A, B>(rows: Iterable<A>, f: (a: A) => B): Iterable<B> {
  for (const r of rows) yield f(r);
}
