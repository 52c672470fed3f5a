import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { StaffView } from '../../../shared/domain/staff';
import { nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { movePriceByBps, setPrice, writePriceChangeDocument, type PriceChange } from './price-changes';
import { assertCategoryUsable, assertTaxRate } from './product-rules';
import type { ProductService } from './product-service';

/** The largest price the contract accepts (inputs.ts minor): a percentage cannot push past it. */
const MAX_PRICE = 1_000_000_000_00;
/** SQLite's bound on parameters is far above this; chunks keep each IN list modest. */
const CHUNK = 500;

/**
 * Price, category or tax rate on a selection, in one transaction. Every price that moves
 * goes into ONE 'price.changed' document (a row per product); category and tax changes are
 * one 'catalog.changed' entry. A product not found refuses the whole edit.
 */
export function bulkEdit(
  ctx: CoreContext,
  products: ProductService,
  input: ParsedInputOf<'products.bulkEdit'>,
  staff: StaffView,
): { updated: number } {
  const { db } = ctx;
  const tillId = tillIdOf(ctx);
  const ids = [...new Set(input.ids)];
  return db.txImmediate(() => {
    const rows: { id: string; price: number; category_id: string | null; tax_rate_id: string }[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      rows.push(
        ...db.all(db.q.selectFrom('products').select(['id', 'price', 'category_id', 'tax_rate_id']).where('id', 'in', chunk)),
      );
    }
    if (rows.length !== ids.length) fail('not_found', `${ids.length - rows.length} of the selected products no longer exist`);
    if (input.taxRateId !== undefined) assertTaxRate(db, input.taxRateId);
    if (input.categoryId !== undefined && input.categoryId !== null) assertCategoryUsable(db, input.categoryId);

    const changes: PriceChange[] = [];
    if (input.price !== undefined) {
      const price = input.price;
      for (const r of rows) {
        const next = price.kind === 'set' ? price.value : movePriceByBps(r.price, price.value);
        if (next > MAX_PRICE) fail('invalid_input', `That would price a product above ${MAX_PRICE} minor units`);
        if (next !== r.price) changes.push({ productId: r.id, oldPrice: r.price, newPrice: next, staffId: staff.id, scheduledId: null });
      }
    }
    const moved = rows.filter(
      (r) =>
        (input.categoryId !== undefined && r.category_id !== input.categoryId) ||
        (input.taxRateId !== undefined && r.tax_rate_id !== input.taxRateId),
    );
    for (const c of changes) setPrice(ctx, c.productId, c.newPrice);
    if (changes.length > 0) writePriceChangeDocument(ctx, tillId, changes, { staffId: staff.id, staffName: staff.name, bulk: true });
    if (moved.length > 0) {
      const at = nowIso(ctx.clock);
      const movedIds = moved.map((r) => r.id);
      for (let i = 0; i < movedIds.length; i += CHUNK) {
        db.run(
          db.q
            .updateTable('products')
            .set({
              ...(input.categoryId !== undefined ? { category_id: input.categoryId } : {}),
              ...(input.taxRateId !== undefined ? { tax_rate_id: input.taxRateId } : {}),
              version: sql`version + 1`,
              updated_at: at,
            })
            .where('id', 'in', movedIds.slice(i, i + CHUNK)),
        );
      }
      products.journal(tillId, staff, {
        action: 'product.bulkEdited',
        products: moved.length,
        ...(input.categoryId !== undefined ? { categoryId: input.categoryId } : {}),
        ...(input.taxRateId !== undefined ? { taxRateId: input.taxRateId } : {}),
        ...(moved.length <= 50 ? { productIds: movedIds } : {}),
      });
    }
    return { updated: new Set([...changes.map((c) => c.productId), ...moved.map((r) => r.id)]).size };
  });
}
