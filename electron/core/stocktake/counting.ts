import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CountEntryView } from '../../../shared/domain/stocktake';
import { QTY_ONE, type Qty } from '../../../shared/domain/units';
import { weightFromPrice } from '../../../shared/money';
import type { CatalogService } from '../catalog/catalog-service';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { onHandAt } from '../inventory/stock';
import { productInScope, scopeOf } from './scope';
import { assertCounting, takeOrFail } from './take-row';

interface Entry {
  takeId: string;
  productId: string;
  qty: Qty;
  outsideScope: boolean;
  /** An undo: the entry taken back. */
  undoes?: string;
}

/**
 * Counts what a scanner delivered, through the same lookup the till sells by: an
 * in-store weight or price label carries its own quantity, a barcode or SKU counts one
 * (or the quantity keyed before the scan).
 */
export function scanCount(ctx: CoreContext, catalog: CatalogService, input: ParsedInputOf<'stocktake.scan'>, staffId: string): CountEntryView {
  const store = ctx.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
  const exponent = store.currencyExponent;
  const match = catalog.lookupCode(input.code, ctx.settings.instoreRules(exponent), exponent) ?? fail('unknown_barcode', `Unknown barcode ${input.code}`);
  const { product } = match;
  if (match.archived) fail('not_found', `${product.name} is archived: restore it in the catalog to count it`);
  if (product.giftCard) fail('invalid_input', `${product.name} is a gift card: it holds no stock to count`);
  if (input.qty !== undefined && (match.price !== undefined || match.weight !== undefined)) {
    fail('invalid_input', `The label on ${product.name} carries its own quantity: scan it without keying one`);
  }
  let qty: Qty;
  if (match.weight !== undefined) {
    if (product.unit !== 'kg') fail('invalid_label', `${product.name} is counted each, not by weight`);
    qty = match.weight;
  } else if (match.price !== undefined) {
    if (product.unit === 'each') qty = QTY_ONE;
    else if (product.price <= 0) fail('no_unit_price', `${product.name} has no price per kg, so a price label cannot tell its weight`);
    else qty = weightFromPrice(match.price, product.price);
  } else if (input.qty !== undefined) {
    qty = input.qty;
  } else {
    if (product.soldByWeight) fail('weight_required', `Weigh ${product.name} and key its weight, then scan`);
    if (product.unit !== 'each') fail('qty_required', `Key how much of ${product.name} (in ${product.unit}), then scan`);
    qty = QTY_ONE;
  }
  if (qty <= 0) fail('invalid_label', `The label for ${product.name} shows nothing to count`);
  assertWhole(product.unit, qty, product.name);
  return addEntry(ctx, { takeId: input.id, productId: product.id, qty, outsideScope: input.outsideScope }, staffId);
}

/** A typed count, or a correction (negative) of the product's count so far. */
export function typedCount(ctx: CoreContext, input: ParsedInputOf<'stocktake.count'>, staffId: string): CountEntryView {
  const product =
    ctx.db.first(ctx.db.q.selectFrom('products').select(['id', 'name', 'unit', 'archived_at', 'gift_card']).where('id', '=', input.productId)) ??
    fail('not_found', 'No such product');
  if (product.archived_at !== null) fail('not_found', `${product.name} is archived: restore it in the catalog to count it`);
  if (product.gift_card === 1) fail('invalid_input', `${product.name} is a gift card: it holds no stock to count`);
  assertWhole(product.unit, Math.abs(input.qty), product.name);
  return addEntry(ctx, { takeId: input.id, productId: product.id, qty: input.qty, outsideScope: input.outsideScope }, staffId);
}

/** Takes back the caller's last entry that is neither an undo nor undone already. */
export function undoLast(ctx: CoreContext, takeId: string, staffId: string): CountEntryView {
  const { db } = ctx;
  return db.txImmediate(() => {
    const last =
      db.first(
        db.q
          .selectFrom('stock_take_counts as c')
          .select(['c.id', 'c.product_id', 'c.qty'])
          .where('c.stock_take_id', '=', takeId)
          .where('c.staff_id', '=', staffId)
          .where('c.undoes', 'is', null)
          .where(sql<boolean>`not exists (select 1 from stock_take_counts u where u.undoes = c.id)`)
          .orderBy('c.created_at', 'desc')
          .orderBy('c.id', 'desc')
          .limit(1),
      ) ?? fail('not_found', 'You have no count entry left to undo in this stock take');
    return addEntry(ctx, { takeId, productId: last.product_id, qty: -last.qty, outsideScope: true, undoes: last.id }, staffId);
  });
}

/**
 * One entry, in one IMMEDIATE transaction with the read of the location's on hand it
 * records as expected: a sale committing at the same moment is either before both or
 * after both, never between.
 */
