import { sql } from 'kysely';
import type { ValuationCategory, ValuationLocation, ValuationReport } from '../../../shared/domain/stock';
import type { SqlDb } from '../db/sql';

interface ValuedRow {
  category_id: string | null;
  category_name: string | null;
  location_id: string;
  location_name: string;
  qty: number;
  value: number;
  negatives: number;
}

export interface ValuationArgs {
  /** Movements before this instant count (the start of the day after the as-of date); ISO UTC. */
  until: string;
  asOf: string | null;
}

/**
 * Stock at cost as of an instant, per category and location.
 *
 * Quantity then: what each location holds now less every movement since, which equals
 * the sum of every movement up to then because location_stock is kept by the trigger on
 * the ledger. The ledger has no index by time (a sale would pay for it at every line), so
 * a past date reads the ledger once in this worker; now reads none of it.
 * Cost then: the average cost the product's last movement up to then recorded (one seek
 * in stock_movements_by_product), else the product's average cost, else its cost price.
 * value = qty x cost / 1000, rounded half up per product and location. Stock below zero
 * is valued at 0 (it is no asset; it means goods were sold that the ledger never saw
 * arrive) and counted in negativeCount, so the manager sees there is something to count.
 */
export function valuation(db: SqlDb, args: ValuationArgs): Omit<ValuationReport, 'ms'> {
  // Now: nothing has moved since, and no movement needs reading.
  const since = args.asOf === null ? sql`0` : sql`created_at >= ${args.until}`;
  const query = sql<ValuedRow>`WITH since AS (
         SELECT product_id, coalesce(location_id, (SELECT id FROM locations WHERE home = 1)) AS location_id, sum(qty_delta) AS d
         FROM stock_movements WHERE ${since} GROUP BY 1, 2
       ),
       held AS (
         SELECT s.product_id, s.location_id, s.on_hand - coalesce(x.d, 0) AS qty
         FROM location_stock s LEFT JOIN since x ON x.product_id = s.product_id AND x.location_id = s.location_id
       ),
       valued AS (
         SELECT h.product_id, h.location_id, h.qty, p.category_id,
           coalesce((SELECT m.avg_cost FROM stock_movements m
                     WHERE m.product_id = h.product_id AND m.created_at < ${args.until} AND m.avg_cost IS NOT NULL
                     ORDER BY m.created_at DESC, m.id DESC LIMIT 1), p.avg_cost, p.cost, 0) AS cost
         FROM held h JOIN products p ON p.id = h.product_id
         WHERE h.qty <> 0
       )
       SELECT v.category_id, c.name AS category_name, v.location_id, l.name AS location_name,
         sum(CASE WHEN v.qty > 0 THEN v.qty ELSE 0 END) AS qty,
         sum(CASE WHEN v.qty > 0 THEN (v.qty * v.cost + 500) / 1000 ELSE 0 END) AS value,
         sum(v.qty < 0) AS negatives
       FROM valued v
       JOIN locations l ON l.id = v.location_id
       LEFT JOIN categories c ON c.id = v.category_id
       GROUP BY v.category_id, v.location_id
       ORDER BY c.name IS NULL, c.name COLLATE NOCASE, l.home DESC, l.name COLLATE NOCASE`.compile(db.q);
  const rows = db.all({ compile: () => query });
  const categories = new Map<string, ValuationCategory>();
  const locations = new Map<string, ValuationLocation>();
  let total = 0;
  let negativeCount = 0;
  for (const r of rows) {
    const key = r.category_id ?? '';
    let cat = categories.get(key);
    if (!cat) {
      cat = {
        categoryId: r.category_id,
        name: r.category_name ?? '',
        qty: 0,
        stockValue: 0,
        negativeCount: 0,
        locations: [],
      };
      categories.set(key, cat);
    }
    cat.qty += r.qty;
    cat.stockValue += r.value;
    cat.negativeCount += r.negatives;
    cat.locations.push({ locationId: r.location_id, name: r.location_name, stockValue: r.value });
    const loc = locations.get(r.location_id) ?? { locationId: r.location_id, name: r.location_name, stockValue: 0 };
    loc.stockValue += r.value;
    locations.set(r.location_id, loc);
    total += r.value;
    negativeCount += r.negatives;
  }
  return {
    asOf: args.asOf,
    categories: [...categories.values()],
    locations: [...locations.values()],
    total,
    negativeCount,
  };
}
