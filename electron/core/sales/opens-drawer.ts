import type { SqlDb } from '../db/sql';

/**
 * Whether a sale's receipt kicks the drawer: when any of its tenders is set to open it
 * (tender_methods.opens_drawer: cash by default, a voucher or a cheque the store files in
 * the drawer). A card-only sale leaves the drawer shut.
 */
export function saleOpensDrawer(db: SqlDb, saleId: string): boolean {
  const row = db.first(
    db.q
      .selectFrom('payments as p')
      .innerJoin('tender_methods as m', 'm.code', 'p.method')
      .select('p.id')
      .where('p.sale_id', '=', saleId)
      .where('m.opens_drawer', '=', 1),
  );
  return row !== undefined;
}
