import type { Insertable } from 'kysely';
import type { CartView } from '../../../shared/domain/cart';
import type { StaffView } from '../../../shared/domain/staff';
import type { Minor } from '../../../shared/domain/units';
import { lineAmount, sumMinor } from '../../../shared/money';
import { localDate, newId, nowIso, type Clock } from '../clock';
import type { CartService } from '../cart/cart-service';
import { loadCartView } from '../cart/cart-view';
import type { GiftCardMovementsTable, SaleAdjustmentsTable, StockMovementsTable } from '../db/schema';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import type { DocumentHeader, DocumentWriter } from '../documents/document-writer';
import { fail } from '../errors';
import { tillLocationId } from '../inventory/locations';
import { assertSellableLots } from '../inventory/lots';
import type { SettingsStore } from '../settings/settings-store';
import { plainMoney } from './plain-money';
import { storeSnapshot } from './receipt-doc';
import { saleStockMoves, type SaleStockPlace } from './sale-stock';
import { assertBalances, assertInStock, assertNoReceiptRefunds, assertRefundsOf, assertReturnsFit } from './tender-checks';
import { cartTenderRows, tenderRow, type TenderRow } from './tender-rows';

export interface CompletedSale {
  saleId: string;
  receiptNumber: string;
  total: Minor;
  tendered: Minor;
  change: Minor;
  printJobId: string;
}

export interface CheckoutDeps {
  db: SqlDb;
  clock: Clock;
  carts: CartService;
  writer: DocumentWriter;
  settings: SettingsStore;
}

export interface Completion {
  tillId: string;
  staff: StaffView;
  /** The version the cashier saw; null when the caller re-read the cart itself (a card approval). */
  cartVersion: number | null;
  /** The tender completing the sale, not yet in cart_tenders; null when those already settle it. */
  final: TenderRow | null;
  /** Cash rounding, when cash settled the remainder (cashDue - remaining). */
  rounding: Minor;
}

/**
 * Finalizes whatever the open cart holds as one document: 'sale.completed', or
 * 'sale.returned' when any line takes goods back. The writer takes the receipt number and
 * commits sale, lines, tax rows, adjustments, one payment per tender, stock movements,
 * gift card and store credit movements, journal entry and outbox row at once; inside the
 * same transaction the cart is re-read and checked (version, tenders adding up, balances,
 * return caps, no-receipt refunds, stock), then emptied, and the receipt's print job
 * queued. A refused completion changes nothing and takes no number.
 */
export function completeSale(deps: CheckoutDeps, input: Completion): CompletedSale {
  const { db, settings } = deps;
  const taxInclusive = (settings.get('store') ?? fail('not_set_up', 'The store is not set up yet')).taxInclusive;
  // The kind names the document before its number is taken; the cart is re-read inside.
  const returning = holdsReturn(db, input.tillId);
  const kind = returning ? 'sale.returned' : 'sale.completed';
  return deps.writer.finalize(kind, input.tillId, (doc) => {
    const cart = loadCartView(db, input.tillId, taxInclusive);
    if (input.cartVersion !== null && cart.version !== input.cartVersion) {
      fail('cart_changed', `The cart changed since it was shown (version ${input.cartVersion}, now ${cart.version})`);
    }
    if (cart.lines.length === 0) fail('cart_empty', 'The cart is empty');
    if (cart.lines.some((l) => l.qty < 0) !== returning) fail('cart_changed', 'The cart changed while the sale completed');
    return buildSale(deps, input, cart, doc);
  }).result;
}

/**
 * Cash settles whatever the cart has left to pay (after cash rounding), with change: the
 * plain cash sale, for callers holding the deps rather than a router (a second till in a test).
 */
export function payCash(
  deps: CheckoutDeps,
  input: { tillId: string; staff: StaffView; tendered: Minor; cartVersion: number },
): CompletedSale {
  const store = deps.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
  const cart = loadCartView(deps.db, input.tillId, store.taxInclusive);
  if (input.tendered < cart.cashDue) fail('insufficient_tender', 'The cash tendered is less than the total');
  const final = tenderRow({
    id: newId(deps.clock),
    method: 'cash',
    kind: 'cash',
    amount: cart.cashDue,
    tendered: input.tendered,
    change: input.tendered - cart.cashDue,
  });
  return completeSale(deps, { ...input, final, rounding: cart.cashDue - cart.remaining });
}

