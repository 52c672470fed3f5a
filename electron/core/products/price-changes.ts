import { sql } from 'kysely';
import { newId, nowIso } from '../clock';
import type { CoreContext } from '../context';
import type { JsonValue } from '../journal/entry-format';

export interface PriceChange {
  productId: string;
  oldPrice: number;
  newPrice: number;
  /** Who changed it; for a schedule, who scheduled it. */
  staffId: string | null;
  /** The schedule this change carries out, if any. */
  scheduledId: string | null;
}

/**
 * One 'price.changed' document for these changes: a price_changes row per product, the
 * journal entry and the outbox row, through the one document path. Called inside the
 * transaction that writes the products' new prices, so a price and its document commit
 * together or not at all.
 */
export function writePriceChangeDocument(
  ctx: CoreContext,
  tillId: string,
  changes: readonly PriceChange[],
  summary: { [key: string]: JsonValue },
): string {
  const done = ctx.documents.finalize('price.changed', tillId, (doc) => ({
    rows: {
      price_changes: changes.map((c) => ({
        id: newId(ctx.clock),
        doc_id: doc.id,
        product_id: c.productId,
        old_price: c.oldPrice,
        new_price: c.newPrice,
        staff_id: c.staffId,
        scheduled_id: c.scheduledId,
        created_at: doc.at,
      })),
    },
    summary: {
      ...summary,
      products: changes.length,
      // A few changes are worth reading in the journal without opening the rows.
      ...(changes.length <= 10
        ? { changes: changes.map((c) => ({ productId: c.productId, oldPrice: c.oldPrice, newPrice: c.newPrice })) }
        : {}),
    },
    result: doc.id,
  }));
  return done.result;
}

/** Sets a product's price as a price change does: a new version and updated_at with it. */
export function setPrice(ctx: CoreContext, productId: string, price: number): void {
  ctx.db.run(
    ctx.db.q
      .updateTable('products')
      .set({ price, version: sql`version + 1`, updated_at: nowIso(ctx.clock) })
      .where('id', '=', productId),
  );
}

/**
 * A price moved by a percentage in basis points, rounded half up to the minor unit and
 * never below 0. BigInt, because price x (10000 + bps) passes 2^53 for the largest prices.
 */
export function movePriceByBps(price: number, bps: number): number {
  const n = BigInt(price) * BigInt(10_000 + bps);
  if (n <= 0n) return 0;
  // Half up on a non-negative amount: add half the divisor, then floor.
  return Number((n + 5_000n) / 10_000n);
}
