import { sql } from 'kysely';
import type {
  PurchaseOrderLineView,
  PurchaseOrderPage,
  PurchaseOrderRowView,
  PurchaseOrderStatus,
  PurchaseOrderView,
} from '../../../shared/domain/purchasing';
import { lineAmount } from '../../../shared/money';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/** Statuses under which what is not yet received is still expected from the supplier. */
export const OPEN_STATUSES: readonly PurchaseOrderStatus[] = ['sent', 'partial'];

/** The working row as stored; a call re-reads it inside its transaction. */
export function orderRow(db: SqlDb, id: string) {
  return (
    db.first(db.q.selectFrom('purchase_orders').selectAll().where('id', '=', id)) ??
    fail('not_found', 'No such purchase order')
  );
}

/** Refuses a call made from a stale screen, or on an order in the wrong state; nothing is changed. */
export function assertOrderState(
  row: { status: PurchaseOrderStatus; version: number; reference: string },
  version: number,
  allowed: readonly PurchaseOrderStatus[],
  what: string,
): void {
  if (row.version !== version) fail('purchase_order_changed', `${row.reference} was changed since it was opened`);
  if (!allowed.includes(row.status)) fail('wrong_status', `${row.reference} is ${row.status}: cannot ${what}`);
}

export function orderLines(db: SqlDb, poId: string, status: PurchaseOrderStatus): PurchaseOrderLineView[] {
  const rows = db.all(
    db.q
      .selectFrom('purchase_order_lines as l')
      .innerJoin('products as p', 'p.id', 'l.product_id')
      .select([
        'l.id',
        'l.position',
        'l.product_id',
        'p.sku',
        'p.name',
        'p.unit',
        'p.tracks_lots',
        'l.supplier_code',
        'l.pack_size',
        'l.qty_ordered',
        'l.qty_received',
        'l.unit_cost',
        sql<string | null>`(select group_concat(b.code, ' ') from barcodes b where b.product_id = l.product_id)`.as(
          'codes',
        ),
      ])
      .where('l.po_id', '=', poId)
      .orderBy('l.position'),
  );
  const open = status === 'draft' || status === 'sent' || status === 'partial';
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    productId: r.product_id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    barcodes: r.codes === null ? [] : r.codes.split(' '),
    tracksLots: r.tracks_lots === 1,
    supplierCode: r.supplier_code,
    packSize: r.pack_size,
    qtyOrdered: r.qty_ordered,
    qtyReceived: r.qty_received,
    outstanding: open ? Math.max(0, r.qty_ordered - r.qty_received) : 0,
    unitCost: r.unit_cost,
    lineTotal: lineAmount(r.unit_cost, r.qty_ordered),
  }));
}

export function orderView(db: SqlDb, id: string): PurchaseOrderView {
  const r =
    db.first(
      db.q
        .selectFrom('purchase_orders as po')
        .innerJoin('suppliers as s', 's.id', 'po.supplier_id')
        .innerJoin('locations as loc', 'loc.id', 'po.location_id')
        .leftJoin('staff as st', 'st.id', 'po.created_by')
        .leftJoin('purchase_orders as prev', 'prev.id', 'po.backorder_of')
        .selectAll('po')
        .select([
          's.name as supplier_name',
          's.contact_name',
          's.phone',
          's.email',
          'loc.name as location_name',
          'st.name as staff_name',
          'prev.reference as prev_reference',
        ])
        .where('po.id', '=', id),
    ) ?? fail('not_found', 'No such purchase order');
  const next = db.first(db.q.selectFrom('purchase_orders').select(['id', 'reference']).where('backorder_of', '=', id));
  const lineItems = orderLines(db, id, r.status);
  return {
    id: r.id,
    reference: r.reference,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    supplierContact: [r.contact_name, r.phone, r.email].filter((s) => s !== '').join(' · '),
    locationId: r.location_id,
    locationName: r.location_name,
    status: r.status,
    note: r.note,
    expectedOn: r.expected_on,
    backorderOf:
      r.backorder_of !== null && r.prev_reference !== null ? { id: r.backorder_of, reference: r.prev_reference } : null,
    backorder: next ?? null,
    createdBy: r.staff_name,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    closedAt: r.closed_at,
    version: r.version,
    total: lineItems.reduce((sum, l) => sum + l.lineTotal, 0),
    lineItems,
    receipts: receiptsOf(db, id),
  };
}

