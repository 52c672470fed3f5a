import type { CartView } from '../../../shared/domain/cart';
import type { SaleResult, SaleWarning } from '../../../shared/domain/sale';
import type { CartService } from '../cart/cart-service';
import type { CoreContext } from '../context';
import type { PrintService } from '../receipts/print-service';
import type { CompletedSale } from './checkout';
import { loadReceiptDoc } from './receipt-doc';

export interface AfterCommitDeps {
  carts: CartService;
  printing: PrintService;
  pushCart: (cart: CartView) => CartView;
}

/**
 * The sale has committed: from here on nothing may turn the reply into an error, or a
 * cashier would take the money twice. Each step that reads after the commit is guarded
 * and, if it fails, becomes a warning in a successful reply.
 */
export interface AfterCommit {
  sale: SaleResult;
  /** The emptied cart, as pushed to the screens; null when it could not be read (see warnings). */
  cart: CartView | null;
}

export function afterCommit(ctx: CoreContext, deps: AfterCommitDeps, tillId: string, done: CompletedSale): AfterCommit {
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
  const cart = attempt('screens_not_updated', () => deps.pushCart(deps.carts.view(tillId)));
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
    sale: {
      saleId: done.saleId,
      receiptNumber: done.receiptNumber,
      total: done.total,
      tendered: done.tendered,
      change: done.change,
      receipt,
      printJob,
      warnings,
    },
    cart,
  };
}
