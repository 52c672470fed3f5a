import type { CartView } from '../../../shared/domain/cart';
import type { StaffView } from '../../../shared/domain/staff';
import type { Minor } from '../../../shared/domain/units';
import { changeDue } from '../../../shared/money';
import { newId, type Clock } from '../clock';
import type { CartService } from '../cart/cart-service';
import type { SqlDb } from '../db/sql';
import type { DocumentWriter } from '../documents/document-writer';
import { fail } from '../errors';
import { movementRow, onHand } from '../inventory/stock';
import type { SettingsStore } from '../settings/settings-store';
import { assertReturnCaps, cartReturnsGoods, lineMovements, returnedSaleOf } from '../returns/return-checkout';
import { storeSnapshot } from './receipt-doc';

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

/**
 * Cash checkout, a 'sale.completed' document. The writer takes the receipt number and
 * commits sale, lines, tax rows, payment, stock movements (on hand follows), journal
 * entry and outbox row at once; inside the same transaction the cart is checked against
 * the version the cashier saw, emptied, and the receipt's print job queued.
 */
export function payCash(
  deps: CheckoutDeps,
  input: { tillId: string; staff: StaffView; tendered: Minor; cartVersion: number },
): CompletedSale {
  const { db, clock, carts, writer, settings } = deps;
  // Until the tenders checkout lands: a cart with return lines is a 'sale.returned'.
  const kind = cartReturnsGoods(db, input.tillId) ? 'sale.returned' : 'sale.completed';
  return writer.finalize(kind, input.tillId, (doc) => {
    const cart = carts.view(input.tillId);
    if (cart.version !== input.cartVersion) {
      fail('cart_changed', `The cart changed since it was shown (version ${input.cartVersion}, now ${cart.version})`);
    }
    if (cart.lines.length === 0) fail('cart_empty', 'The cart is empty');
    const { total } = cart.totals;
    if (input.tendered < total) fail('insufficient_tender', 'The cash tendered is less than the total');
    if (!settings.tillSettings().allowNegativeStock) assertInStock(db, cart);
    assertReturnCaps(db, cart);
    const store = settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
    const receiptNumber = doc.number ?? fail('internal', 'A sale has a receipt number');
    const receiptNo = doc.no ?? fail('internal', 'A sale has a receipt number');
    // A refund is paid out, not given as change.
    const change = total < 0 ? 0 : changeDue(total, input.tendered);

    carts.empty(cart.id);
    const printJobId = newId(clock);
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
            store_snapshot: storeSnapshot(store, settings.salesRules()),
            tax_inclusive: cart.totals.inclusive ? 1 : 0,
            net: cart.totals.net,
            tax: cart.totals.tax,
            total,
            tendered: input.tendered,
            change,
            created_at: doc.at,
            return_of_sale: returnedSaleOf(cart),
          },
        ],
        sale_lines: cart.lines.map((line, i) => ({
          id: newId(clock),
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
          return_of: line.returnOf?.saleLineId ?? null,
          disposition: line.disposition,
        })),
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
        payments: [
          {
            id: newId(clock),
            sale_id: doc.id,
            method: 'cash',
            amount: total,
            tendered: input.tendered,
            change,
            created_at: doc.at,
          },
        ],
        stock_movements: cart.lines.flatMap((line) =>
          lineMovements(line, input.tillId).map((m) => movementRow(clock, doc, m)),
        ),
      },
      summary: { staffId: input.staff.id, lines: cart.lines.length, total, tendered: input.tendered, change },
      result: { saleId: doc.id, receiptNumber, total, tendered: input.tendered, change, printJobId },
      after: () =>
        db.run(
          db.q.insertInto('print_jobs').values({
            id: printJobId,
            sale_id: doc.id,
            status: 'queued',
            attempts: 0,
            error: null,
            created_at: doc.at,
            updated_at: doc.at,
          }),
        ),
    };
  }).result;
}

function assertInStock(db: SqlDb, cart: CartView): void {
  const wanted = new Map<string, { name: string; qty: number }>();
  for (const l of cart.lines) {
    const w = wanted.get(l.productId) ?? { name: l.name, qty: 0 };
    w.qty += l.qty;
    wanted.set(l.productId, w);
  }
  for (const [productId, w] of wanted) {
    if (onHand(db, productId) < w.qty) fail('out_of_stock', `Not enough ${w.name} in stock`);
  }
}
