import type { ParsedInputOf } from '../../../shared/contract';
import type { PurchaseOrderView } from '../../../shared/domain/purchasing';
import type { StaffView } from '../../../shared/domain/staff';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { assertStockLocation } from '../inventory/locations';
import { lotFor } from '../inventory/lot-create';
import { writeStockDocument, type StockMove } from '../inventory/stock-document';
import { assertOrderState, orderRow, orderView } from './order-read';
import { resolveLine } from './order-write';

type ReceiptInput = ParsedInputOf<'purchasing.receive'>;

interface OrderLine {
  id: string;
  product_id: string;
  qty_ordered: number;
  qty_received: number;
  unit_cost: number;
}

/**
 * Goods arriving on an order: one 'stock.received' document whose movements put them at
 * the order's location, each at the line's cost (or the cost the receiver corrected it
 * to), so the product's last and average cost move with on hand. Lot-tracked goods are
 * received per lot with its expiry. More than ordered, or a product not on the order, is
 * refused unless the receiver says the supplier really sent it (allowExtra).
 *
 * The order's version is checked and raised inside the document's transaction: two
 * receipts made from the same screen cannot both pass, so no line is received twice.
 */
export function receiveOrder(ctx: CoreContext, input: ReceiptInput, staff: StaffView): PurchaseOrderView {
  const { db } = ctx;
  db.txImmediate(() => {
    const row = orderRow(db, input.id);
    assertOrderState(row, input.version, ['sent', 'partial', 'received'], 'receive goods on it');
    assertStockLocation(db, row.location_id);
    const lines = new Map<string, OrderLine>();
    for (const l of db.all(
      db.q
        .selectFrom('purchase_order_lines')
        .select(['id', 'product_id', 'qty_ordered', 'qty_received', 'unit_cost'])
        .where('po_id', '=', row.id),
    )) {
      lines.set(l.product_id, l);
    }
    const incoming = new Map<string, number>();
    for (const e of input.lines) incoming.set(e.productId, (incoming.get(e.productId) ?? 0) + e.qty);

    // Products not on the order become lines of their own, ordered as received.
    let position = lines.size;
    for (const [productId, qty] of incoming) {
      if (lines.has(productId)) continue;
      const name = productName(ctx, productId);
      if (!input.allowExtra) fail('over_receipt', `${name} is not on ${row.reference}`);
      const unitCost = input.lines.find((e) => e.productId === productId)?.unitCost;
      const r = resolveLine(ctx, row.supplier_id, { productId, qty, ...(unitCost === undefined ? {} : { unitCost }) });
      const id = newId(ctx.clock);
      position += 1;
      db.insert('purchase_order_lines', {
        id,
        po_id: row.id,
        position,
        product_id: productId,
        supplier_code: r.supplierCode,
        pack_size: r.packSize,
        qty_ordered: qty,
        unit_cost: r.unitCost,
        qty_received: 0,
      });
      lines.set(productId, { id, product_id: productId, qty_ordered: qty, qty_received: 0, unit_cost: r.unitCost });
    }
    for (const [productId, qty] of incoming) {
      const l = lines.get(productId) as OrderLine;
      if (l.qty_received + qty > l.qty_ordered && !input.allowExtra) {
        fail(
          'over_receipt',
          `${productName(ctx, productId)}: ${fmt(l.qty_received + qty)} would be received of ${fmt(l.qty_ordered)} ordered`,
        );
      }
    }

    const moves: StockMove[] = input.lines.map((e) => {
      const l = lines.get(e.productId) as OrderLine;
      return {
        productId: e.productId,
        locationId: row.location_id,
        delta: e.qty,
        reason: 'delivery',
        lotId: lotOf(ctx, e),
        purchaseCost: e.unitCost ?? l.unit_cost,
        refId: l.id,
        note: input.note === '' ? null : input.note,
      };
    });

    writeStockDocument(ctx, 'stock.received', {
      tillId: tillIdOf(ctx),
      staffId: staff.id,
      moves,
      summary: {
        purchaseOrderId: row.id,
        reference: row.reference,
        supplierId: row.supplier_id,
        staffName: staff.name,
      },
      apply: () => {
        // Re-read in the document's own transaction: the version is what makes a second receipt from a stale screen fail.
        const now = orderRow(db, row.id);
        assertOrderState(now, input.version, ['sent', 'partial', 'received'], 'receive goods on it');
        for (const [productId, qty] of incoming) {
          const l = lines.get(productId) as OrderLine;
          db.run(
            db.q
              .updateTable('purchase_order_lines')
              .set({ qty_received: l.qty_received + qty })
              .where('id', '=', l.id),
          );
        }
        const left = db.first(
          db.q
            .selectFrom('purchase_order_lines')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('po_id', '=', row.id)
            .whereRef('qty_received', '<', 'qty_ordered'),
        );
        const status = Number(left?.n ?? 0) === 0 ? 'received' : 'partial';
        db.run(
          db.q
            .updateTable('purchase_orders')
            .set({ status, version: now.version + 1, updated_at: nowIso(ctx.clock) })
            .where('id', '=', row.id),
        );
      },
    });
  });
  return orderView(db, input.id);
}

/** The lot a receipt line goes into: required for a product received per lot, refused for one that is not. */
function lotOf(ctx: CoreContext, e: ReceiptInput['lines'][number]): string | null {
  const p =
    ctx.db.first(ctx.db.q.selectFrom('products').select(['name', 'tracks_lots']).where('id', '=', e.productId)) ??
    fail('not_found', 'No such product');
  if (p.tracks_lots !== 1) {
    if (e.lotCode !== undefined && e.lotCode !== '') fail('invalid_input', `${p.name} is not received by batch`);
    return null;
  }
  if (e.lotCode === undefined || e.lotCode === '')
    fail('lot_required', `${p.name} is received per batch: give its batch number and expiry`);
  return lotFor(ctx, e.productId, e.lotCode, e.expiresOn ?? null);
}

function productName(ctx: CoreContext, productId: string): string {
  return (
    ctx.db.first(ctx.db.q.selectFrom('products').select('name').where('id', '=', productId)) ??
    fail('not_found', 'No such product')
  ).name;
}

function fmt(qty: number): string {
  return String(qty / 1000);
}