function buildSale(deps: CheckoutDeps, input: Completion, cart: CartView, doc: DocumentHeader) {
  const { db, clock, settings } = deps;
  const store = settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
  const rules = settings.salesRules();
  const money = plainMoney(store.currencyExponent);
  const tenders = [...cartTenderRows(db, cart.id), ...(input.final ? [input.final] : [])];
  const total = cart.totals.total;
  const applied = sumMinor(tenders.map((t) => t.amount));
  if (applied !== total + input.rounding) {
    fail('insufficient_tender', `The tenders come to ${money(applied)}, the sale to ${money(total + input.rounding)}`);
  }
  assertBalances(db, cart, tenders, money);
  assertRefundsOf(db, tenders, { cartId: cart.id, pendingElsewhere: false, money });
  assertNoReceiptRefunds(cart, tenders, rules, money);
  assertReturnsFit(db, cart);
  const raw = new Map(db.all(rawLinesQuery.with({ cartId: cart.id })).map((r) => [r.id, r]));
  const giftCardProducts = new Set([...raw.values()].filter((r) => r.gift_card === 1).map((r) => r.product_id));
  const place: SaleStockPlace = { tillId: input.tillId, locationId: tillLocationId(db, input.tillId), today: localDate(clock) };
  if (!settings.tillSettings().allowNegativeStock) assertInStock(db, cart, giftCardProducts, place.locationId);
  assertFreshLots(db, place, [...raw.values()]);

  const receiptNumber = doc.number ?? fail('internal', 'A sale has a receipt number');
  const receiptNo = doc.no ?? fail('internal', 'A sale has a receipt number');
  const at = doc.at;
  const tendered = sumMinor(tenders.map((t) => t.tendered));
  const change = sumMinor(tenders.map((t) => t.change));

  // Who approved the discount and no-receipt returns, who checked the age: read once, before the cart is emptied.
  const approvals = cartApprovals(db, cart.id);
  const saleLines = [];
  const adjustments: Insertable<SaleAdjustmentsTable>[] = [];
  const stock: Insertable<StockMovementsTable>[] = [];
  const giftMoves: Insertable<GiftCardMovementsTable>[] = [];
  for (const [i, line] of cart.lines.entries()) {
    const r = raw.get(line.id) ?? fail('cart_changed', 'A line left the cart while the sale completed');
    const lineId = newId(clock);
    const staffId = r.staff_id ?? input.staff.id;
    const giftCardId = r.gift_card === 1 && r.gift_card_code !== null ? giftCardFor(db, clock, r.gift_card_code) : null;
    const discount = line.lineDiscount + line.saleDiscount;
    saleLines.push({
      id: lineId,
      sale_id: doc.id,
      position: i + 1,
      product_id: line.productId,
      sku: line.sku,
      name: line.name,
      unit: line.unit,
      qty: line.qty,
      unit_price: line.unitPrice,
      amount: line.amount,
      tax_rate_id: line.taxRateId,
      tax_code: line.taxCode,
      rate_bps: line.rateBps,
      list_price: r.list_price,
      discount: discount !== 0 ? discount : null,
      return_of: r.return_of,
      disposition: r.disposition,
      gift_card_id: giftCardId,
      staff_id: staffId,
    });
    const adjust = (a: Omit<Insertable<SaleAdjustmentsTable>, 'id' | 'sale_id' | 'created_at'>) =>
      adjustments.push({ id: newId(clock), sale_id: doc.id, created_at: at, ...a });
    if (r.list_price !== null && r.list_price !== r.unit_price) {
      adjust({
        line_id: lineId,
        kind: 'price_override',
        method: null,
        value: r.unit_price,
        amount: lineAmount(r.list_price, r.qty) - lineAmount(r.unit_price, r.qty),
        reason: r.override_reason,
        staff_id: staffId,
        approved_by: r.override_approved_by,
      });
    }
    if (line.lineDiscount !== 0) {
      adjust({
        line_id: lineId,
        kind: 'line_discount',
        method: r.discount_kind,
        value: r.discount_value,
        amount: line.lineDiscount,
        reason: r.discount_reason,
        staff_id: staffId,
        approved_by: r.discount_approved_by,
      });
    }
    if (line.qty < 0 && r.return_of === null) {
      adjust({
        line_id: lineId,
        kind: 'no_receipt_return',
        method: null,
        value: null,
        amount: line.amount,
        reason: r.return_reason,
        staff_id: staffId,
        approved_by: approvals.return_approved_by,
      });
    }
    if (giftCardId !== null) {
      giftMoves.push({ id: newId(clock), gift_card_id: giftCardId, doc_id: doc.id, delta: line.amount, created_at: at });
    } else if (!giftCardProducts.has(line.productId)) {
      stock.push(
        ...saleStockMoves(db, clock, doc, place, {
          productId: line.productId,
          qty: line.qty,
          returnOf: r.return_of,
          disposition: r.disposition,
          tracksLots: r.tracks_lots === 1,
          unitCost: r.avg_cost ?? r.cost,
          staffId,
        }),
      );
    }
  }
  if (cart.saleDiscount !== null && cart.saleDiscount.amount !== 0) {
    adjustments.push({
      id: newId(clock),
      sale_id: doc.id,
      line_id: null,
      kind: 'sale_discount',
      method: cart.saleDiscount.kind,
      value: cart.saleDiscount.value,
      amount: cart.saleDiscount.amount,
      reason: cart.saleDiscount.reason,
      staff_id: input.staff.id,
      approved_by: approvals.discount_approved_by,
      created_at: at,
    });
  }
  // Issues and top-ups first, so a card bought and spent in one sale never dips below zero.
  for (const t of tenders) {
    if (t.kind === 'gift_card' && t.giftCardId !== null) {
      giftMoves.push({ id: newId(clock), gift_card_id: t.giftCardId, doc_id: doc.id, delta: -t.amount, created_at: at });
    }
  }
  const creditMoves = tenders
    .filter((t) => t.kind === 'store_credit' && t.customerId !== null)
    .map((t) => ({ id: newId(clock), customer_id: t.customerId ?? '', doc_id: doc.id, delta: -t.amount, created_at: at }));

  const ageCheckedBy = approvals.age_checked_by;
  deps.carts.empty(cart.id);
  const printJobId = newId(clock);
  const returnOf = cart.lines.find((l) => l.returnOf !== null)?.returnOf?.saleId ?? null;
  return {
    rows: {
      sales: [
        {
          id: doc.id,
          till_id: input.tillId,
          receipt_no: receiptNo,
          receipt_number: receiptNumber,
          staff_id: input.staff.id,
          cashier_name: input.staff.name,
          store_snapshot: storeSnapshot(store, rules),
          tax_inclusive: cart.totals.inclusive ? 1 : 0,
          net: cart.totals.net,
          tax: cart.totals.tax,
          total,
          tendered,
          change,
          created_at: at,
          customer_id: cart.customer?.id ?? null,
          rounding: input.rounding !== 0 ? input.rounding : null,
          discount: cart.discountTotal !== 0 ? cart.discountTotal : null,
          return_of_sale: returnOf,
        },
      ],
      sale_lines: saleLines,
      sale_taxes: cart.totals.breakdown.map((row) => ({
        sale_id: doc.id,
        tax_rate_id: row.taxRateId,
        code: row.code,
        name: row.name,
        rate_bps: row.rateBps,
        net: row.net,
        tax: row.tax,
        gross: row.gross,
      })),
      payments: tenders.map((t) => ({
        id: t.id,
        sale_id: doc.id,
        method: t.method,
        amount: t.amount,
        tendered: t.tendered,
        change: t.change,
        created_at: at,
        card_last4: t.cardLast4,
        approval_code: t.approvalCode,
        terminal_ref: t.terminalRef,
        gift_card_id: t.giftCardId,
        customer_id: t.customerId,
        refund_of: t.refundOf,
      })),
      stock_movements: stock,
      sale_adjustments: adjustments,
      gift_card_movements: giftMoves,
      store_credit_movements: creditMoves,
    },
    summary: {
      staffId: input.staff.id,
      lines: cart.lines.length,
      total,
      tendered,
      change,
      rounding: input.rounding,
      tenders: tenders.map((t) => t.method),
      // Who checked the customer's age for age-restricted goods, if any were sold.
      ...(ageCheckedBy !== null ? { ageCheckedBy } : {}),
      // Who gave each discount, override or no-receipt return, who approved it and why, in
      // the entry itself: the rows are covered by docHash, this is for a person reading it.
      adjustments: adjustments.map((a) => ({
        kind: a.kind,
        amount: a.amount,
        reason: a.reason ?? null,
        staffId: a.staff_id,
        approvedBy: a.approved_by ?? null,
      })),
    },
    result: { saleId: doc.id, receiptNumber, total, tendered, change, printJobId },
    after: () =>
      deps.db.insert('print_jobs', {
        id: printJobId,
        sale_id: doc.id,
        status: 'queued',
        attempts: 0,
        error: null,
        created_at: at,
        updated_at: at,
      }),
  };
}

