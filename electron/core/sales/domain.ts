import type { CartView } from '../../../shared/domain/cart';
import type { CartService } from '../cart/cart-service';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import type { TerminalHub } from '../payments/terminal/create-terminal';
import type { PrintService } from '../receipts/print-service';
import type { HandlersOf } from '../router';
import { afterCommit } from './after-commit';
import { CardPayments } from './card-payments';
import { loadReceiptDoc } from './receipt-doc';
import { recentSales } from './recent-sales';
import { Tenders } from './tenders';
import { findSales } from './sale-history';

interface SalesDeps {
  carts: CartService;
  printing: PrintService;
  pushCart: (cart: CartView) => CartView;
  terminals: TerminalHub;
}

/** sale.*: taking payment for the open cart, tender by tender, and the finalized sales of this till. */
export function salesDomain(ctx: CoreContext, deps: SalesDeps) {
  const tenders = new Tenders({
    db: ctx.db,
    clock: ctx.clock,
    carts: deps.carts,
    writer: ctx.documents,
    settings: ctx.settings,
    hub: deps.terminals,
    finish: (tillId, done) => afterCommit(ctx, deps, tillId, done),
    push: deps.pushCart,
  });
  const cards = new CardPayments(
    {
      db: ctx.db,
      clock: ctx.clock,
      carts: deps.carts,
      writer: ctx.documents,
      settings: ctx.settings,
      hub: deps.terminals,
      finish: (tillId, done) => afterCommit(ctx, deps, tillId, done),
      push: deps.pushCart,
    },
    tenders,
  );
  const till = () => tillIdOf(ctx);
  const handlers: HandlersOf<'sale'> = {
    'sale.payCash': (input, call) => tenders.payCash(till(), staffOf(call), input),
    'sale.addTender': (input, call) => tenders.add(till(), staffOf(call), input),
    'sale.removeTender': (input) => tenders.remove(till(), input.tenderId),
    'sale.payCard': (input, call) => cards.pay(till(), staffOf(call), input),
    'sale.confirmCard': (input) => cards.confirm(till(), input),
    'sale.recent': (input) => recentSales(ctx.db, till(), input.limit),
    'sale.receipt': (input) => loadReceiptDoc(ctx.db, input.saleId, { reprint: false }),
    'sale.find': (input) => findSales(ctx.db, tillIdOf(ctx), input),
  };
  return { handlers };
}
