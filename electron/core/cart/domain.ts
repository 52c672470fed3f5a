import { isMisreadGtin } from '../../../shared/barcode';
import type { CartView } from '../../../shared/domain/cart';
import type { CatalogService } from '../catalog/catalog-service';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import type { ReasonCodes } from '../reasons/reason-codes';
import { DomainError, fail } from '../errors';
import type { HandlersOf } from '../router';
import { CartCustomer } from '../customers/cart-customer';
import { CartGiftCard } from '../giftcards/cart-gift-card';
import { ReturnService } from '../returns/return-service';
import type { Approvals } from '../session/approvals';
import { CartDiscounts } from './cart-discounts';
import { CartParking } from './cart-parking';
import { CartService } from './cart-service';
import { CartVoids } from './cart-voids';

/** cart.*: the open cart of this till, which lives in the database, and its parked ones. */
export function cartDomain(ctx: CoreContext, deps: { catalog: CatalogService; approvals: Approvals; reasons: ReasonCodes }) {
  const carts = new CartService(ctx.db, ctx.clock, deps.catalog, ctx.settings);
  const change = { db: ctx.db, carts, reasons: deps.reasons, approvals: deps.approvals };
  const discounts = new CartDiscounts(change);
  const voids = new CartVoids({ ...change, documents: ctx.documents });
  const parking = new CartParking({ ...change, documents: ctx.documents, clock: ctx.clock });
  const returns = new ReturnService(ctx.db, ctx.clock, carts, deps.approvals);
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
    'cart.scan': (input, call) => {
      try {
        return pushed(
          customer.attachByScan(till(), staffOf(call).id, input.code, input.qty)
            ? carts.view(till())
            : carts.scan(till(), staffOf(call).id, input.code, input.qty, input.ageChecked),
        );
      } catch (e) {
        // Checked once nothing matched, not before: a store may register digit-only SKUs or
        // codes without a check digit, and those must still ring up.
        if (e instanceof DomainError && e.code === 'unknown_barcode' && isMisreadGtin(input.code)) {
          fail('misread_barcode', `${input.code} has a wrong check digit: misread, scan again`);
        }
        throw e;
      }
    },
    'cart.addProduct': (input, call) =>
      pushed(carts.addProduct(till(), staffOf(call).id, input.productId, input.qty, input.ageChecked)),
    'cart.setQty': (input) => pushed(carts.setQty(till(), input.lineId, input.qty)),
    'cart.setCustomer': (input, call) => {
      customer.set(till(), staffOf(call).id, input.customerId);
      return pushed(carts.view(till()));
    },
    'cart.addGiftCard': (input, call) => {
      giftCard.add(till(), staffOf(call).id, input.code, input.amount);
      return pushed(carts.view(till()));
    },
    'cart.discountLine': async (input, call) => pushed(await discounts.discountLine(till(), staffOf(call), input)),
    'cart.discountSale': async (input, call) => pushed(await discounts.discountSale(till(), staffOf(call), input)),
    'cart.overridePrice': async (input, call) => pushed(await discounts.overridePrice(till(), staffOf(call), input)),
    'cart.voidLine': async (input, call) => pushed(await voids.voidLine(till(), staffOf(call), input)),
    'cart.voidSale': async (input, call) => pushed(await voids.voidSale(till(), staffOf(call), input)),
    'cart.park': (input, call) => pushed(parking.park(till(), staffOf(call), input.note)),
    'cart.parked': () => parking.parked(till()),
    'cart.resume': (input) => pushed(parking.resume(till(), input.cartId)),
    'cart.discardParked': (input, call) => parking.discard(till(), staffOf(call), input),
    // Returns (electron/core/returns): the cart only hands them over.
    'cart.addReturn': (input, call) => pushed(returns.addReturn(till(), staffOf(call), input.saleId, input.lines)),
    'cart.addReturnNoReceipt': async (input, call) => pushed(await returns.addNoReceipt(till(), staffOf(call), input)),
    'cart.setDisposition': (input) => pushed(returns.setDisposition(till(), input.lineId, input.disposition)),
  };
  return { carts, returns, pushed, handlers };
}
