import type { ReceiptDoc } from '../../../shared/domain/receipt';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { savedCurrencyExponent } from '../../../shared/iso-4217';

/** Rebuilds the receipt of a finalized sale from what was stored when it was sold. */
export function loadReceiptDoc(db: SqlDb, saleId: string, opts: { reprint: boolean }): ReceiptDoc {
  const sale =
    db.first(
      db.q
        .selectFrom('sales as s')
        .innerJoin('tills as t', 't.id', 's.till_id')
        .selectAll('s')
        .select('t.code as till_code')
        .where('s.id', '=', saleId),
    ) ?? fail('not_found', 'No such sale');
  const lines = db.all(db.q.selectFrom('sale_lines').selectAll().where('sale_id', '=', saleId).orderBy('position'));
  const taxes = db.all(db.q.selectFrom('sale_taxes').selectAll().where('sale_id', '=', saleId).orderBy('code'));
  const payments = db.all(db.q.selectFrom('payments').selectAll().where('sale_id', '=', saleId).orderBy('created_at'));
  return {
    saleId: sale.id,
    receiptNumber: sale.receipt_number,
    tillCode: sale.till_code,
    cashierName: sale.cashier_name,
    createdAt: sale.created_at,
    store: storeOf(sale.store_snapshot),
    lines: lines.map((l) => ({
      name: l.name,
      qty: l.qty,
      unit: l.unit,
      unitPrice: l.unit_price,
      amount: l.amount,
      rateBps: l.rate_bps,
      taxCode: l.tax_code,
    })),
    totals: {
      inclusive: sale.tax_inclusive === 1,
      net: sale.net,
      tax: sale.tax,
      total: sale.total,
      breakdown: taxes.map((t) => ({
        taxRateId: t.tax_rate_id,
        code: t.code,
        name: t.name,
        rateBps: t.rate_bps,
        net: t.net,
        tax: t.tax,
        gross: t.gross,
      })),
    },
    payments: payments.map((p) => ({ method: p.method, amount: p.amount, tendered: p.tendered, change: p.change })),
    tendered: sale.tendered,
    change: sale.change,
    reprint: opts.reprint,
  };
}

type Snapshot = Omit<ReceiptDoc['store'], 'currencyExponent'> & { currencyExponent?: number };

/**
 * The store as the sale recorded it. Sales made before the exponent was saved with the
 * store (schema 2) lack it in their snapshot; a store's exponent never changes, and it
 * was filled from the same ISO 4217 table, so that table answers for them.
 */
function storeOf(snapshot: string): ReceiptDoc['store'] {
  const s = JSON.parse(snapshot) as Snapshot;
  const currencyExponent = s.currencyExponent ?? savedCurrencyExponent(s.currency);
  if (currencyExponent === null) throw new Error(`sale recorded in ${s.currency}, which has no ISO 4217 exponent`);
  return { ...s, currencyExponent };
}
