import type { CartService } from '../cart/cart-service';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { customerById, customerByLoyaltyCode } from './customer-row';

/** Who the open cart is for: attached by search or by their loyalty card's code. */
export class CartCustomer {
  constructor(
    private readonly db: SqlDb,
    private readonly carts: CartService,
  ) {}

  /** null detaches. An archived customer is not attached to a new sale. */
  set(tillId: string, staffId: string, customerId: string | null): void {
    this.db.tx(() => {
      if (customerId !== null) {
        const customer = customerById(this.db, customerId) ?? fail('not_found', 'No such customer');
        if (customer.archived_at !== null) fail('customer_archived', `${customer.name} is archived`);
      }
      const cartId = this.carts.ensureCart(tillId, staffId);
      this.db.run(this.db.q.updateTable('carts').set({ customer_id: customerId }).where('id', '=', cartId));
      this.carts.touch(cartId);
    });
  }

  /**
   * A scanned code that is a customer's loyalty code attaches them and answers true; any
   * other code answers false and goes on to the catalog. Loyalty codes never clash with a
   * product's barcode (checked when the code is given), so the order costs one index read.
   */
  attachByScan(tillId: string, staffId: string, code: string, qty: number | undefined): boolean {
    const customer = customerByLoyaltyCode(this.db, code);
    if (!customer) return false;
    if (qty !== undefined) fail('invalid_input', 'A loyalty card carries no quantity: scan it without keying one');
    this.set(tillId, staffId, customer.id);
    return true;
  }
}
