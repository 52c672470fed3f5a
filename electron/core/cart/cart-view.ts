import type { Unit } from '../../../shared/domain/catalog';
import type { CartLineView, CartTenderView, CartView, DiscountView } from '../../../shared/domain/cart';
import { QTY_ONE } from '../../../shared/domain/units';
import { lineAmount, sumMinor } from '../../../shared/money';
import { priceCart, roundCash, type DiscountSpec } from '../../../shared/pricing';
import { computeTotals } from '../../../shared/tax';
import type { Kysely } from 'kysely';
import { prepared, type Arg } from '../db/prepared';
import type { DB } from '../db/schema';
import type { SqlDb } from '../db/sql';
import { readSetting } from '../settings/settings-store';

/**
 * A cart as the screen shows it and as checkout finalizes it: lines priced by the
 * discount rule of shared/pricing.ts, totals with tax per rate, tenders taken so far.
 * `cartId` picks a parked cart; without it, the till's open cart.
 */
export function loadCartView(db: SqlDb, tillId: string, taxInclusive: boolean, cartId?: string): CartView {
  const cart = db.first(cartId === undefined ? openCartQuery.with({ tillId }) : cartByIdQuery.with({ tillId, cartId }));
  if (!cart) return emptyCartView(taxInclusive);
  const rows = db.all(linesQuery.with({ cartId: cart.id }));

  const priced = priceCart(
    rows.map((r) => ({
      key: r.id,
      gross: r.fixed_amount ?? lineAmount(r.unit_price, r.qty),
      discount: r.discount_kind !== null && r.discount_value !== null ? { kind: r.discount_kind, value: r.discount_value } : null,
      discountable: r.return_of === null && r.gift_card === 0,
    })),
    cart.discount_kind !== null && cart.discount_value !== null
      ? ({ kind: cart.discount_kind, value: cart.discount_value } satisfies DiscountSpec)
      : null,
  );

  const lines: CartLineView[] = rows.map((r, i) => {
    const p = priced.lines[i] ?? { gross: 0, lineDiscount: 0, saleDiscount: 0, amount: 0 };
    // A return line is taxed as it was sold, even if the product's rate changed since.
    const returned = r.return_of !== null;
    return {
      id: r.id,
      productId: r.product_id,
      name: r.name,
      sku: r.sku,
      unit: r.unit,
      qty: r.qty,
      unitPrice: r.unit_price,
      gross: p.gross,
      amount: p.amount,
      taxRateId: returned ? (r.return_tax_rate_id ?? r.tax_rate_id) : r.tax_rate_id,
      rateBps: returned ? (r.return_rate_bps ?? r.rate_bps) : r.rate_bps,
      taxCode: returned ? (r.return_tax_code ?? r.tax_code) : r.tax_code,
      fixedAmount: r.fixed_amount !== null,
      listPrice: r.list_price,
      overrideReason: r.override_reason,
      discount:
        r.discount_kind !== null && r.discount_value !== null
          ? { kind: r.discount_kind, value: r.discount_value, reason: r.discount_reason, approvedBy: r.discount_approver }
          : null,
      lineDiscount: p.lineDiscount,
      saleDiscount: p.saleDiscount,
      returnOf:
        r.return_of !== null
          ? { saleId: r.return_sale_id ?? '', receiptNumber: r.return_receipt ?? '', saleLineId: r.return_of }
          : null,
      disposition: r.disposition,
      giftCardCode: r.gift_card_code,
    };
  });
  const names = new Map(rows.map((r) => [r.tax_rate_id, r.tax_name]));
  const totals = computeTotals(
    lines.map((l) => ({
      amount: l.amount,
      taxRateId: l.taxRateId,
      rateBps: l.rateBps,
      rateName: names.get(l.taxRateId) ?? l.taxCode,
      rateCode: l.taxCode,
    })),
    taxInclusive,
  );

  const tenders = loadCartTenders(db, cart.id);
  const paid = sumMinor(tenders.map((t) => t.amount));
  const saleDiscount: DiscountView | null =
    cart.discount_kind !== null && cart.discount_value !== null
      ? { kind: cart.discount_kind, value: cart.discount_value, reason: cart.discount_reason, approvedBy: cart.discount_approver }
      : null;
  return {
    id: cart.id,
    lines,
    totals,
    version: cart.version,
    saleDiscount: saleDiscount === null ? null : { ...saleDiscount, amount: priced.saleDiscount },
    discountTotal: priced.discountTotal,
    customer:
      cart.customer_id !== null
        ? {
            id: cart.customer_id,
            name: cart.customer_name ?? '',
            phone: cart.customer_phone ?? '',
            email: cart.customer_email ?? '',
            loyaltyCode: cart.customer_loyalty,
            creditBalance: cart.customer_credit ?? 0,
          }
        : null,
    tenders,
    paid,
    remaining: totals.total - paid,
    // Read per view (one keyed row) so the rounding a manager just changed shows at once.
    cashDue: roundCash(totals.total - paid, readSetting(db, 'sales')?.cashRounding ?? 0),
    ...itemCounts(lines),
    returnApprovedBy: cart.return_approver,
  };
}

