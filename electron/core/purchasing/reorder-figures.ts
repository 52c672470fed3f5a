import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ReorderFiguresView } from '../../../shared/domain/purchasing';
import type { StaffView } from '../../../shared/domain/staff';
import { nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { assertStockLocation } from '../inventory/locations';

/**
 * A product's figures at every location. The home location's reorder point and quantity
 * are the product's own (products.reorder_point, the product form's fields), so the two
 * can never disagree; its shelf, and every other location's figures, are product_locations.
 */
export function reorderFigures(db: SqlDb, productId: string): ReorderFiguresView[] {
  const p =
    db.first(db.q.selectFrom('products').select(['reorder_point', 'reorder_qty']).where('id', '=', productId)) ??
    fail('not_found', 'No such product');
  const rows = db.all(
    db.q
      .selectFrom('locations as loc')
      .leftJoin('location_stock as ls', (j) =>
        j.onRef('ls.location_id', '=', 'loc.id').on('ls.product_id', '=', productId),
      )
      .leftJoin('product_locations as pl', (j) =>
        j.onRef('pl.location_id', '=', 'loc.id').on('pl.product_id', '=', productId),
      )
      .select(['loc.id', 'loc.name', 'loc.home', 'ls.on_hand', 'pl.reorder_point', 'pl.reorder_qty', 'pl.shelf'])
      .where('loc.kind', '<>', 'transit')
      .where('loc.archived_at', 'is', null)
      .orderBy('loc.home', 'desc')
      .orderBy(sql`loc.name collate nocase`),
  );
  return rows.map((r) => {
    const home = r.home === 1;
    return {
      locationId: r.id,
      locationName: r.name,
      home,
      onHand: r.on_hand ?? 0,
      reorderPoint: home ? p.reorder_point : r.reorder_point,
      reorderQty: home ? p.reorder_qty : r.reorder_qty,
      shelf: r.shelf ?? '',
    };
  });
}

export function setReorderFigures(
  ctx: CoreContext,
  input: ParsedInputOf<'purchasing.setReorderFigures'>,
  staff: StaffView,
): ReorderFiguresView[] {
  const { db } = ctx;
  if (input.reorderQty !== null && input.reorderPoint === null)
    fail('invalid_input', 'A reorder quantity needs a reorder point');
  db.txImmediate(() => {
    const product =
      db.first(
        db.q.selectFrom('products').select(['id', 'name', 'version', 'archived_at']).where('id', '=', input.productId),
      ) ?? fail('not_found', 'No such product');
    if (product.archived_at !== null) fail('invalid_input', `${product.name} is archived`);
    assertStockLocation(db, input.locationId);
    const home = db.first(db.q.selectFrom('locations').select('home').where('id', '=', input.locationId))?.home === 1;
    const at = nowIso(ctx.clock);
    if (home) {
      // The product form edits these too: its version moves so a form opened before refuses to overwrite them.
      db.run(
        db.q
          .updateTable('products')
          .set({
            reorder_point: input.reorderPoint,
            reorder_qty: input.reorderQty,
            version: product.version + 1,
            updated_at: at,
          })
          .where('id', '=', product.id),
      );
    }
    const figures = home
      ? { reorder_point: null, reorder_qty: null }
      : { reorder_point: input.reorderPoint, reorder_qty: input.reorderQty };
    db.run(
      db.q
        .insertInto('product_locations')
        .values({
          product_id: product.id,
          location_id: input.locationId,
          ...figures,
          shelf: input.shelf,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.columns(['product_id', 'location_id']).doUpdateSet({ ...figures, shelf: input.shelf, updated_at: at }),
        ),
    );
    ctx.documents.record('stock.changed', tillIdOf(ctx), {
      action: 'reorder_figures.set',
      productId: product.id,
      locationId: input.locationId,
      reorderPoint: input.reorderPoint,
      reorderQty: input.reorderQty,
      shelf: input.shelf,
      staffId: staff.id,
      staffName: staff.name,
    });
  });
  return reorderFigures(db, input.productId);
}
