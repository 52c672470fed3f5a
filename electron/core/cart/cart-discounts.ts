import type { CartLineView, CartView } from '../../../shared/domain/cart';
import type { StaffView } from '../../../shared/domain/staff';
import type { Minor } from '../../../shared/domain/units';
import { lineAmount, sumMinor } from '../../../shared/money';
import { discountDepthBps, type DiscountSpec } from '../../../shared/pricing';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import type { ReasonCodes } from '../reasons/reason-codes';
import type { Approval, Approvals } from '../session/approvals';
import type { CartService } from './cart-service';

export interface CartChangeDeps {
  db: SqlDb;
  carts: CartService;
  reasons: ReasonCodes;
  approvals: Approvals;
}

/**
 * Line and sale discounts and price overrides. Each needs its permission, a reason from
 * the store's list, and beyond the role's limit a manager's PIN (session/approvals.ts);
 * the reason's label and the approver are kept on the cart for checkout to record.
 */
export class CartDiscounts {
  constructor(private readonly d: CartChangeDeps) {}

  async discountLine(
    tillId: string,
    staff: StaffView,
    input: { lineId: string; kind: DiscountSpec['kind']; value: number; reasonId?: string | undefined; approval?: Approval | undefined },
  ): Promise<CartView> {
    const cart = this.d.carts.view(tillId);
    const line = findLine(cart, input.lineId);
    this.assertDiscountable(line);
    if (input.value === 0) {
      return this.change(tillId, cart.version, (cartId) =>
        this.setLineDiscount(cartId, line.id, null, null, null),
      );
    }
    const reason = this.d.reasons.label('discount', input.reasonId);
    const depth = input.kind === 'percent' ? input.value : discountDepthBps(line.gross, Math.min(input.value, line.gross));
    const { approver } = await this.d.approvals.authorize(
      staff,
      { permission: 'sale.discount', depthBps: depth, what: `A discount on ${line.name}` },
      input.approval,
    );
    return this.change(tillId, cart.version, (cartId) =>
      this.setLineDiscount(cartId, line.id, { kind: input.kind, value: input.value }, reason, approver?.id ?? null),
    );
  }

  async discountSale(
    tillId: string,
    staff: StaffView,
    input: { kind: DiscountSpec['kind']; value: number; reasonId?: string | undefined; approval?: Approval | undefined },
  ): Promise<CartView> {
    const cart = this.d.carts.view(tillId);
    if (cart.lines.length === 0) fail('cart_empty', 'The cart is empty');
    const set = (spec: DiscountSpec | null, reason: string | null, approvedBy: string | null) => (cartId: string) =>
      this.d.db.run(
        this.d.db.q
          .updateTable('carts')
          .set({
            discount_kind: spec?.kind ?? null,
            discount_value: spec?.value ?? null,
            discount_reason: reason,
            discount_approved_by: approvedBy,
          })
          .where('id', '=', cartId),
      );
    if (input.value === 0) return this.change(tillId, cart.version, set(null, null, null));
    // What a sale discount comes off: the discountable lines after their own discounts.
    const base = sumMinor(
      cart.lines.filter((l) => this.discountable(l) && l.gross - l.lineDiscount > 0).map((l) => l.gross - l.lineDiscount),
    );
    if (base <= 0) fail('invalid_input', 'Nothing in this sale can take a discount (returns and gift cards take none)');
    const reason = this.d.reasons.label('discount', input.reasonId);
    const depth = input.kind === 'percent' ? input.value : discountDepthBps(base, Math.min(input.value, base));
    const { approver } = await this.d.approvals.authorize(
      staff,
      { permission: 'sale.discount', depthBps: depth, what: 'A discount on the whole sale' },
      input.approval,
    );
    return this.change(tillId, cart.version, set({ kind: input.kind, value: input.value }, reason, approver?.id ?? null));
  }

