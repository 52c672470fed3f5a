import { QTY_ONE, type Minor } from '../../../shared/domain/units';
import { newId, nowIso, type Clock } from '../clock';
import type { CartService } from '../cart/cart-service';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/**
 * Selling a gift card, or topping one up: one line of the gift card product carrying the
 * card's code, for the amount put on it. The amount is fixed (fixed_amount), so a quantity
 * change cannot put twice the money on the card. Checkout turns the line into the card's
 * movement (electron/core/sales/gift-card-rows.ts).
 */
export class CartGiftCard {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
    private readonly carts: CartService,
  ) {}

  add(tillId: string, staffId: string, code: string, amount: Minor): void {
    const card = code.toUpperCase();
    const product =
      this.db.first(
        this.db.q
          .selectFrom('products')
          .select(['id'])
          .where('gift_card', '=', 1)
          .where('active', '=', 1)
          .orderBy('sku')
          .limit(1),
      ) ?? fail('no_gift_card_product', 'No active product is flagged as a gift card');
    this.db.tx(() => {
      const cartId = this.carts.ensureCart(tillId, staffId);
      const position = this.carts.nextPosition(cartId);
      const same = this.db.first(
        this.db.q.selectFrom('cart_lines').select('id').where('cart_id', '=', cartId).where('gift_card_code', '=', card),
      );
      if (same) fail('invalid_input', `Gift card ${card} is already on this sale: remove that line to change its amount`);
      this.db.run(
        this.db.q.insertInto('cart_lines').values({
          id: newId(this.clock),
          cart_id: cartId,
          product_id: product.id,
          qty: QTY_ONE,
          unit_price: amount,
          fixed_amount: amount,
          gift_card_code: card,
          staff_id: staffId,
          position,
          created_at: nowIso(this.clock),
        }),
      );
      this.carts.touch(cartId);
    });
  }
}
