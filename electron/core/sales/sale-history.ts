import type { SaleHistoryCursor, SaleHistoryPage } from '../../../shared/domain/sale-history';
import type { Minor } from '../../../shared/domain/units';
import type { SqlDb } from '../db/sql';

export interface SaleQuery {
  receiptNumber?: string;
  from?: string;
  to?: string;
  amount?: Minor;
  tender?: string;
  limit: number;
  before?: SaleHistoryCursor;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The sales history: newest first, a page at a time by keyset (the last row's time and
 * id), never by offset, so a page costs the same on the first day and after a year. Every
 * filter is served by an index: the receipt number is unique, totals are indexed
 * (sales_by_total), time by sales_by_till_time, tenders by payments' sale index.
 */
export function findSales(db: SqlDb, tillId: string, q: SaleQuery): SaleHistoryPage {
  let query = db.q
    .selectFrom('sales as s')
    .leftJoin('sales as o', 'o.id', 's.return_of_sale')
    .select(['s.id', 's.receipt_number', 's.created_at', 's.total', 's.cashier_name', 'o.receipt_number as return_of'])
    .where('s.till_id', '=', tillId);
  if (q.receiptNumber !== undefined) query = query.where('s.receipt_number', '=', q.receiptNumber.trim().toUpperCase());
  if (q.from !== undefined) query = query.where('s.created_at', '>=', instant(q.from));
  if (q.to !== undefined) {
    // A bare day includes all of it; an instant is an upper bound as given.
    query = DAY.test(q.to)
      ? query.where('s.created_at', '<', instant(nextDay(q.to)))
      : query.where('s.created_at', '<=', instant(q.to));
  }
  if (q.amount !== undefined) {
    // A cashier types what is on the receipt: a refund of 12.50 is found by 12.50 too.
    const amount = q.amount;
    query = query.where('s.total', 'in', amount === 0 ? [0] : [amount, -amount]);
  }
  if (q.tender !== undefined) {
    const tender = q.tender;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('payments as p').select('p.id').whereRef('p.sale_id', '=', 's.id').where('p.method', '=', tender)),
    );
  }
  if (q.before !== undefined) {
    const { createdAt, id } = q.before;
    query = query.where(({ or, and, eb }) =>
      or([eb('s.created_at', '<', createdAt), and([eb('s.created_at', '=', createdAt), eb('s.id', '<', id)])]),
    );
  }
  const rows = db.all(
    query
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id', 'desc')
      .limit(q.limit + 1),
  );
  const page = rows.slice(0, q.limit);
  const tenders = tendersOf(
    db,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      id: r.id,
      receiptNumber: r.receipt_number,
      createdAt: r.created_at,
      total: r.total,
      cashierName: r.cashier_name,
      tenders: tenders.get(r.id) ?? [],
      refund: r.total < 0,
      returnOf: r.return_of,
    })),
    next: rows.length > q.limit && last ? { createdAt: last.created_at, id: last.id } : null,
  };
}

function tendersOf(db: SqlDb, saleIds: string[]): Map<string, { method: string; methodName: string }[]> {
  const out = new Map<string, { method: string; methodName: string }[]>();
  if (saleIds.length === 0) return out;
  const rows = db.all(
    db.q
      .selectFrom('payments as p')
      .innerJoin('tender_methods as m', 'm.code', 'p.method')
      .select(['p.sale_id', 'p.method', 'm.name'])
      .where('p.sale_id', 'in', saleIds)
      .orderBy('p.created_at')
      .orderBy('p.id'),
  );
  for (const r of rows) {
    const list = out.get(r.sale_id) ?? [];
    if (!list.some((t) => t.method === r.method)) list.push({ method: r.method, methodName: r.name });
    out.set(r.sale_id, list);
  }
  return out;
}

/** Stored times are ISO instants in UTC (toISOString), so they compare as text. */
function instant(s: string): string {
  return new Date(DAY.test(s) ? `${s}T00:00:00.000Z` : s).toISOString();
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
