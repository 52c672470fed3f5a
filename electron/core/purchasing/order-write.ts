import type { ParsedInputOf } from '../../../shared/contract';
import type { StaffView } from '../../../shared/domain/staff';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { assertStockLocation, homeLocationId } from '../inventory/locations';
import { isIsoDate } from '../inventory/lot-create';
import { assertOrderState, orderRow, orderView } from './order-read';
import { withFreshReference } from './reference';

type OrderFields = ParsedInputOf<'purchasing.create'>;
type LineInput = OrderFields['lines'][number];

export interface ResolvedLine {
  productId: string;
  qty: number;
  unitCost: number;
  supplierCode: string;
  packSize: number;
}

/**
 * A line as ordered: what the form left out comes from what the supplier's link for the
 * product says (code, pack size, cost), else the product's own cost. An archived product
 * or a gift card cannot be ordered.
 */
export function resolveLine(ctx: CoreContext, supplierId: string, line: LineInput): ResolvedLine {
  const { db } = ctx;
  const p =
    db.first(
      db.q
        .selectFrom('products as p')
        .leftJoin('supplier_products as sp', (j) =>
          j.onRef('sp.product_id', '=', 'p.id').on('sp.supplier_id', '=', supplierId),
        )
        .select([
          'p.id',
          'p.name',
          'p.cost',
          'p.archived_at',
          'p.gift_card',
          'sp.cost as sp_cost',
          'sp.supplier_code',
          'sp.pack_size',
        ])
        .where('p.id', '=', line.productId),
    ) ?? fail('not_found', 'No such product');
  if (p.archived_at !== null) fail('invalid_input', `${p.name} is archived`);
  if (p.gift_card === 1) fail('invalid_input', 'Gift cards are not bought from suppliers');
  return {
    productId: p.id,
    qty: line.qty,
    unitCost: line.unitCost ?? p.sp_cost ?? p.cost ?? 0,
    supplierCode: line.supplierCode ?? p.supplier_code ?? '',
    packSize: line.packSize ?? p.pack_size ?? 1000,
  };
}

function assertSupplier(ctx: CoreContext, supplierId: string): string {
  const s =
    ctx.db.first(ctx.db.q.selectFrom('suppliers').select(['name', 'archived_at']).where('id', '=', supplierId)) ??
    fail('not_found', 'No such supplier');
  if (s.archived_at !== null) fail('invalid_input', `${s.name} is archived`);
  return s.name;
}

function assertExpectedOn(expectedOn: string | null): void {
  if (expectedOn !== null && !isIsoDate(expectedOn)) fail('invalid_input', `${expectedOn} is not a date (YYYY-MM-DD)`);
}

function assertOneLinePerProduct(lines: readonly { productId: string }[]): void {
  const seen = new Set<string>();
  for (const l of lines) {
    if (seen.has(l.productId)) fail('invalid_input', 'A product is on an order once; change its quantity instead');
    seen.add(l.productId);
  }
}

function insertLines(ctx: CoreContext, poId: string, lines: readonly ResolvedLine[], startAt = 1): void {
  lines.forEach((l, i) =>
    ctx.db.insert('purchase_order_lines', {
      id: newId(ctx.clock),
      po_id: poId,
      position: startAt + i,
      product_id: l.productId,
      supplier_code: l.supplierCode,
      pack_size: l.packSize,
      qty_ordered: l.qty,
      unit_cost: l.unitCost,
      qty_received: 0,
    }),
  );
}

/** Inserts an order with its lines under a fresh reference; the caller holds the transaction. */
export function insertOrder(
  ctx: CoreContext,
  o: {
    supplierId: string;
    locationId: string;
    status: 'draft' | 'sent';
    note: string;
    expectedOn: string | null;
    backorderOf: string | null;
    staffId: string;
    lines: readonly ResolvedLine[];
  },
): { id: string; reference: string } {
  const id = newId(ctx.clock);
  const at = nowIso(ctx.clock);
  const reference = withFreshReference(ctx.clock, (ref) => {
    // A savepoint per attempt: a taken reference rolls back only that insert.
    ctx.db.tx(() =>
      ctx.db.insert('purchase_orders', {
        id,
        reference: ref,
        supplier_id: o.supplierId,
        location_id: o.locationId,
        till_id: tillIdOf(ctx),
        status: o.status,
        note: o.note,
        expected_on: o.expectedOn,
        backorder_of: o.backorderOf,
        created_by: o.staffId,
        sent_at: o.status === 'sent' ? at : null,
        closed_at: null,
        version: 1,
        created_at: at,
        updated_at: at,
      }),
    );
    return ref;
  });
  insertLines(ctx, id, o.lines);
  return { id, reference };
}

/** A paperwork change to an order, in the journal: who did what to which order. */
export function journalOrder(
  ctx: CoreContext,
  action: string,
  o: { id: string; reference: string },
  staff: StaffView,
  extra: Record<string, string | number | null> = {},
): void {
  ctx.documents.record('stock.changed', tillIdOf(ctx), {
    action: `purchase_order.${action}`,
    purchaseOrderId: o.id,
    reference: o.reference,
    staffId: staff.id,
    staffName: staff.name,
    ...extra,
  });
}

export function createOrder(ctx: CoreContext, input: OrderFields, staff: StaffView) {
  const { db } = ctx;
  const made = db.txImmediate(() => {
    assertSupplier(ctx, input.supplierId);
    const locationId = assertStockLocation(db, input.locationId ?? homeLocationId(db)).id;
    assertOneLinePerProduct(input.lines);
    assertExpectedOn(input.expectedOn);
    const lines = input.lines.map((l) => resolveLine(ctx, input.supplierId, l));
    const o = insertOrder(ctx, { ...input, locationId, status: 'draft', backorderOf: null, staffId: staff.id, lines });
    journalOrder(ctx, 'created', o, staff, { supplierId: input.supplierId, lines: lines.length });
    return o;
  });
  return orderView(db, made.id);
}

/** A draft is edited whole: supplier, location, note, date and lines replace what it had. */
export function updateOrder(ctx: CoreContext, input: ParsedInputOf<'purchasing.update'>, staff: StaffView) {
  const { db } = ctx;
  db.txImmediate(() => {
    const row = orderRow(db, input.id);
    assertOrderState(row, input.version, ['draft'], 'edit it (only a draft is edited)');
    assertSupplier(ctx, input.supplierId);
    const locationId = assertStockLocation(db, input.locationId ?? homeLocationId(db)).id;
    assertOneLinePerProduct(input.lines);
    assertExpectedOn(input.expectedOn);
    const lines = input.lines.map((l) => resolveLine(ctx, input.supplierId, l));
    db.run(db.q.deleteFrom('purchase_order_lines').where('po_id', '=', input.id));
    insertLines(ctx, input.id, lines);
    db.run(
      db.q
        .updateTable('purchase_orders')
        .set({
          supplier_id: input.supplierId,
          location_id: locationId,
          note: input.note,
          expected_on: input.expectedOn,
          version: row.version + 1,
          updated_at: nowIso(ctx.clock),
        })
        .where('id', '=', input.id),
    );
    journalOrder(ctx, 'edited', row, staff, { lines: lines.length });
  });
  return orderView(db, input.id);
}
