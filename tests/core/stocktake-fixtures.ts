import { systemClock } from '../../electron/core/clock';
import type { CoreContext } from '../../electron/core/context';
import { homeLocationId } from '../../electron/core/inventory/locations';
import { onHandAt } from '../../electron/core/inventory/stock';
import { writeStockDocument } from '../../electron/core/inventory/stock-document';
import { waitFor, type Connection, type TestCore } from './harness';

/** The core's context, for putting goods on the shelf the way a receipt does (the stock document path). */
function contextOf(t: TestCore): CoreContext {
  const { core } = t;
  return {
    db: core.db,
    clock: systemClock,
    events: core.events,
    settings: core.services.settings,
    documents: core.services.documents,
    version: 'test',
  };
}

/** Goods received at the home location, at a purchase cost when given (moves the average cost). */
export function receive(t: TestCore, productId: string, qty: number, purchaseCost?: number): void {
  const ctx = contextOf(t);
  writeStockDocument(ctx, 'stock.received', {
    tillId: t.core.services.settings.get('tillId') ?? '',
    staffId: null,
    moves: [{ productId, locationId: homeLocationId(ctx.db), delta: qty, reason: 'delivery', purchaseCost: purchaseCost ?? null }],
    summary: { test: true },
  });
}

export function onHand(t: TestCore, productId: string): number {
  return onHandAt(t.core.db, productId, homeLocationId(t.core.db));
}

/** A cash sale of qty of one product at this connection's till, its receipt printed before the test goes on. */
export async function sell(t: TestCore, c: Connection, productId: string, qty: number): Promise<void> {
  const cart = await c.ok('cart.addProduct', { productId, qty });
  await c.ok('sale.payCash', { tendered: 1_000_000, cartVersion: cart.version });
  // A receipt still printing when the test closes the core would complain of a closed database.
  await waitFor(() => t.core.db.sqlite.prepare("select count(*) from print_jobs where status in ('queued', 'printing')").pluck().get() === 0);
}

export const rowsOf = <T>(t: TestCore, query: string, ...args: unknown[]) => t.core.db.sqlite.prepare(query).all(...args) as T[];
