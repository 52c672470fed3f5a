import type { CartView } from '../../../shared/domain/cart';
import type { CatalogService } from '../catalog/catalog-service';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { CartCustomer } from '../customers/cart-customer';
import { CartGiftCard } from '../giftcards/cart-gift-card';
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
  const customer = new CartCustomer(ctx.db, carts);
  const giftCard = new CartGiftCard(ctx.db, ctx.clock, carts);
  const handlers: HandlersOf<'cart'> = {
    'cart.get': () => carts.view(till()),
    'cart.scan': (input, call) =>
      pushed(
        customer.attachByScan(till(), staffOf(call).id, input.code, input.qty)
          ? carts.view(till())
          : carts.scan(till(), staffOf(call).id, input.code, input.qty),
      ),
    'cart.addProduct': (input, call) => pushed(carts.addProduct(till(), staffOf(call).id, input.productId, input.qty)),
    'cart.setQty': (input) => pushed(carts.setQty(till(), input.lineId, input.qty)),
    'cart.removeLine': (input) => pushed(carts.removeLine(till(), input.lineId)),
    'cart.clear': () => pushed(carts.clear(till())),
    'cart.setCustomer': (input, call) => {
      customer.set(till(), staffOf(call).id, input.customerId);
      return pushed(carts.view(till()));
    },
    'cart.addGiftCard': (input, call) => {
      giftCard.add(till(), staffOf(call).id, input.code, input.amount);
      return pushed(carts.view(till()));
    },
  };
  return { carts, pushed, handlers };
}
