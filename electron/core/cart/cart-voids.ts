import type { CartLineView, CartView } from '../../../shared/domain/cart';
import type { StaffView } from '../../../shared/domain/staff';
import type { DocumentWriter } from '../documents/document-writer';
import { fail } from '../errors';
import type { Approval } from '../session/approvals';
import { findLine, type CartChangeDeps } from './cart-discounts';

/** What the journal keeps of a voided line: enough to see what left the sale. */
export function journalLine(l: CartLineView) {
  return { name: l.name, sku: l.sku, qty: l.qty, amount: l.amount };
}

/**
 * Voids before payment: a line or the whole sale taken off, with a reason, by someone
 * holding sale.void or with a manager's PIN. Nothing was sold, so no document is made,
 * but the journal records what went, why, who did it and who approved it.
 */
export class CartVoids {
  constructor(private readonly d: CartChangeDeps & { documents: DocumentWriter }) {}

  async voidLine(
    tillId: string,
    staff: StaffView,
    input: { lineId: string; reasonId: string; approval?: Approval | undefined },
  ): Promise<CartView> {
    const cart = this.d.carts.view(tillId);
    const line = findLine(cart, input.lineId);
    const reason = this.d.reasons.label('void', input.reasonId);
    const { approver } = await this.d.approvals.authorize(
      staff,
      { permission: 'sale.void', what: `Voiding ${line.name}` },
      input.approval,
    );
    this.d.db.txImmediate(() => {
      // Deleted only if still there and unchanged since it was shown, so the journal says what went.
      const now = findLine(this.d.carts.view(tillId), line.id);
      if (now.qty !== line.qty || now.amount !== line.amount) fail('cart_changed', 'That line changed on another screen; check it and try again');
      this.d.db.run(this.d.db.q.deleteFrom('cart_lines').where('id', '=', line.id));
      this.d.carts.touch(cart.id);
      this.d.documents.record('cart.line_voided', tillId, {
        cartId: cart.id,
        line: journalLine(line),
        reason,
        staffId: staff.id,
        approvedBy: approver?.id ?? null,
      });
    });
    return this.d.carts.view(tillId);
  }

  /** An empty cart has nothing to void: the call just answers with it. */
  async voidSale(tillId: string, staff: StaffView, input: { reasonId: string; approval?: Approval | undefined }): Promise<CartView> {
    const cart = this.d.carts.view(tillId);
    if (cart.tenders.length > 0) fail('tenders_taken', 'Payments have been taken for this sale: remove the payments first');
    if (cart.lines.length === 0) return cart;
    const reason = this.d.reasons.label('void', input.reasonId);
    const { approver } = await this.d.approvals.authorize(
      staff,
      { permission: 'sale.void', what: 'Voiding the sale' },
      input.approval,
    );
    this.d.db.txImmediate(() => {
      const now = this.d.carts.view(tillId);
      if (now.version !== cart.version) fail('cart_changed', 'The cart changed on another screen; check it and try again');
      if (now.tenders.length > 0) fail('tenders_taken', 'Payments have been taken for this sale: remove the payments first');
      this.d.documents.record('cart.voided', tillId, {
        cartId: cart.id,
        parked: false,
        lines: cart.lines.map(journalLine),
        total: cart.totals.total,
        reason,
        staffId: staff.id,
        approvedBy: approver?.id ?? null,
      });
      this.d.carts.empty(cart.id);
    });
    return this.d.carts.view(tillId);
  }
}
