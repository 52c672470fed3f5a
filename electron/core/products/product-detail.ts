import type { ProductDetailView } from '../../../shared/domain/products';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { productRowSelect, toProductRowView } from './product-row';

/** How much price history the product form shows: the newest changes. */
const PRICE_HISTORY_ROWS = 50;

/** The product form: the product's row and what it edits or shows beside it. */
export function productDetail(db: SqlDb, id: string): ProductDetailView {
  const row = db.first(productRowSelect(db.q).where('p.id', '=', id)) ?? fail('not_found', 'No such product');
  const extra =
    db.first(
      db.q
        .selectFrom('products')
        .select(['reorder_qty', 'last_cost', 'avg_cost', 'image', 'created_at'])
        .where('id', '=', id),
    ) ?? fail('not_found', 'No such product');
  const suppliers = db.all(
    db.q
      .selectFrom('supplier_products as sp')
      .innerJoin('suppliers as s', 's.id', 'sp.supplier_id')
      .select(['sp.supplier_id', 's.name', 'sp.supplier_code', 'sp.cost', 'sp.pack_size', 'sp.preferred'])
      .where('sp.product_id', '=', id)
      .orderBy('sp.preferred', 'desc')
      .orderBy('s.name'),
  );
  const variants = db.all(productRowSelect(db.q).where('p.parent_id', '=', id).orderBy('p.variant_label').orderBy('p.id'));
  const history = db.all(
    db.q
      .selectFrom('price_changes as pc')
      .leftJoin('staff as st', 'st.id', 'pc.staff_id')
      .select(['pc.id', 'pc.old_price', 'pc.new_price', 'st.name as staff_name', 'pc.scheduled_id', 'pc.created_at'])
      .where('pc.product_id', '=', id)
      .orderBy('pc.created_at', 'desc')
      .orderBy('pc.id', 'desc')
      .limit(PRICE_HISTORY_ROWS),
  );
  const scheduled = db.all(
    db.q
      .selectFrom('scheduled_prices as sc')
      .leftJoin('staff as st', 'st.id', 'sc.staff_id')
      .select(['sc.id', 'sc.price', 'sc.effective_at', 'st.name as staff_name', 'sc.created_at'])
      .where('sc.product_id', '=', id)
      .where('sc.applied_at', 'is', null)
      .where('sc.cancelled_at', 'is', null)
      .orderBy('sc.effective_at'),
  );
  return {
    ...toProductRowView(row),
    reorderQty: extra.reorder_qty,
    lastCost: extra.last_cost,
    avgCost: extra.avg_cost,
    image: extra.image,
    createdAt: extra.created_at,
    suppliers: suppliers.map((s) => ({
      supplierId: s.supplier_id,
      supplierName: s.name,
      supplierCode: s.supplier_code,
      cost: s.cost,
      packSize: s.pack_size,
      preferred: s.preferred === 1,
    })),
    variants: variants.map(toProductRowView),
    priceHistory: history.map((h) => ({
      id: h.id,
      oldPrice: h.old_price,
      newPrice: h.new_price,
      staffName: h.staff_name,
      scheduledId: h.scheduled_id,
      createdAt: h.created_at,
    })),
    scheduledPrices: scheduled.map((s) => ({
      id: s.id,
      price: s.price,
      effectiveAt: s.effective_at,
      staffName: s.staff_name,
      createdAt: s.created_at,
    })),
  };
}
