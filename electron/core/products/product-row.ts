import { sql, type Kysely } from 'kysely';
import type { ProductRowView, StockState } from '../../../shared/domain/products';
import type { DB } from '../db/schema';

/**
 * The product table's one select: the product with its category, tax rate, stock,
 * barcodes and preferred supplier. Joins are one row each (left joins on unique keys)
 * and the barcodes and supplier are correlated subqueries, so SQLite computes them only
 * for the rows a page returns, after the keyset has cut the scan short.
 */
export function productRowSelect(q: Kysely<DB>) {
  return q
    .selectFrom('products as p')
    .innerJoin('tax_rates as t', 't.id', 'p.tax_rate_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .leftJoin('stock_levels as s', 's.product_id', 'p.id')
    .select([
      'p.id',
      'p.sku',
      'p.name',
      'p.brand',
      'p.category_id',
      'c.name as category_name',
      'p.price',
      'p.cost',
      'p.tax_rate_id',
      't.code as tax_code',
      't.rate_bps',
      'p.unit',
      'p.reorder_point',
      'p.active',
      'p.archived_at',
      'p.sold_by_weight',
      'p.age_restricted',
      'p.tracks_lots',
      'p.gift_card',
      'p.parent_id',
      'p.variant_label',
      'p.version',
      'p.updated_at',
      sql<number>`coalesce(s.on_hand, 0)`.as('on_hand'),
      sql<string | null>`(select group_concat(b.code, '|') from barcodes b where b.product_id = p.id)`.as('codes'),
      sql<string | null>`(select sp.supplier_id from supplier_products sp where sp.product_id = p.id and sp.preferred = 1)`.as(
        'supplier_id',
      ),
      sql<string | null>`(select su.name from supplier_products sp join suppliers su on su.id = sp.supplier_id
        where sp.product_id = p.id and sp.preferred = 1)`.as('supplier_name'),
    ]);
}

export type ProductRowData = Awaited<ReturnType<ReturnType<typeof productRowSelect>['executeTakeFirstOrThrow']>>;

/** out: nothing on hand; low: at or under the reorder point; in_stock: the rest. */
export function stockState(onHand: number, reorderPoint: number | null): StockState {
  if (onHand <= 0) return 'out';
  if (reorderPoint !== null && onHand <= reorderPoint) return 'low';
  return 'in_stock';
}

export function toProductRowView(r: ProductRowData): ProductRowView {
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    brand: r.brand,
    categoryId: r.category_id,
    categoryName: r.category_name,
    price: r.price,
    cost: r.cost,
    taxRateId: r.tax_rate_id,
    taxCode: r.tax_code,
    rateBps: r.rate_bps,
    unit: r.unit,
    barcodes: r.codes ? r.codes.split('|').sort() : [],
    onHand: r.on_hand,
    reorderPoint: r.reorder_point,
    stockState: stockState(r.on_hand, r.reorder_point),
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    active: r.active === 1,
    archived: r.archived_at !== null,
    soldByWeight: r.sold_by_weight === 1,
    ageRestricted: r.age_restricted === 1,
    tracksLots: r.tracks_lots === 1,
    giftCard: r.gift_card === 1,
    parentId: r.parent_id,
    variantLabel: r.variant_label,
    version: r.version,
    updatedAt: r.updated_at,
  };
}
