import type { SaleResult, SaleWarning } from '../../../shared/domain/sale';
import type { CartService } from '../cart/cart-service';
import type { CartView } from '../../../shared/domain/cart';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import type { PrintService } from '../receipts/print-service';
import type { HandlersOf } from '../router';
import { payCash, type CompletedSale } from './checkout';
import { loadReceiptDoc } from './receipt-doc';
import { recentSales } from './recent-sales';
import { findSales } from './sale-history';

interface SalesDeps {
  carts: CartService;
  printing: PrintService;
  pushCart: (cart: CartView) => CartView;
}

/** sale.*: taking payment for the open cart, and the finalized sales of this till. */
export function salesDomain(ctx: CoreContext, deps: SalesDeps) {
  const handlers: HandlersOf<'sale'> = {
    'sale.payCash': (input, call) => {
      const tillId = tillIdOf(ctx);
      const done = payCash(
        { db: ctx.db, clock: ctx.clock, carts: deps.carts, writer: ctx.documents, settings: ctx.settings },
        { tillId, staff: staffOf(call), tendered: input.tendered, cartVersion: input.cartVersion },
      );
      return afterCommit(ctx, deps, tillId, done);
    },
    'sale.recent': (input) => recentSales(ctx.db, tillIdOf(ctx), input.limit),
    'sale.receipt': (input) => loadReceiptDoc(ctx.db, input.saleId, { reprint: false }),
    'sale.find': (input) => findSales(ctx.db, tillIdOf(ctx), input),
  };
  return { handlers };
}

/**
 * The sale has committed: from here on nothing may turn the reply into an error, or a
 * cashier would take the money twice. Each step that reads after the commit is guarded
 * and, if it fails, becomes a warning in a successful reply.
 */
function afterCommit(ctx: CoreContext, deps: SalesDeps, tillId: string, done: CompletedSale): SaleResult {
  const warnings: SaleWarning[] = [];
  const attempt = <T>(warning: SaleWarning, step: () => T): T | null => {
    try {
      return step();
    } catch (err) {
      console.error(`sale ${done.receiptNumber} committed, then ${warning}`, err);
      warnings.push(warning);
      return null;
    }
  };
  attempt('screens_not_updated', () => deps.pushCart(deps.carts.view(tillId)));
  const receipt = attempt('receipt_not_loaded', () => loadReceiptDoc(ctx.db, done.saleId, { reprint: false }));
  const printJob = attempt('print_not_queued', () => deps.printing.job(done.printJobId));
  // Printing starts after this reply has gone out and is never awaited: the till moves on,
  // and the outcome arrives as a print.job push.
  setImmediate(() => {
    Promise.resolve()
      .then(() => deps.printing.print(done.printJobId))
      .catch((err: unknown) => console.error(`receipt ${done.receiptNumber} could not be printed`, err));
  });
  return {
    saleId: done.saleId,
    receiptNumber: done.receiptNumber,
    total: done.total,
    tendered: done.tendered,
    change: done.change,
    receipt,
    printJob,
    warnings,
  };
}
