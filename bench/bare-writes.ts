import type Database from 'better-sqlite3';
import { newId, systemClock } from '../electron/core/clock';
import { entryHash, GENESIS_HASH } from '../electron/core/journal/journal';
import { CART_VIEW, LOOKUP } from './bare-sql';

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  price: number;
  tax_rate_id: string;
  tax_code: string;
  rate_bps: number;
  unit: string;
}

const QTY_ONE = 1000;

function prepareWrites(sqlite: Database.Database) {
  const p = (sql: string) => sqlite.prepare(sql);
  return {
    lookup: p(LOOKUP),
    sameLine: p(`select id, qty from cart_lines where cart_id = ? and product_id = ? and fixed_amount is null and unit_price = ?`),
    raiseQty: p('update cart_lines set qty = qty + ? where id = ?'),
    lastPos: p('select max(position) as p from cart_lines where cart_id = ?'),
    addLine: p(`insert into cart_lines (id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at)
      values (?, ?, ?, ?, ?, null, ?, ?)`),
    touchCart: p('update carts set updated_at = ? where id = ?'),
    clearCart: p('delete from cart_lines where cart_id = ?'),
    cartView: p(CART_VIEW),
    nextReceipt: p('update tills set next_receipt_no = next_receipt_no + 1 where id = ? returning code, next_receipt_no - 1 as no'),
    sale: p(`insert into sales (id, till_id, receipt_no, receipt_number, staff_id, cashier_name, store_snapshot,
      tax_inclusive, net, tax, total, tendered, change, created_at) values (?, ?, ?, ?, ?, 'Owner', '{}', 1, ?, ?, ?, ?, ?, ?)`),
    line: p(`insert into sale_lines (id, sale_id, position, product_id, sku, name, unit, qty, unit_price, amount,
      tax_rate_id, tax_code, rate_bps) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    movement: p(`insert into stock_movements (id, product_id, till_id, qty_delta, reason, doc_id, created_at)
      values (?, ?, ?, ?, 'sale', ?, ?)`),
    level: p('update stock_levels set on_hand = on_hand + ?, updated_at = ? where product_id = ?'),
    payment: p(`insert into payments (id, sale_id, method, amount, tendered, change, created_at)
      values (?, ?, 'cash', ?, ?, ?, ?)`),
    head: p('select seq, hash from journal order by seq desc limit 1'),
    journal: p(`insert into journal (seq, id, till_id, kind, doc_id, payload, prev_hash, hash, created_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };
}


/**
 * The baseline's writes. Each is one transaction committed with synchronous=FULL,
 * so both sides pay the same WAL fsync per call; what is left is our overhead.
 */
export class BareWrites {
  private readonly s: ReturnType<typeof prepareWrites>;
  private readonly till: { id: string; staffId: string; cartId: string };
  private pending: ProductRow[] = [];

  constructor(private readonly sqlite: Database.Database) {
    this.s = prepareWrites(sqlite);
    this.till = sqlite
      .prepare(`select c.till_id as id, c.staff_id as staffId, c.id as cartId from carts c limit 1`)
      .get() as { id: string; staffId: string; cartId: string };
  }

  addToCart(code: string): unknown[] {
    const { cartId } = this.till;
    this.sqlite.transaction(() => {
      const product = this.product(code);
      const at = new Date().toISOString();
      const same = this.s.sameLine.get(cartId, product.id, product.price) as { id: string } | undefined;
      if (same) this.s.raiseQty.run(QTY_ONE, same.id);
      else {
        const last = this.s.lastPos.get(cartId) as { p: number | null };
        this.s.addLine.run(newId(systemClock), cartId, product.id, QTY_ONE, product.price, (last.p ?? 0) + 1, at);
      }
      this.s.touchCart.run(at, cartId);
    })();
    return this.s.cartView.all(cartId);
  }

  clearCart(): void {
    this.s.clearCart.run(this.till.cartId);
  }

  /** Untimed: the bare sale takes its five lines from here, as ours takes them from the cart. */
  fillCart(codes: readonly string[]): void {
    this.pending = codes.map((c) => this.product(c));
  }

  checkout(): void {
    const lines = this.pending;
    this.sqlite.transaction(() => {
      const at = new Date().toISOString();
      const saleId = newId(systemClock);
      const total = lines.reduce((sum, l) => sum + l.price, 0);
      const tax = Math.round((total * 1900) / 11900);
      const receipt = this.s.nextReceipt.get(this.till.id) as { code: string; no: number };
      const receiptNumber = `${receipt.code}-${String(receipt.no).padStart(6, '0')}`;
      this.s.sale.run(saleId, this.till.id, receipt.no, receiptNumber, this.till.staffId, total - tax, tax, total, 200_00, 200_00 - total, at);
      lines.forEach((l, i) => {
        this.s.line.run(newId(systemClock), saleId, i + 1, l.id, l.sku, l.name, l.unit, QTY_ONE, l.price, l.price, l.tax_rate_id, l.tax_code, l.rate_bps);
        this.s.movement.run(newId(systemClock), l.id, this.till.id, -QTY_ONE, saleId, at);
        this.s.level.run(-QTY_ONE, at, l.id);
      });
      this.s.payment.run(newId(systemClock), saleId, total, 200_00, 200_00 - total, at);
      this.appendJournal(saleId, receiptNumber, total, at);
    })();
  }

  /** Chained like the app's journal, so the bare sale does the hashing work too. */
  private appendJournal(saleId: string, receiptNumber: string, total: number, at: string): void {
    const head = this.s.head.get() as { seq: number; hash: string } | undefined;
    const fields = {
      seq: (head?.seq ?? 0) + 1,
      id: newId(systemClock),
      till_id: this.till.id,
      kind: 'sale.completed',
      doc_id: saleId,
      payload: JSON.stringify({ receiptNumber, total, lines: this.pending.map((l) => [l.sku, QTY_ONE, l.price]) }),
      prev_hash: head?.hash ?? GENESIS_HASH,
      created_at: at,
    };
    const f = fields;
    this.s.journal.run(f.seq, f.id, f.till_id, f.kind, f.doc_id, f.payload, f.prev_hash, entryHash(f), f.created_at);
  }

  private product(code: string): ProductRow {
    const row = this.s.lookup.get(code) as ProductRow | undefined;
    if (!row) throw new Error(`bare: no product with barcode ${code}`);
    return row;
  }

}
