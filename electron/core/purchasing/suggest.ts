import type { ParsedInputOf } from '../../../shared/contract';
import type {
  PurchaseOrderView,
  SuggestedLineView,
  SuggestedOrderView,
  SuggestionView,
} from '../../../shared/domain/purchasing';
import type { StaffView } from '../../../shared/domain/staff';
import { lineAmount } from '../../../shared/money';
import type { CoreContext } from '../context';
import type { SqlDb } from '../db/sql';
import { homeLocationId } from '../inventory/locations';
import { allLowStock } from './low-stock';
import { orderView } from './order-read';
import { insertOrder, journalOrder } from './order-write';

/**
 * What to order of a low product: enough to reach the reorder quantity or to climb back
 * to the reorder point, whichever is more (one pack when the product has no reorder
 * quantity), less what is already on order, in whole packs rounded up. 0: order none.
 */
export function suggestedQty(f: {
  onHand: number;
  reorderPoint: number;
  reorderQty: number | null;
  onOrder: number;
  packSize: number;
}): number {
  const need = Math.max(f.reorderQty ?? f.packSize, f.reorderPoint - f.onHand) - f.onOrder;
  if (need <= 0) return 0;
  return Math.ceil(need / f.packSize) * f.packSize;
}

export function suggestion(db: SqlDb, locationId: string): SuggestionView {
  const low = allLowStock(db, locationId);
  const orders = new Map<string, SuggestedOrderView>();
  let withoutSupplier = 0;
  const links = supplierLinks(
    db,
    low.map((r) => r.productId),
  );
  for (const r of low) {
    if (r.supplierId === null || r.supplierName === null) {
      withoutSupplier += 1;
      continue;
    }
    const link = links.get(r.productId);
    const packSize = link?.pack_size ?? 1000;
    const qty = suggestedQty({ ...r, packSize });
    if (qty === 0) continue;
    const line: SuggestedLineView = {
      productId: r.productId,
      sku: r.sku,
      name: r.name,
      unit: r.unit,
      onHand: r.onHand,
      reorderPoint: r.reorderPoint,
      reorderQty: r.reorderQty,
      onOrder: r.onOrder,
      qty,
      packSize,
      supplierCode: link?.supplier_code ?? '',
      unitCost: link?.sp_cost ?? link?.cost ?? 0,
    };
    let order = orders.get(r.supplierId);
    if (!order) {
      order = { supplierId: r.supplierId, supplierName: r.supplierName, lines: [], total: 0 };
      orders.set(r.supplierId, order);
    }
    order.lines.push(line);
    order.total += lineAmount(line.unitCost, line.qty);
  }
  const sorted = [...orders.values()].sort((a, b) => a.supplierName.localeCompare(b.supplierName));
  return { locationId, orders: sorted, withoutSupplier };
}

/** The preferred supplier's code, pack size and cost for each product, and the product's own cost. */
function supplierLinks(db: SqlDb, productIds: readonly string[]) {
  const out = new Map<
    string,
    { supplier_code: string; pack_size: number; sp_cost: number | null; cost: number | null }
  >();
  for (let i = 0; i < productIds.length; i += 500) {
    const rows = db.all(
      db.q
        .selectFrom('supplier_products as sp')
        .innerJoin('products as p', 'p.id', 'sp.product_id')
        .select(['sp.product_id', 'sp.supplier_code', 'sp.pack_size', 'sp.cost as sp_cost', 'p.cost'])
        .where('sp.product_id', 'in', productIds.slice(i, i + 500))
        .where('sp.preferred', '=', 1),
    );
    for (const r of rows) out.set(r.product_id, r);
  }
  return out;
}

/** One draft order per supplier from the suggestion, in one transaction. */
export function createSuggested(
  ctx: CoreContext,
  input: ParsedInputOf<'purchasing.createSuggested'>,
  staff: StaffView,
): PurchaseOrderView[] {
  const { db } = ctx;
  const ids = db.txImmediate(() => {
    const locationId = input.locationId ?? homeLocationId(db);
    const wanted = input.supplierIds === undefined ? null : new Set(input.supplierIds);
    const made: string[] = [];
    for (const o of suggestion(db, locationId).orders) {
      if (wanted !== null && !wanted.has(o.supplierId)) continue;
      const po = insertOrder(ctx, {
        supplierId: o.supplierId,
        locationId,
        status: 'draft',
        note: '',
        expectedOn: null,
        backorderOf: null,
        staffId: staff.id,
        lines: o.lines.map((l) => ({
          productId: l.productId,
          qty: l.qty,
          unitCost: l.unitCost,
          supplierCode: l.supplierCode,
          packSize: l.packSize,
        })),
      });
      journalOrder(ctx, 'created', po, staff, { supplierId: o.supplierId, lines: o.lines.length, suggested: 1 });
      made.push(po.id);
    }
    return made;
  });
  return ids.map((id) => orderView(db, id));
}
