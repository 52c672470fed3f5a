import { sql } from 'kysely';
import type { JournalProblem } from '../../../shared/domain/journal';
import type { ReadDb } from '../db/read-db';

interface Mismatch {
  figure: 'product' | 'location' | 'lot';
  n: number;
  example: string | null;
}

/**
 * The on-hand figures against the ledger they are kept from: per location and per lot
 * each must equal the sum of its movements, and each product's store total the sum of its
 * locations. The trigger keeps them all in the movement's own statement; a difference
 * means the file was edited, or a figure was written some other way, and stock counts can
 * no longer be trusted. The ledger is read once (grouped by product, location and lot);
 * a movement from before locations (NULL) is the home location's.
 */
export function checkStockAgainstLedger(db: ReadDb, report: (p: JournalProblem) => void): void {
  const query = sql<Mismatch>`
    WITH ledger AS MATERIALIZED (
      SELECT product_id, coalesce(location_id, (SELECT id FROM locations WHERE home = 1)) AS location_id, lot_id,
        sum(qty_delta) AS q
      FROM stock_movements GROUP BY 1, 2, 3
    ),
    at_location AS (
      SELECT product_id || ' at ' || location_id AS k, sum(q) AS q FROM ledger GROUP BY product_id, location_id HAVING sum(q) <> 0
    ),
    kept_at_location AS (
      SELECT product_id || ' at ' || location_id AS k, on_hand AS q FROM location_stock WHERE on_hand <> 0
    ),
    in_lot AS (
      SELECT lot_id || ' at ' || location_id AS k, q FROM ledger WHERE lot_id IS NOT NULL AND q <> 0
    ),
    kept_in_lot AS (
      SELECT lot_id || ' at ' || location_id AS k, on_hand AS q FROM lot_stock WHERE on_hand <> 0
    ),
    total AS (
      SELECT product_id AS k, sum(on_hand) AS q FROM location_stock GROUP BY product_id HAVING sum(on_hand) <> 0
    ),
    kept_total AS (
      SELECT product_id AS k, on_hand AS q FROM stock_levels WHERE on_hand <> 0
    ),
    differ AS (
      SELECT 'location' AS figure, k FROM (SELECT * FROM at_location EXCEPT SELECT * FROM kept_at_location)
      UNION SELECT 'location', k FROM (SELECT * FROM kept_at_location EXCEPT SELECT * FROM at_location)
      UNION SELECT 'lot', k FROM (SELECT * FROM in_lot EXCEPT SELECT * FROM kept_in_lot)
      UNION SELECT 'lot', k FROM (SELECT * FROM kept_in_lot EXCEPT SELECT * FROM in_lot)
      UNION SELECT 'product', k FROM (SELECT * FROM total EXCEPT SELECT * FROM kept_total)
      UNION SELECT 'product', k FROM (SELECT * FROM kept_total EXCEPT SELECT * FROM total)
    )
    SELECT figure, count(*) AS n, min(k) AS example FROM differ GROUP BY figure ORDER BY figure`;
  for (const m of db.all({ compile: () => query.compile(db.q) })) {
    const against = m.figure === 'product' ? 'the sum of their locations' : 'the movement ledger';
    report({
      code: 'stock_mismatch',
      seq: null,
      detail: `${m.n} ${m.figure} on-hand figure(s) differ from ${against}, e.g. ${m.example ?? ''}`,
    });
  }
}
