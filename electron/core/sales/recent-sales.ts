import type { SaleSummary } from '../../../shared/domain/sale';
import type { SqlDb } from '../db/sql';

export function recentSales(db: SqlDb, tillId: string, limit: number): SaleSummary[] {
  return db
    .all(
      db.q
        .selectFrom('sales')
        .select(['id', 'receipt_number', 'created_at', 'total', 'cashier_name'])
        .where('till_id', '=', tillId)
        .orderBy('receipt_no', 'desc')
        .limit(limit),
    )
    .map((s) => ({
      id: s.id,
      receiptNumber: s.receipt_number,
      createdAt: s.created_at,
      total: s.total,
      cashierName: s.cashier_name,
    }));
}
