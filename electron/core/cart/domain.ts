import { isMisreadGtin } from '../../../shared/barcode';
import type { CartView } from '../../../shared/domain/cart';
import type { CatalogService } from '../catalog/catalog-service';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import { DomainError, fail } from '../errors';
import type { HandlersOf } from '../router';
import { CartService } from './cart-service';

/** cart.*: the open cart of this till, which lives in the database. */
export function cartDomain(ctx: CoreContext, deps: { catalog: CatalogService }) {
  const carts = new CartService(ctx.db, ctx.clock, deps.catalog, ctx.settings);
  /** Every cart change is pushed too, for a customer display or a second window. */
  const pushed = (cart: CartView): CartView => {
    ctx.events.emit('cart.updated', cart);
    return cart;
  };
  const till = () => tillIdOf(ctx);
  const handlers: HandlersOf<'cart'> = {
    'cart.get': () => carts.view(till()),
    'cart.scan': (input, call) => {
      try {
        return pushed(carts.scan(till(), staffOf(call).id, input.code, input.qty));
      } catch (e) {
        // Checked once nothing matched, not before: a store may register digit-only SKUs or
        // codes without a check digit, and those must still ring up.
        if (e instanceof DomainError && e.code === 'unknown_barcode' && isMisreadGtin(input.code)) {
          fail('misread_barcode', `${input.code} has a wrong check digit: misread, scan again`);
        }
        throw e;
      }
    },
    'cart.addProduct': (input, call) => pushed(carts.addProduct(till(), staffOf(call).id, input.productId, input.qty)),
    'cart.setQty': (input) => pushed(carts.setQty(till(), input.lineId, input.qty)),
    'cart.removeLine': (input) => pushed(carts.removeLine(till(), input.lineId)),
    'cart.clear': () => pushed(carts.clear(till())),
  };
  return { carts, pushed, handlers };
}
