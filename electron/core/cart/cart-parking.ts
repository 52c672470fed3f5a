import type { CartView, ParkedCartView } from '../../../shared/domain/cart';
import type { StaffView } from '../../../shared/domain/staff';
import { nowIso, type Clock } from '../clock';
import type { DocumentWriter } from '../documents/document-writer';
import { fail } from '../errors';
import type { Approval } from '../session/approvals';
import type { CartChangeDeps } from './cart-discounts';
import { loadCartView } from './cart-view';
import { journalLine } from './cart-voids';

/**
 * Parking: the customer steps aside, the sale waits in the database (it survives a
 * restart) and the till serves the next one. Several carts per till, one of them open.
 */
export class CartParking {
  constructor(private readonly d: CartChangeDeps & { documents: DocumentWriter; clock: Clock }) {}

  park(tillId: string, staff: StaffView, note: string): CartView {
    this.d.db.txImmediate(() => {
      const cart = this.d.carts.view(tillId);
      if (cart.lines.length === 0) fail('cart_empty', 'The cart is empty: there is nothing to park');
      if (cart.tenders.length > 0) fail('tenders_taken', 'Payments have been taken for this sale: remove the payments first');
      this.d.db.run(
        this.d.db.q
          .updateTable('carts')
          .set({ parked_at: nowIso(this.d.clock), parked_by: staff.id, park_note: note })
          .where('id', '=', cart.id),
      );
      this.d.carts.touch(cart.id);
      this.d.documents.record('cart.parked', tillId, {
        cartId: cart.id,
        note,
        lines: cart.lines.length,
        total: cart.totals.total,
        staffId: staff.id,
      });
    });
    return this.d.carts.view(tillId);
  }

  parked(tillId: string): ParkedCartView[] {
    const inclusive = this.d.carts.store().taxInclusive;
    const rows = this.d.db.all(
      this.d.db.q
        .selectFrom('carts as c')
        .leftJoin('staff as s', 's.id', 'c.parked_by')
        .select(['c.id', 'c.park_note', 'c.parked_at', 's.name as parked_by'])
        .where('c.till_id', '=', tillId)
        .where('c.parked_at', 'is not', null)
        .orderBy('c.parked_at', 'desc')
        .orderBy('c.id', 'desc'),
    );
    return rows.map((r) => {
      const view = loadCartView(this.d.db, tillId, inclusive, r.id);
      return {
        id: r.id,
        note: r.park_note ?? '',
        parkedAt: r.parked_at ?? '',
        parkedBy: r.parked_by ?? '',
        lines: view.lines.length,
        total: view.totals.total,
        customerName: view.customer?.name ?? null,
      };
    });
  }

  /**
   * Brings a parked sale back as the open one. The sale on screen must be empty (an empty
   * cart row is dropped). The resumed cart takes a version above any this till has used,
   * so a payment naming an older version of any cart is refused.
   */
  resume(tillId: string, cartId: string): CartView {
    this.d.db.txImmediate(() => {
      this.parkedRow(tillId, cartId);
      // Read before the empty open cart goes: its version may be the till's highest.
      const top = this.d.db.first(
        this.d.db.q
          .selectFrom('carts')
          .select((eb) => eb.fn.max('version').as('v'))
          .where('till_id', '=', tillId),
      );
      const open = this.d.carts.cartRow(tillId);
      if (open) {
        const view = this.d.carts.view(tillId);
        if (view.lines.length > 0) fail('cart_not_empty', 'Finish, park or void the sale on screen first');
        if (view.tenders.length > 0) fail('tenders_taken', 'Payments have been taken for the sale on screen: remove them first');
        this.d.db.run(this.d.db.q.deleteFrom('carts').where('id', '=', open.id));
      }
      this.d.db.run(
        this.d.db.q
          .updateTable('carts')
          .set({ parked_at: null, parked_by: null, park_note: null, version: (top?.v ?? 0) + 1, updated_at: nowIso(this.d.clock) })
          .where('id', '=', cartId),
      );
    });
    return this.d.carts.view(tillId);
  }

  async discard(
    tillId: string,
    staff: StaffView,
    input: { cartId: string; reasonId: string; approval?: Approval | undefined },
  ): Promise<ParkedCartView[]> {
    this.parkedRow(tillId, input.cartId);
    const reason = this.d.reasons.label('void', input.reasonId);
    const { approver } = await this.d.approvals.authorize(
      staff,
      { permission: 'sale.void', what: 'Voiding a parked sale' },
      input.approval,
    );
    this.d.db.txImmediate(() => {
      // Still parked? Another window may have resumed it while the PIN was checked.
      this.parkedRow(tillId, input.cartId);
      const cart = loadCartView(this.d.db, tillId, this.d.carts.store().taxInclusive, input.cartId);
      this.d.documents.record('cart.voided', tillId, {
        cartId: cart.id,
        parked: true,
        lines: cart.lines.map(journalLine),
        total: cart.totals.total,
        reason,
        staffId: staff.id,
        approvedBy: approver?.id ?? null,
      });
      // Its version may be the till's highest (parked last, nothing open since): an empty open
      // cart, made before it goes, starts there and keeps versions from repeating.
      this.d.carts.ensureCart(tillId, staff.id);
      this.d.db.run(this.d.db.q.deleteFrom('cart_tenders').where('cart_id', '=', cart.id));
      this.d.db.run(this.d.db.q.deleteFrom('cart_lines').where('cart_id', '=', cart.id));
      this.d.db.run(this.d.db.q.deleteFrom('carts').where('id', '=', cart.id));
    });
    return this.parked(tillId);
  }

  private parkedRow(tillId: string, cartId: string) {
    return (
      this.d.db.first(
        this.d.db.q
          .selectFrom('carts')
          .select('id')
          .where('id', '=', cartId)
          .where('till_id', '=', tillId)
          .where('parked_at', 'is not', null),
      ) ?? fail('not_found', 'That parked sale is no longer here')
    );
  }
}
