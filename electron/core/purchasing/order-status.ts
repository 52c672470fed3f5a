import type { ParsedInputOf } from '../../../shared/contract';
import type { PurchaseOrderView } from '../../../shared/domain/purchasing';
import type { StaffView } from '../../../shared/domain/staff';
import { nowIso } from '../clock';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { assertOrderState, orderRow, orderView } from './order-read';
import { insertOrder, journalOrder } from './order-write';

/**
 * The order's life: draft -> sent -> partial -> received -> closed, or cancelled while
 * nothing has arrived. Receipts move it to partial and received (receive.ts); everything
 * else is here. Each step checks the version the screen saw and raises it.
 */
export function sendOrder(
  ctx: CoreContext,
  input: ParsedInputOf<'purchasing.send'>,
  staff: StaffView,
): PurchaseOrderView {
  const { db } = ctx;
  db.txImmediate(() => {
    const row = orderRow(db, input.id);
    assertOrderState(row, input.version, ['draft'], 'send it (only a draft is sent)');
    moveOrder(ctx, row, 'sent');
    journalOrder(ctx, 'sent', row, staff);
  });
  return orderView(db, input.id);
}

export function cancelOrder(
  ctx: CoreContext,
  input: ParsedInputOf<'purchasing.cancel'>,
  staff: StaffView,
): PurchaseOrderView {
  const { db } = ctx;
  db.txImmediate(() => {
    const row = orderRow(db, input.id);
    assertOrderState(row, input.version, ['draft', 'sent'], 'cancel it (goods have arrived on it: close it instead)');
    if (receivedQty(ctx, row.id) > 0)
      fail('wrong_status', `${row.reference} has goods received on it: close it instead`);
    moveOrder(ctx, row, 'cancelled');
    journalOrder(ctx, 'cancelled', row, staff);
  });
  return orderView(db, input.id);
}

/**
 * Closes an order: what has not arrived is no longer expected, or (backorder) goes on a
 * new order already sent to the same supplier, carrying the lines' outstanding quantities
 * at the same cost, code and pack size.
 */
export function closeOrder(
  ctx: CoreContext,
  input: ParsedInputOf<'purchasing.close'>,
  staff: StaffView,
): { order: PurchaseOrderView; backorder: PurchaseOrderView | null } {
  const { db } = ctx;
  const backorderId = db.txImmediate(() => {
    const row = orderRow(db, input.id);
    assertOrderState(row, input.version, ['sent', 'partial', 'received'], 'close it');
    const outstanding = db
      .all(db.q.selectFrom('purchase_order_lines').selectAll().where('po_id', '=', row.id).orderBy('position'))
      .filter((l) => l.qty_ordered > l.qty_received);
    let carried: { id: string; reference: string } | null = null;
    if (input.backorder) {
      if (outstanding.length === 0)
        fail('invalid_input', `Everything on ${row.reference} has arrived: there is nothing to backorder`);
      carried = insertOrder(ctx, {
        supplierId: row.supplier_id,
        locationId: row.location_id,
        status: 'sent',
        note: row.note,
        expectedOn: null,
        backorderOf: row.id,
        staffId: staff.id,
        lines: outstanding.map((l) => ({
          productId: l.product_id,
          qty: l.qty_ordered - l.qty_received,
          unitCost: l.unit_cost,
          supplierCode: l.supplier_code,
          packSize: l.pack_size,
        })),
      });
    }
    moveOrder(ctx, row, 'closed');
    journalOrder(ctx, 'closed', row, staff, {
      outstandingLines: outstanding.length,
      backorderId: carried?.id ?? null,
      backorderReference: carried?.reference ?? null,
    });
    return carried?.id ?? null;
  });
  return { order: orderView(db, input.id), backorder: backorderId === null ? null : orderView(db, backorderId) };
}

/** Moves an order to its next status, dated, with a new version. */
function moveOrder(ctx: CoreContext, row: { id: string; version: number }, status: 'sent' | 'cancelled' | 'closed'): void {
  const at = nowIso(ctx.clock);
  const dated = status === 'sent' ? { sent_at: at } : { closed_at: at };
  ctx.db.run(
    ctx.db.q
      .updateTable('purchase_orders')
      .set({ status, ...dated, version: row.version + 1, updated_at: at })
      .where('id', '=', row.id),
  );
}

function receivedQty(ctx: CoreContext, poId: string): number {
  const { db } = ctx;
  const r = db.first(
    db.q
      .selectFrom('purchase_order_lines')
      .select((eb) => eb.fn.sum<number>('qty_received').as('n'))
      .where('po_id', '=', poId),
  );
  return Number(r?.n ?? 0);
}
