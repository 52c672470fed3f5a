import type { CartView } from '../../../shared/domain/cart';
import type { CatalogService } from '../catalog/catalog-service';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { ReturnService } from '../returns/return-service';
import type { Approvals } from '../session/approvals';
import { CartService } from './cart-service';

/** cart.*: the open cart of this till, which lives in the database. */
export function cartDomain(ctx: CoreContext, deps: { catalog: CatalogService; approvals: Approvals }) {
  const carts = new CartService(ctx.db, ctx.clock, deps.catalog, ctx.settings);
  const returns = new ReturnService(ctx.db, ctx.clock, carts, deps.approvals);
  /** Every cart change is pushed too, for a customer display or a second window. */
  const pushed = (cart: CartView): CartView => {
    ctx.events.emit('cart.updated', cart);
    return cart;
  };
  const till = () => tillIdOf(ctx);
  const handlers: HandlersOf<'cart'> = {
    'cart.get': () => carts.view(till()),
    'cart.scan': (input, call) => pushed(carts.scan(till(), staffOf(call).id, input.code, input.qty)),
    'cart.addProduct': (input, call) => pushed(carts.addProduct(till(), staffOf(call).id, input.productId, input.qty)),
    'cart.setQty': (input) => pushed(carts.setQty(till(), input.lineId, input.qty)),
    'cart.removeLine': (input) => pushed(carts.removeLine(till(), input.lineId)),
    'cart.clear': () => pushed(carts.clear(till())),
    // Returns (electron/core/returns): the cart only hands them over.
    'cart.addReturn': (input, call) => pushed(returns.addReturn(till(), staffOf(call), input.saleId, input.lines)),
    'cart.addReturnNoReceipt': async (input, call) => pushed(await returns.addNoReceipt(till(), staffOf(call), input)),
    'cart.setDisposition': (input) => pushed(returns.setDisposition(till(), input.lineId, input.disposition)),
  };
  return { carts, returns, pushed, handlers };
}
