import { sql } from 'kysely';
import type { ProductView } from '../../../shared/domain/catalog';
import type { Kysely } from 'kysely';
import { prepared, type Arg } from '../db/prepared';
import type { DB } from '../db/schema';

/**
 * The one select every product read goes through, so each returns the same view. On hand
 * is the stock at `locationId`, the location the till sells from: what the cashier can
 * hand over, and what a sale there is checked against.
 */
export function productSelect(q: Kysely<DB>, locationId: string) {
  return q
    .selectFrom('products as p')
    .innerJoin('tax_rates as t', 't.id', 'p.tax_rate_id')
    .leftJoin('location_stock as s', (j) => j.onRef('s.product_id', '=', 'p.id').on('s.location_id', '=', locationId))
    .select([
      'p.id',
      'p.sku',
      'p.name',
      'p.category_id',
      'p.price',
      'p.tax_rate_id',
      't.rate_bps',
      't.code as tax_code',
      'p.unit',
      'p.active',
      'p.gift_card',
      'p.sold_by_weight',
      'p.age_restricted',
      'p.tracks_lots',
      'p.archived_at',
      sql<number>`coalesce(s.on_hand, 0)`.as('on_hand'),
      sql<string | null>`(select group_concat(b.code, '|') from barcodes b where b.product_id = p.id)`.as('codes'),
    ]);
}

/** A scan's reads, prepared: by barcode (the common case), by SKU, by id. */
export const productByBarcode = prepared((q, arg: Arg<{ code: string; locationId: string }>) =>
  productSelect(q, arg('locationId')).innerJoin('barcodes as bc', 'bc.product_id', 'p.id').where('bc.code', '=', arg('code')),
);
export const productBySku = prepared((q, arg: Arg<{ sku: string; locationId: string }>) =>
  productSelect(q, arg('locationId')).where('p.sku', '=', arg('sku')),
);
export const productById = prepared((q, arg: Arg<{ id: string; locationId: string }>) =>
  productSelect(q, arg('locationId')).where('p.id', '=', arg('id')),
);

export type ProductRow = Awaited<ReturnType<ReturnType<typeof productSelect>['executeTakeFirstOrThrow']>>;

export function toProductView(r: ProductRow): ProductView {
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    categoryId: r.category_id,
    price: r.price,
    taxRateId: r.tax_rate_id,
    rateBps: r.rate_bps,
    unit: r.unit,
    barcodes: r.codes ? r.codes.split('|') : [],
    onHand: r.on_hand,
    // An archived product is no longer sold: to the till it is as inactive as can be.
    active: r.active === 1 && r.archived_at === null,
    giftCard: r.gift_card === 1,
    soldByWeight: r.sold_by_weight === 1,
    ageRestricted: r.age_restricted === 1,
    tracksLots: r.tracks_lots === 1,
  };
}
