import type Database from 'better-sqlite3';
import { newId, systemClock } from '../electron/core/clock';
import { documentHash, type StoredRow } from '../electron/core/documents/canonical';
import { nextEntry } from '../electron/core/journal/entry-format';
import { QTY_ONE } from '../shared/domain/units';
import { prepareWrites } from './bare-sql';
import { TENDERED } from './ours';

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
    this.till = openCart(sqlite);
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
      // Shelf prices include tax, so each line's tax is carved out of its price.
      const tax = lines.reduce((sum, l) => sum + Math.round((l.price * l.rate_bps) / (10_000 + l.rate_bps)), 0);
      const code = this.s.tillCode.pluck().get(this.till.id) as string;
      const receipt = this.s.nextReceipt.get(this.till.id) as { no: number };
      const receiptNumber = `${code}-${String(receipt.no).padStart(6, '0')}`;
      const change = TENDERED - total;
      this.s.sale.run({
        id: saleId,
        tillId: this.till.id,
        receiptNo: receipt.no,
        receiptNumber,
        staffId: this.till.staffId,
        net: total - tax,
        tax,
        total,
        tendered: TENDERED,
        change,
        at,
      });
      lines.forEach((l, i) => {
        this.s.line.run({
          lineId: newId(systemClock),
          saleId,
          position: i + 1,
          productId: l.id,
          sku: l.sku,
          name: l.name,
          unit: l.unit,
          qty: QTY_ONE,
          price: l.price,
          taxRateId: l.tax_rate_id,
          taxCode: l.tax_code,
          rateBps: l.rate_bps,
        });
        // On hand follows by the schema's own trigger, as it does for the app.
        this.s.movement.run(newId(systemClock), l.id, this.till.id, -QTY_ONE, saleId, at);
      });
      this.s.payment.run(newId(systemClock), saleId, total, TENDERED, change, at);
      this.appendJournal(saleId, receiptNumber, receipt.no, total, at);
    })();
  }

  /**
   * Journaled like the app's documents, so the bare sale does the same hashing: the
   * sale's rows read back and hashed in canonical form, the entry chained, an outbox row.
   */
  private appendJournal(saleId: string, receiptNumber: string, no: number, total: number, at: string): void {
    const tables = {
      sales: this.s.readSale.all(saleId) as StoredRow[],
      sale_lines: this.s.readLines.all(saleId) as StoredRow[],
      payments: this.s.readPayments.all(saleId) as StoredRow[],
      stock_movements: this.s.readMovements.all(saleId) as StoredRow[],
    };
    const docHash = documentHash({ kind: 'sale.completed', id: saleId, tillId: this.till.id, number: receiptNumber, tables });
    const head = this.s.head.get() as { seq: number; hash: string } | undefined;
    const entry = nextEntry(head, {
      id: newId(systemClock),
      tillId: this.till.id,
      kind: 'sale.completed',
      docId: saleId,
      payload: { number: receiptNumber, series: 'receipt', no, docHash, summary: { total } },
      createdAt: at,
    });
    this.s.journal.run(entry);
    this.s.outbox.run(saleId, 'sale.completed', this.till.id, entry.seq, at);
  }

  private product(code: string): ProductRow {
    const row = this.s.lookup.get(code) as ProductRow | undefined;
    if (!row) throw new Error(`bare: no product with barcode ${code}`);
    return row;
  }
}

/** The till's one cart, created here because the copy is taken before anything is scanned. */
function openCart(sqlite: Database.Database): { id: string; staffId: string; cartId: string } {
  const tillId = sqlite.prepare('select id from tills limit 1').pluck().get() as string;
  const staffId = sqlite.prepare('select id from staff limit 1').pluck().get() as string;
  const at = new Date().toISOString();
  sqlite
    .prepare(
      'insert into carts (id, till_id, staff_id, created_at, updated_at) values (?, ?, ?, ?, ?) on conflict do nothing',
    )
    .run(newId(systemClock), tillId, staffId, at, at);
  const cartId = sqlite.prepare('select id from carts where till_id = ?').pluck().get(tillId) as string;
  return { id: tillId, staffId, cartId };
}
