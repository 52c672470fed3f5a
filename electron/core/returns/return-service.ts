import type { Unit } from '../../../shared/domain/catalog';
import type { CartView } from '../../../shared/domain/cart';
import type { ReturnableLineView, ReturnableSaleView } from '../../../shared/domain/returns';
import type { StaffView } from '../../../shared/domain/staff';
import { QTY_ONE, type Minor, type Qty } from '../../../shared/domain/units';
import { lineAmount } from '../../../shared/money';
import { refundFor } from '../../../shared/pricing';
import type { CartService } from '../cart/cart-service';
import { newId, nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import type { Approval, Approvals } from '../session/approvals';
import { returnable } from './returnable';

export type Disposition = 'sellable' | 'damaged';

export interface ReturnRequestLine {
  saleLineId: string;
  /** Positive thousandths. */
  qty: Qty;
  disposition: Disposition;
}

/**
 * Returns enter the open cart as lines of negative quantity. A line returned against a
 * receipt refunds its share of what the customer paid (shared/pricing.ts refundFor, so
 * discounts come back in proportion) and is taxed at the sold line's rate; it may never
 * take back more than was sold, less what finalized returns took back, less what other
 * carts hold for return. Checkout checks the same again inside its transaction.
 */
export class ReturnService {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
    private readonly carts: CartService,
    private readonly approvals: Approvals,
  ) {}

  /** A receipt by sale id or by the code its barcode carries (the receipt number). */
  lookup(tillId: string, by: { saleId: string } | { code: string }): ReturnableSaleView {
    const saleId = 'saleId' in by ? by.saleId : this.saleIdOfCode(by.code);
    const sale =
      this.db.first(
        this.db.q
          .selectFrom('sales as s')
          .leftJoin('customers as c', 'c.id', 's.customer_id')
          .select(['s.id', 's.receipt_number', 's.created_at', 's.cashier_name', 's.total', 'c.name as customer_name'])
          .where('s.id', '=', saleId),
      ) ?? fail('not_found', 'No such receipt');
    const cartId = this.openCartId(tillId);
    const sold = this.db.all(
      this.db.q
        .selectFrom('sale_lines')
        .selectAll()
        .where('sale_id', '=', saleId)
        .where('return_of', 'is', null)
        .where('qty', '>', 0)
        .orderBy('position'),
    );
    const lines: ReturnableLineView[] = sold.map((l) => {
      const r = returnable(this.db, l.id, cartId ?? undefined);
      const inCart = cartId === null ? 0 : this.inCart(cartId, l.id);
      const left = r === undefined ? 0 : Math.max(0, r.leftQty - r.pendingQty - inCart);
      return {
        saleLineId: l.id,
        productId: l.product_id,
        name: l.name,
        sku: l.sku,
        unit: l.unit,
        soldQty: l.qty,
        unitPrice: l.unit_price,
        soldAmount: l.amount,
        returnedQty: r?.returnedQty ?? 0,
        inCartQty: inCart,
        leftQty: left,
        leftAmount: r?.leftAmount ?? 0,
        rateBps: l.rate_bps,
        taxCode: l.tax_code,
      };
    });
    const payments = this.db.all(
      this.db.q
        .selectFrom('payments as p')
        .innerJoin('tender_methods as m', 'm.code', 'p.method')
        .select((eb) => [
          'p.id',
          'p.method',
          'm.name as method_name',
          'm.kind',
          'p.amount',
          'p.card_last4',
          eb
            .selectFrom('payments as r')
            .select((e) => e.fn.coalesce(e.fn.sum<number>('r.amount'), e.val(0)).as('s'))
            .whereRef('r.refund_of', '=', 'p.id')
            .as('refunded'),
        ])
        .where('p.sale_id', '=', saleId)
        .orderBy('p.created_at')
        .orderBy('p.id'),
    );
    return {
      saleId: sale.id,
      receiptNumber: sale.receipt_number,
      createdAt: sale.created_at,
      cashierName: sale.cashier_name,
      total: sale.total,
      customerName: sale.customer_name,
      lines,
      payments: payments.map((p) => ({
        id: p.id,
        method: p.method,
        methodName: p.method_name,
        kind: p.kind,
        amount: p.amount,
        refunded: 0 - (p.refunded ?? 0),
        cardLast4: p.card_last4,
      })),
    };
  }

  /**
   * Adds return lines against one sold receipt. One cart returns against one receipt, so
   * its return document names one original; a line already in the cart grows, and its
   * refund is worked out again on the whole quantity (the last piece refunds exactly
   * what is left). The latest disposition given for a line wins.
   */
  addReturn(tillId: string, staff: StaffView, saleId: string, requested: readonly ReturnRequestLine[]): CartView {
    const wanted = new Map<string, ReturnRequestLine>();
    for (const r of requested) {
      const prior = wanted.get(r.saleLineId);
      wanted.set(r.saleLineId, { ...r, qty: (prior?.qty ?? 0) + r.qty });
    }
    this.db.tx(() => {
      const cartId = this.carts.ensureCart(tillId, staff.id);
      const other = this.db.first(
        this.db.q
          .selectFrom('cart_lines as l')
          .innerJoin('sale_lines as s', 's.id', 'l.return_of')
          .innerJoin('sales as o', 'o.id', 's.sale_id')
          .select(['s.sale_id', 'o.receipt_number'])
          .where('l.cart_id', '=', cartId)
          .where('s.sale_id', '!=', saleId),
      );
      if (other) {
        fail(
          'invalid_input',
          `This sale already returns items from receipt ${other.receipt_number}: finish it first, then return items from another receipt in a new sale`,
        );
      }
      for (const req of wanted.values()) this.addOne(cartId, staff.id, saleId, req);
      this.carts.touch(cartId);
    });
    return this.carts.view(tillId);
  }

  private addOne(cartId: string, staffId: string, saleId: string, req: ReturnRequestLine): void {
    const sold =
      this.db.first(
        this.db.q
          .selectFrom('sale_lines')
          .select(['id', 'sale_id', 'product_id', 'unit', 'unit_price', 'name'])
          .where('id', '=', req.saleLineId),
      ) ?? fail('not_found', 'That line is not on the receipt');
    if (sold.sale_id !== saleId) fail('invalid_input', `${sold.name} is not on this receipt`);
    const r = returnable(this.db, sold.id, cartId) ?? fail('not_returnable', `${sold.name} is itself a return and cannot be returned`);
    if (sold.unit === 'each' && req.qty % QTY_ONE !== 0) {
      fail('invalid_input', `${sold.name} is sold each: return a whole number (qty in thousandths, 1 each = 1000)`);
    }
    const existing = this.db.first(
      this.db.q
        .selectFrom('cart_lines')
        .select(['id', 'qty'])
        .where('cart_id', '=', cartId)
        .where('return_of', '=', sold.id),
    );
    const total = -(existing?.qty ?? 0) + req.qty;
    // The rule: never more than sold, less returned, less what other carts hold.
    const room = r.leftQty - r.pendingQty;
    if (total > room) {
      fail(
        'return_exceeds_sale',
        `Only ${formatCount(Math.max(0, room - -(existing?.qty ?? 0)), sold.unit)} of ${sold.name} is left to return on this receipt`,
      );
    }
    const refund = refundFor(r, total);
    if (existing) {
      this.db.run(
        this.db.q
          .updateTable('cart_lines')
          .set({ qty: -total, fixed_amount: -refund, disposition: req.disposition })
          .where('id', '=', existing.id),
      );
      return;
    }
    this.insertLine(cartId, {
      product_id: sold.product_id,
      qty: -total,
      unit_price: sold.unit_price,
      fixed_amount: -refund,
      return_of: sold.id,
      disposition: req.disposition,
      staff_id: staffId,
      return_reason: null,
    });
  }

  /**
   * A return without a receipt: a manager allows it (a cashier's screen takes a manager's
   * PIN), with a reason; the refund then goes only to store credit, or to cash up to the
   * store's limit (checked at checkout, which knows the tenders).
   */
  async addNoReceipt(
    tillId: string,
    staff: StaffView,
    input: { productId: string; qty: Qty; unitPrice: Minor; disposition: Disposition; reasonId: string; approval?: Approval },
  ): Promise<CartView> {
    const product =
      this.db.first(
        this.db.q.selectFrom('products').select(['id', 'name', 'unit', 'gift_card']).where('id', '=', input.productId),
      ) ?? fail('not_found', 'No such product');
    if (product.gift_card === 1) fail('not_returnable', 'A gift card cannot be returned for money');
    if (product.unit === 'each' && input.qty % QTY_ONE !== 0) {
      fail('invalid_input', `${product.name} is sold each: return a whole number (qty in thousandths, 1 each = 1000)`);
    }
    const reason =
      this.db.first(
        this.db.q
          .selectFrom('reason_codes')
          .select(['label'])
          .where('id', '=', input.reasonId)
          .where('kind', '=', 'return')
          .where('active', '=', 1),
      ) ?? fail('invalid_input', 'Choose a reason for the return');
    const refund = lineAmount(input.unitPrice, input.qty);
    if (refund <= 0) fail('invalid_input', 'A return without a receipt refunds something: enter its price');
    const { approver } = await this.approvals.authorize(
      staff,
      { permission: 'sale.returnNoReceipt', what: 'A return without a receipt' },
      input.approval,
    );
    // Authorize awaited a PIN check: everything the cart holds is read afresh below.
    this.db.tx(() => {
      const cartId = this.carts.ensureCart(tillId, staff.id);
      this.insertLine(cartId, {
        product_id: product.id,
        qty: -input.qty,
        unit_price: input.unitPrice,
        fixed_amount: -refund,
        return_of: null,
        disposition: input.disposition,
        staff_id: staff.id,
        return_reason: reason.label,
      });
      this.db.run(
        this.db.q
          .updateTable('carts')
          .set({ return_approved_by: (approver ?? staff).id })
          .where('id', '=', cartId),
      );
      this.carts.touch(cartId);
    });
    return this.carts.view(tillId);
  }

  setDisposition(tillId: string, lineId: string, disposition: Disposition): CartView {
    const line =
      this.db.first(
        this.db.q
          .selectFrom('cart_lines as l')
          .innerJoin('carts as c', 'c.id', 'l.cart_id')
          .select(['l.id', 'l.cart_id', 'l.qty'])
          .where('l.id', '=', lineId)
          .where('c.till_id', '=', tillId)
          .where('c.parked_at', 'is', null),
      ) ?? fail('not_found', 'That line is no longer in the cart');
    if (line.qty >= 0) fail('invalid_input', 'Only a returned line goes back to stock or is written off');
    this.db.tx(() => {
      this.db.run(this.db.q.updateTable('cart_lines').set({ disposition }).where('id', '=', lineId));
      this.carts.touch(line.cart_id);
    });
    return this.carts.view(tillId);
  }

  private insertLine(
    cartId: string,
    values: {
      product_id: string;
      qty: Qty;
      unit_price: Minor;
      fixed_amount: Minor;
      return_of: string | null;
      disposition: Disposition;
      staff_id: string;
      return_reason: string | null;
    },
  ): void {
    const position = this.carts.nextPosition(cartId);
    this.db.run(
      this.db.q.insertInto('cart_lines').values({
        id: newId(this.clock),
        cart_id: cartId,
        position,
        created_at: nowIso(this.clock),
        ...values,
      }),
    );
  }

  private saleIdOfCode(code: string): string {
    const number = code.trim().toUpperCase();
    const sale = this.db.first(this.db.q.selectFrom('sales').select('id').where('receipt_number', '=', number));
    return sale?.id ?? fail('not_found', `No receipt ${number}`);
  }

  private openCartId(tillId: string): string | null {
    return (
      this.db.first(
        this.db.q.selectFrom('carts').select('id').where('till_id', '=', tillId).where('parked_at', 'is', null),
      )?.id ?? null
    );
  }

  /** What this cart already returns of a sold line (positive). */
  private inCart(cartId: string, saleLineId: string): Qty {
    const row = this.db.first(
      this.db.q
        .selectFrom('cart_lines')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('qty'), eb.val(0)).as('q'))
        .where('cart_id', '=', cartId)
        .where('return_of', '=', saleLineId),
    );
    return 0 - (row?.q ?? 0);
  }
}

function formatCount(qty: Qty, unit: Unit): string {
  return unit === 'each' ? String(qty / QTY_ONE) : `${(qty / QTY_ONE).toFixed(3)} ${unit}`;
}