/** Expired lots are refused at checkout too: a lot may expire at midnight between the scan and the payment. */
function assertFreshLots(db: SqlDb, place: SaleStockPlace, lines: readonly { product_id: string; qty: number; tracks_lots: number; name: string }[]): void {
  const wanted = new Map<string, { name: string; qty: number }>();
  for (const l of lines) {
    if (l.tracks_lots !== 1) continue;
    const w = wanted.get(l.product_id) ?? { name: l.name, qty: 0 };
    w.qty += l.qty;
    wanted.set(l.product_id, w);
  }
  for (const [productId, w] of wanted) assertSellableLots(db, productId, place.locationId, w.qty, place.today, w.name);
}

/** The gift card a gift card line issues or tops up; a new code gets its card (balance 0 until the movement). */
function giftCardFor(db: SqlDb, clock: Clock, code: string): string {
  const found = db.first(db.q.selectFrom('gift_cards').select('id').where('code', '=', code));
  if (found) return found.id;
  const id = newId(clock);
  const at = nowIso(clock);
  db.run(db.q.insertInto('gift_cards').values({ id, code, created_at: at, updated_at: at }));
  return id;
}

/** Whether the till's open cart takes anything back: one indexed probe, not a cart view. */
function holdsReturn(db: SqlDb, tillId: string): boolean {
  return db.first(returnLineQuery.with({ tillId })) !== undefined;
}

/** The cart's lines as stored: who approved what and why, which the view does not carry. */
const rawLinesQuery = prepared((q, arg: Arg<{ cartId: string }>) =>
  q
    .selectFrom('cart_lines as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .selectAll('l')
    .select(['p.gift_card', 'p.tracks_lots', 'p.avg_cost', 'p.cost', 'p.name'])
    .where('l.cart_id', '=', arg('cartId')),
);

const returnLineQuery = prepared((q, arg: Arg<{ tillId: string }>) =>
  q
    .selectFrom('cart_lines as l')
    .innerJoin('carts as c', 'c.id', 'l.cart_id')
    .select('l.id')
    .where('c.till_id', '=', arg('tillId'))
    .where('c.parked_at', 'is', null)
    .where('l.qty', '<', 0)
    .limit(1),
);

/** Who approved the cart's discount and no-receipt returns, and who checked the customer's age. */
function cartApprovals(db: SqlDb, cartId: string) {
  return (
    db.first(
      db.q.selectFrom('carts').select(['discount_approved_by', 'return_approved_by', 'age_checked_by']).where('id', '=', cartId),
    ) ?? { discount_approved_by: null, return_approved_by: null, age_checked_by: null }
  );
}