/** The cart row with its customer and the names of who approved its discount and return. */
const cartSelect = (q: Kysely<DB>) =>
  q
    .selectFrom('carts as c')
    .leftJoin('customers as cu', 'cu.id', 'c.customer_id')
    .leftJoin('staff as da', 'da.id', 'c.discount_approved_by')
    .leftJoin('staff as ra', 'ra.id', 'c.return_approved_by')
    .select([
      'c.id',
      'c.version',
      'c.discount_kind',
      'c.discount_value',
      'c.discount_reason',
      'da.name as discount_approver',
      'ra.name as return_approver',
      'cu.id as customer_id',
      'cu.name as customer_name',
      'cu.phone as customer_phone',
      'cu.email as customer_email',
      'cu.loyalty_code as customer_loyalty',
      'cu.credit_balance as customer_credit',
    ]);

const openCartQuery = prepared((q, arg: Arg<{ tillId: string }>) =>
  cartSelect(q).where('c.till_id', '=', arg('tillId')).where('c.parked_at', 'is', null),
);

const cartByIdQuery = prepared((q, arg: Arg<{ tillId: string; cartId: string }>) =>
  cartSelect(q).where('c.till_id', '=', arg('tillId')).where('c.id', '=', arg('cartId')),
);

/** Each line with its product, tax rate, approvers, and for a return the line it takes back. */
const linesQuery = prepared((q, arg: Arg<{ cartId: string }>) =>
  q
    .selectFrom('cart_lines as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .innerJoin('tax_rates as t', 't.id', 'p.tax_rate_id')
    .leftJoin('staff as la', 'la.id', 'l.discount_approved_by')
    .leftJoin('sale_lines as rl', 'rl.id', 'l.return_of')
    .leftJoin('sales as rs', 'rs.id', 'rl.sale_id')
    .select([
      'l.id',
      'l.product_id',
      'l.qty',
      'l.unit_price',
      'l.fixed_amount',
      'l.list_price',
      'l.override_reason',
      'l.discount_kind',
      'l.discount_value',
      'l.discount_reason',
      'la.name as discount_approver',
      'l.return_of',
      'l.disposition',
      'l.gift_card_code',
      'rs.id as return_sale_id',
      'rs.receipt_number as return_receipt',
      'rl.tax_rate_id as return_tax_rate_id',
      'rl.rate_bps as return_rate_bps',
      'rl.tax_code as return_tax_code',
      'p.name',
      'p.sku',
      'p.unit',
      'p.gift_card',
      'p.tax_rate_id',
      't.rate_bps',
      't.code as tax_code',
      't.name as tax_name',
    ])
    .where('l.cart_id', '=', arg('cartId'))
    .orderBy('l.position'),
);

const tendersQuery = prepared((q, arg: Arg<{ cartId: string }>) =>
  q
    .selectFrom('cart_tenders as t')
    .innerJoin('tender_methods as m', 'm.code', 't.method')
    .leftJoin('gift_cards as g', 'g.id', 't.gift_card_id')
    .leftJoin('customers as cu', 'cu.id', 't.customer_id')
    .select([
      't.id',
      't.method',
      'm.name as method_name',
      'm.kind',
      't.amount',
      't.card_last4',
      't.approval_code',
      'g.code as gift_card_code',
      'cu.name as customer_name',
    ])
    .where('t.cart_id', '=', arg('cartId'))
    .orderBy('t.created_at')
    .orderBy('t.id'),
);

function loadCartTenders(db: SqlDb, cartId: string): CartTenderView[] {
  return db
    .all(tendersQuery.with({ cartId }))
    .map((t) => ({
      id: t.id,
      method: t.method,
      methodName: t.method_name,
      kind: t.kind,
      amount: t.amount,
      cardLast4: t.card_last4,
      approvalCode: t.approval_code,
      giftCardCode: t.gift_card_code,
      customerName: t.customer_name,
    }));
}

/**
 * Units on the cart or receipt, sold and taken back apart (an exchange of one for one is
 * one item each way, not none): each items by quantity, a weighed line as one.
 */
export function itemCounts(lines: readonly { unit: Unit; qty: number }[]): { itemCount: number; itemsReturned: number } {
  let sold = 0;
  let returned = 0;
  for (const l of lines) {
    const units = l.unit === 'each' ? Math.trunc(Math.abs(l.qty) / QTY_ONE) : 1;
    if (l.qty > 0) sold += units;
    else if (l.qty < 0) returned += units;
  }
  return { itemCount: sold, itemsReturned: returned };
}

/** A till with no open cart: what the screen shows, and what a committed sale's reply falls back to. */
export function emptyCartView(taxInclusive: boolean): CartView {
  return {
    id: '',
    lines: [],
    totals: computeTotals([], taxInclusive),
    version: 0,
    saleDiscount: null,
    discountTotal: 0,
    customer: null,
    tenders: [],
    paid: 0,
    remaining: 0,
    cashDue: 0,
    itemCount: 0,
    itemsReturned: 0,
    returnApprovedBy: null,
  };
}