function addEntry(ctx: CoreContext, e: Entry, staffId: string): CountEntryView {
  const { db } = ctx;
  const tillId = tillIdOf(ctx);
  return db.txImmediate(() => {
    const take = takeOrFail(db, e.takeId);
    assertCounting(take, 'it takes no more counts');
    const inScope = productInScope(db, scopeOf(db, take), e.productId);
    if (e.undoes === undefined) {
      if (!inScope && !e.outsideScope) {
        fail('not_in_stock_take', `${productName(ctx, e.productId)} is not part of stock take ${take.reference}`);
      }
      const elsewhere = countedElsewhere(ctx, take.id, take.location_id, e.productId);
      if (elsewhere !== null) {
        fail('stock_take_overlaps', `${productName(ctx, e.productId)} is being counted in stock take ${elsewhere}`);
      }
      if (countedSoFar(ctx, take.id, e.productId) + e.qty < 0) {
        fail('invalid_input', `The count of ${productName(ctx, e.productId)} cannot go below zero`);
      }
    }
    const id = newId(ctx.clock);
    db.insert('stock_take_counts', {
      id,
      stock_take_id: take.id,
      product_id: e.productId,
      qty: e.qty,
      expected: onHandAt(db, e.productId, take.location_id),
      staff_id: staffId,
      till_id: tillId,
      created_at: nowIso(ctx.clock),
      undoes: e.undoes ?? null,
    });
    const view = entryViews(ctx, take.id, { entryId: id })[0] ?? fail('internal', 'The count entry vanished');
    return { ...view, outsideScope: !inScope };
  });
}

function productName(ctx: CoreContext, productId: string): string {
  return ctx.db.first(ctx.db.q.selectFrom('products').select('name').where('id', '=', productId))?.name ?? 'This product';
}

function countedSoFar(ctx: CoreContext, takeId: string, productId: string): number {
  const row = ctx.db.first(
    ctx.db.q
      .selectFrom('stock_take_counts')
      .select((eb) => eb.fn.sum<number | null>('qty').as('n'))
      .where('stock_take_id', '=', takeId)
      .where('product_id', '=', productId),
  );
  return row?.n ?? 0;
}

/** Another take still counting at the location that already holds entries for the product. */
function countedElsewhere(ctx: CoreContext, takeId: string, locationId: string, productId: string): string | null {
  const row = ctx.db.first(
    ctx.db.q
      .selectFrom('stock_takes as t')
      .select('t.reference')
      .where('t.status', '=', 'counting')
      .where('t.location_id', '=', locationId)
      .where('t.id', '<>', takeId)
      .where(sql<boolean>`exists (select 1 from stock_take_counts c where c.stock_take_id = t.id and c.product_id = ${productId})`)
      .limit(1),
  );
  return row?.reference ?? null;
}

/** Items counted each come whole; kg, litres and metres may be fractional. */
function assertWhole(unit: string, qty: number, name: string): void {
  if (unit === 'each' && qty % QTY_ONE !== 0) {
    fail('invalid_input', `${name} is counted in whole items, and qty is in thousandths: 3 items is 3000`);
  }
}

/** The caller's last entries (or one entry), newest first. */
export function entryViews(ctx: CoreContext, takeId: string, which: { staffId: string; limit: number } | { entryId: string }): CountEntryView[] {
  const { db } = ctx;
  let q = db.q
    .selectFrom('stock_take_counts as c')
    .innerJoin('products as p', 'p.id', 'c.product_id')
    .leftJoin('staff as s', 's.id', 'c.staff_id')
    .select(['c.id', 'c.product_id', 'p.sku', 'p.name', 'p.unit', 'c.qty', 'c.created_at', 'c.undoes', 's.name as staff_name'])
    .select(sql<number>`(select sum(a.qty) from stock_take_counts a where a.stock_take_id = c.stock_take_id and a.product_id = c.product_id)`.as('counted'))
    .select(sql<number>`exists (select 1 from stock_take_counts u where u.undoes = c.id)`.as('undone'))
    .where('c.stock_take_id', '=', takeId);
  q = 'entryId' in which ? q.where('c.id', '=', which.entryId) : q.where('c.staff_id', '=', which.staffId).orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(which.limit);
  const take = takeOrFail(db, takeId);
  const scope = scopeOf(db, take);
  return db.all(q).map((r) => ({
    id: r.id,
    productId: r.product_id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    qty: r.qty,
    counted: r.counted,
    staffName: r.staff_name,
    at: r.created_at,
    isUndo: r.undoes !== null,
    undone: r.undone === 1,
    outsideScope: 'entryId' in which ? false : !productInScope(db, scope, r.product_id),
  }));
}
