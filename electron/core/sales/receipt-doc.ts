import type { ReceiptDoc } from '../../../shared/domain/receipt';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { savedCurrencyExponent } from '../../../shared/iso-4217';
import type { SalesRules, StoreSettings } from '../../../shared/domain/store';
import { itemCounts } from '../cart/cart-view';

/** Rebuilds the receipt of a finalized sale from what was stored when it was sold. */
// Every sale's reply reads its receipt: prepared once (db/prepared.ts).
const saleQuery = prepared((q, arg: Arg<{ saleId: string }>) =>
  q
    .selectFrom('sales as s')
    .innerJoin('tills as t', 't.id', 's.till_id')
    .selectAll('s')
    .select('t.code as till_code')
    .where('s.id', '=', arg('saleId')),
);
const linesQuery = prepared((q, arg: Arg<{ saleId: string }>) =>
  q.selectFrom('sale_lines').selectAll().where('sale_id', '=', arg('saleId')).orderBy('position'),
);
const taxesQuery = prepared((q, arg: Arg<{ saleId: string }>) =>
  q.selectFrom('sale_taxes').selectAll().where('sale_id', '=', arg('saleId')).orderBy('code'),
);
const paymentsQuery = prepared((q, arg: Arg<{ saleId: string }>) =>
  q
    .selectFrom('payments as p')
    .innerJoin('tender_methods as m', 'm.code', 'p.method')
    .leftJoin('gift_cards as g', 'g.id', 'p.gift_card_id')
    .selectAll('p')
    .select(['m.name as method_name', 'm.kind', 'g.code as gift_card_code'])
    .where('p.sale_id', '=', arg('saleId'))
    .orderBy('p.created_at')
    .orderBy('p.id'),
);
const adjustmentsQuery = prepared((q, arg: Arg<{ saleId: string }>) =>
  q.selectFrom('sale_adjustments').select(['line_id', 'kind', 'reason']).where('sale_id', '=', arg('saleId')),
);

export function loadReceiptDoc(db: SqlDb, saleId: string, opts: { reprint: boolean }): ReceiptDoc {
  const sale = db.first(saleQuery.with({ saleId })) ?? fail('not_found', 'No such sale');
  const lines = db.all(linesQuery.with({ saleId }));
  const taxes = db.all(taxesQuery.with({ saleId }));
  const payments = db.all(paymentsQuery.with({ saleId }));
  const adjustments = db.all(adjustmentsQuery.with({ saleId }));
  const reasonOf = new Map<string | null, string>();
  for (const a of adjustments) if (a.reason !== null && a.kind !== 'no_receipt_return') reasonOf.set(a.line_id, a.reason);
  const customer =
    sale.customer_id === null
      ? undefined
      : db.first(db.q.selectFrom('customers').select(['name', 'tax_id']).where('id', '=', sale.customer_id));
  const returnOf =
    sale.return_of_sale === null
      ? undefined
      : db.first(db.q.selectFrom('sales').select('receipt_number').where('id', '=', sale.return_of_sale));
  const store = storeOf(sale.store_snapshot);
  return {
    saleId: sale.id,
    receiptNumber: sale.receipt_number,
    tillCode: sale.till_code,
    cashierName: sale.cashier_name,
    createdAt: sale.created_at,
    store,
    lines: lines.map((l) => ({
      name: l.name,
      qty: l.qty,
      unit: l.unit,
      unitPrice: l.unit_price,
      amount: l.amount,
      rateBps: l.rate_bps,
      taxCode: l.tax_code,
      listPrice: l.list_price,
      discount: l.discount ?? 0,
      discountReason: store.printReasons ? (reasonOf.get(l.id) ?? null) : null,
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
    payments: payments.map((p) => ({
      method: p.method,
      methodName: p.method_name,
      kind: p.kind,
      amount: p.amount,
      tendered: p.tendered,
      change: p.change,
      cardLast4: p.card_last4,
      approvalCode: p.approval_code,
      giftCardLast4: p.gift_card_code === null ? null : p.gift_card_code.slice(-4),
    })),
    tendered: sale.tendered,
    change: sale.change,
    rounding: sale.rounding ?? 0,
    discountTotal: sale.discount ?? 0,
    saleDiscountReason: store.printReasons ? (reasonOf.get(null) ?? null) : null,
    customer: customer ? { name: customer.name, taxId: customer.tax_id } : null,
    returnOf: returnOf?.receipt_number ?? null,
    refund: sale.total < 0,
    ...itemCounts(lines),
    reprint: opts.reprint,
  };
}

/** The store header a sale saved; fields added by later schemas are absent from older sales. */
interface Snapshot {
  name: string;
  address: string;
  currency: string;
  locale: string;
  currencyExponent?: number;
  taxNumber?: string;
  phone?: string;
  header?: string;
  footer?: string;
  /** Whether the store printed discount reasons when the sale was made. */
  printReasons?: boolean;
}

/**
 * The store as the sale recorded it. Sales made before the exponent was saved with the
 * store (schema 2) lack it in their snapshot; a store's exponent never changes, and it
 * was filled from the same ISO 4217 table, so that table answers for them.
 */
function storeOf(snapshot: string): ReceiptDoc['store'] & { printReasons: boolean } {
  const s = JSON.parse(snapshot) as Snapshot;
  const currencyExponent = s.currencyExponent ?? savedCurrencyExponent(s.currency);
  if (currencyExponent === null) throw new Error(`sale recorded in ${s.currency}, which has no ISO 4217 exponent`);
  return {
    name: s.name,
    address: s.address,
    currency: s.currency,
    currencyExponent,
    locale: s.locale,
    taxNumber: s.taxNumber ?? '',
    phone: s.phone ?? '',
    header: s.header ?? '',
    footer: s.footer ?? '',
    printReasons: s.printReasons ?? false,
  };
}

/** The snapshot a sale saves of its store, read back by storeOf. */
export function storeSnapshot(store: StoreSettings, rules: SalesRules): string {
  const snapshot: Required<Snapshot> = {
    name: store.name,
    address: store.address,
    currency: store.currency,
    currencyExponent: store.currencyExponent,
    locale: store.locale,
    taxNumber: store.taxNumber ?? '',
    phone: store.phone ?? '',
    header: store.receiptHeader ?? '',
    footer: store.receiptFooter ?? '',
    printReasons: rules.printDiscountReasons,
  };
  return JSON.stringify(snapshot);
}