/** The 'stock.received' documents that carried out this order's lines. */
function receiptsOf(db: SqlDb, poId: string) {
  const rows = db.all(
    db.q
      .selectFrom('stock_movements as m')
      .innerJoin('purchase_order_lines as l', 'l.id', 'm.ref_id')
      .leftJoin('staff as st', 'st.id', 'm.staff_id')
      .select([
        'm.doc_id',
        sql<string>`min(m.created_at)`.as('at'),
        sql<string | null>`min(st.name)`.as('staff_name'),
        sql<number>`count(*)`.as('n'),
      ])
      .where('l.po_id', '=', poId)
      .where('m.reason', '=', 'delivery')
      .groupBy('m.doc_id')
      .orderBy('at'),
  );
  return rows.map((r) => ({ docId: r.doc_id, at: r.at, staffName: r.staff_name, movements: r.n }));
}

const STATUS_FILTER: Record<string, readonly PurchaseOrderStatus[] | null> = {
  open: ['draft', 'sent', 'partial', 'received'],
  all: null,
};

/** Newest first by id (UUIDv7 ids sort by creation), so the cursor is the last id. */
export function listOrders(
  db: SqlDb,
  input: { status: string; supplierId?: string | undefined; after?: string | undefined; limit: number },
): PurchaseOrderPage {
  const statuses = input.status in STATUS_FILTER ? STATUS_FILTER[input.status] : [input.status as PurchaseOrderStatus];
  let q = db.q
    .selectFrom('purchase_orders as po')
    .innerJoin('suppliers as s', 's.id', 'po.supplier_id')
    .innerJoin('locations as loc', 'loc.id', 'po.location_id')
    .select([
      'po.id',
      'po.reference',
      'po.supplier_id',
      's.name as supplier_name',
      'po.location_id',
      'loc.name as location_name',
      'po.status',
      'po.expected_on',
      'po.created_at',
      'po.sent_at',
      'po.version',
      sql<number>`(select count(*) from purchase_order_lines l where l.po_id = po.id)`.as('line_count'),
    ]);
  if (statuses) q = q.where('po.status', 'in', statuses);
  if (input.supplierId !== undefined) q = q.where('po.supplier_id', '=', input.supplierId);
  if (input.after !== undefined) q = q.where('po.id', '<', input.after);
  const rows = db.all(q.orderBy('po.id', 'desc').limit(input.limit + 1));
  const page = rows.slice(0, input.limit);
  const out: PurchaseOrderRowView[] = page.map((r) => ({
    id: r.id,
    reference: r.reference,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    locationId: r.location_id,
    locationName: r.location_name,
    status: r.status,
    expectedOn: r.expected_on,
    lines: r.line_count,
    total: lineTotalOf(db, r.id),
    createdAt: r.created_at,
    sentAt: r.sent_at,
    version: r.version,
  }));
  return { rows: out, next: rows.length > input.limit ? (page[page.length - 1]?.id ?? null) : null };
}

/** Summed line by line with each line rounded, as the order and its PDF show it. */
function lineTotalOf(db: SqlDb, poId: string): number {
  const lines = db.all(
    db.q.selectFrom('purchase_order_lines').select(['qty_ordered', 'unit_cost']).where('po_id', '=', poId),
  );
  return lines.reduce((sum, l) => sum + lineAmount(l.unit_cost, l.qty_ordered), 0);
}
