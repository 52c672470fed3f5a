import type { CartView } from '../../../shared/domain/cart';
import type { StaffView } from '../../../shared/domain/staff';
import type { Minor } from '../../../shared/domain/units';
import { changeDue } from '../../../shared/money';
import { newId, nowIso, type Clock } from '../clock';
import type { CartService } from '../cart/cart-service';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { onHand, recordMovement } from '../inventory/stock';
import type { Journal } from '../journal/journal';
import type { SettingsStore } from '../settings/settings-store';

export interface CompletedSale {
  saleId: string;
  receiptNumber: string;
  total: Minor;
  tendered: Minor;
  change: Minor;
  printJobId: string;
}

export function formatReceiptNumber(tillCode: string, no: number): string {
  return `${tillCode}-${String(no).padStart(6, '0')}`;
}

/**
 * Cash checkout. Everything a sale is (sale, lines, tax rows, payment, stock
 * movements with on-hand, journal entry, receipt number, print job) is written in
 * one transaction: the sale exists completely or not at all. The receipt number is
 * taken inside that transaction, which is what keeps the numbering gap-free.
 */
export function payCash(
  deps: { db: SqlDb; clock: Clock; carts: CartService; journal: Journal; settings: SettingsStore },
  input: { tillId: string; staff: StaffView; tendered: Minor },
): CompletedSale {
  const { db, clock, carts, journal, settings } = deps;
  return db.tx(() => {
    const cart = carts.view(input.tillId);
    if (cart.lines.length === 0) fail('cart_empty', 'The cart is empty');
    const { total } = cart.totals;
    if (input.tendered < total) fail('insufficient_tender', 'The cash tendered is less than the total');
    if (!settings.tillSettings().allowNegativeStock) assertInStock(db, cart);

    const store = settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
    const till =
      db.first(db.q.selectFrom('tills').select(['code', 'next_receipt_no']).where('id', '=', input.tillId)) ??
      fail('not_set_up', 'This till is not registered');
    db.run(
      db.q
        .updateTable('tills')
        .set({ next_receipt_no: till.next_receipt_no + 1 })
        .where('id', '=', input.tillId),
    );

    const saleId = newId(clock);
    const at = nowIso(clock);
    const receiptNumber = formatReceiptNumber(till.code, till.next_receipt_no);
    const change = changeDue(total, input.tendered);
    db.run(
      db.q.insertInto('sales').values({
        id: saleId,
        till_id: input.tillId,
        receipt_no: till.next_receipt_no,
        receipt_number: receiptNumber,
        staff_id: input.staff.id,
        cashier_name: input.staff.name,
        store_snapshot: JSON.stringify({
          name: store.name,
          address: store.address,
          currency: store.currency,
          locale: store.locale,
        }),
        tax_inclusive: cart.totals.inclusive ? 1 : 0,
        net: cart.totals.net,
        tax: cart.totals.tax,
        total,
        tendered: input.tendered,
        change,
        created_at: at,
      }),
    );
    cart.lines.forEach((line, i) => {
      db.run(
        db.q.insertInto('sale_lines').values({
          id: newId(clock),
          sale_id: saleId,
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
        }),
      );
      recordMovement(db, clock, {
        productId: line.productId,
        tillId: input.tillId,
        delta: -line.qty,
        reason: 'sale',
        docId: saleId,
      });
    });
    for (const row of cart.totals.breakdown) {
      db.run(
        db.q.insertInto('sale_taxes').values({
          sale_id: saleId,
          tax_rate_id: row.taxRateId,
          code: row.code,
          name: row.name,
          rate_bps: row.rateBps,
          net: row.net,
          tax: row.tax,
          gross: row.gross,
        }),
      );
    }
    db.run(
      db.q.insertInto('payments').values({
        id: newId(clock),
        sale_id: saleId,
        method: 'cash',
        amount: total,
        tendered: input.tendered,
        change,
        created_at: at,
      }),
    );
    journal.append('sale.completed', {
      tillId: input.tillId,
      docId: saleId,
      payload: {
        receiptNumber,
        staffId: input.staff.id,
        lines: cart.lines.map((l) => [l.sku, l.qty, l.unitPrice, l.amount, l.taxCode]),
        net: cart.totals.net,
        tax: cart.totals.tax,
        total,
        payments: [{ method: 'cash', amount: total, tendered: input.tendered, change }],
      },
    });
    db.run(db.q.deleteFrom('cart_lines').where('cart_id', '=', cart.id));
    const printJobId = newId(clock);
    db.run(
      db.q.insertInto('print_jobs').values({
        id: printJobId,
        sale_id: saleId,
        status: 'queued',
        attempts: 0,
        error: null,
        created_at: at,
        updated_at: at,
      }),
    );
    return { saleId, receiptNumber, total, tendered: input.tendered, change, printJobId };
  });
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
