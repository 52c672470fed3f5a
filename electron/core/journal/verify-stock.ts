import { sql, type RawBuilder } from 'kysely';
import type { JournalProblem } from '../../../shared/domain/journal';
import type { ReadDb } from '../db/read-db';

/**
 * The on-hand figures against the ledger they are kept from: the store total per product,
 * per location and per lot must each equal the sum of the movements. The trigger keeps
 * them in the movement's own statement; a difference means the file was edited, or a
 * figure was written some other way, and stock counts can no longer be trusted.
 */
export function checkStockAgainstLedger(db: ReadDb, report: (p: JournalProblem) => void): void {
  // A movement from before locations (NULL) is the home location's.
  const home = sql`(select id from locations where home = 1)`;
  const checks: { name: string; figures: RawBuilder<unknown>; ledger: RawBuilder<unknown> }[] = [
    {
      name: 'product',
      figures: sql`select product_id as k, on_hand as q from stock_levels where on_hand <> 0`,
      ledger: sql`select product_id as k, sum(qty_delta) as q from stock_movements group by product_id having sum(qty_delta) <> 0`,
    },
    {
      name: 'location',
      figures: sql`select product_id || ' at ' || location_id as k, on_hand as q from location_stock where on_hand <> 0`,
      ledger: sql`select product_id || ' at ' || coalesce(location_id, ${home}) as k, sum(qty_delta) as q from stock_movements
                  group by product_id, coalesce(location_id, ${home}) having sum(qty_delta) <> 0`,
    },
    {
      name: 'lot',
      figures: sql`select lot_id || ' at ' || location_id as k, on_hand as q from lot_stock where on_hand <> 0`,
      ledger: sql`select lot_id || ' at ' || coalesce(location_id, ${home}) as k, sum(qty_delta) as q from stock_movements
                  where lot_id is not null group by lot_id, coalesce(location_id, ${home}) having sum(qty_delta) <> 0`,
    },
  ];
  for (const c of checks) {
    const query = sql<{ n: number; example: string | null }>`
      select count(distinct k) as n, min(k) as example from (
        select * from (${c.figures} except ${c.ledger})
        union
        select * from (${c.ledger} except ${c.figures})
      )`;
    const row = db.first({ compile: () => query.compile(db.q) });
    if (row && row.n > 0) {
      report({
        code: 'stock_mismatch',
        seq: null,
        detail: `${row.n} ${c.name} on-hand figure(s) differ from the movement ledger, e.g. ${row.example ?? ''}`,
      });
    }
  }
}