  /**
   * A new unit price for a line. The catalog price stays in list_price, however many times
   * the price is changed; setting the catalog price again undoes the override. Lowering it
   * is measured like a discount against the line at the catalog price.
   */
  async overridePrice(
    tillId: string,
    staff: StaffView,
    input: { lineId: string; unitPrice: Minor; reasonId: string; approval?: Approval | undefined },
  ): Promise<CartView> {
    const cart = this.d.carts.view(tillId);
    const line = findLine(cart, input.lineId);
    if (line.returnOf !== null || line.qty < 0) fail('invalid_input', 'A return line refunds what was paid: its price cannot change');
    if (this.isGiftCard(line)) fail('invalid_input', 'A gift card line is worth what is loaded on it: its price cannot change');
    if (line.fixedAmount) fail('fixed_amount_line', 'This line has its price from a label: its price cannot change');
    const catalogPrice = line.listPrice ?? line.unitPrice;
    const reason = this.d.reasons.label('price_override', input.reasonId);
    if (input.unitPrice === catalogPrice) {
      return this.change(tillId, cart.version, (cartId) => this.setPrice(cartId, line.id, catalogPrice, null, null, null));
    }
    const listGross = lineAmount(catalogPrice, line.qty);
    const newGross = lineAmount(input.unitPrice, line.qty);
    const depth = newGross < listGross ? discountDepthBps(listGross, listGross - newGross) : 0;
    const { approver } = await this.d.approvals.authorize(
      staff,
      { permission: 'sale.priceOverride', depthBps: depth, what: `A new price for ${line.name}` },
      input.approval,
    );
    return this.change(tillId, cart.version, (cartId) =>
      this.setPrice(cartId, line.id, input.unitPrice, catalogPrice, reason, approver?.id ?? null),
    );
  }

  /**
   * Applies a change to the cart the approval was given for: if the cart moved while a
   * PIN was being checked (another window), the depth approved may no longer hold.
   */
  private change(tillId: string, seenVersion: number, apply: (cartId: string) => void): CartView {
    this.d.db.tx(() => {
      const row = this.d.carts.cartRow(tillId) ?? fail('cart_empty', 'The cart is empty');
      const now = this.d.db.first(this.d.db.q.selectFrom('carts').select('version').where('id', '=', row.id));
      if (now?.version !== seenVersion) fail('cart_changed', 'The cart changed on another screen; check it and try again');
      apply(row.id);
      this.d.carts.touch(row.id);
    });
    return this.d.carts.view(tillId);
  }

  private setLineDiscount(
    cartId: string,
    lineId: string,
    spec: DiscountSpec | null,
    reason: string | null,
    approvedBy: string | null,
  ): void {
    this.d.db.run(
      this.d.db.q
        .updateTable('cart_lines')
        .set({
          discount_kind: spec?.kind ?? null,
          discount_value: spec?.value ?? null,
          discount_reason: reason,
          discount_approved_by: approvedBy,
        })
        .where('id', '=', lineId)
        .where('cart_id', '=', cartId),
    );
  }

  private setPrice(
    cartId: string,
    lineId: string,
    unitPrice: Minor,
    listPrice: Minor | null,
    reason: string | null,
    approvedBy: string | null,
  ): void {
    this.d.db.run(
      this.d.db.q
        .updateTable('cart_lines')
        .set({ unit_price: unitPrice, list_price: listPrice, override_reason: reason, override_approved_by: approvedBy })
        .where('id', '=', lineId)
        .where('cart_id', '=', cartId),
    );
  }

  private assertDiscountable(line: CartLineView): void {
    if (line.returnOf !== null || line.qty < 0) fail('invalid_input', 'A return line takes no discount: it refunds what was paid');
    if (this.isGiftCard(line)) fail('invalid_input', 'A gift card line takes no discount');
  }

  private discountable(line: CartLineView): boolean {
    return line.returnOf === null && line.qty > 0 && !this.isGiftCard(line);
  }

  private isGiftCard(line: CartLineView): boolean {
    if (line.giftCardCode !== null) return true;
    const p = this.d.db.first(this.d.db.q.selectFrom('products').select('gift_card').where('id', '=', line.productId));
    return p?.gift_card === 1;
  }
}

export function findLine(cart: CartView, lineId: string): CartLineView {
  return cart.lines.find((l) => l.id === lineId) ?? fail('not_found', 'That line is no longer in the cart');
}
