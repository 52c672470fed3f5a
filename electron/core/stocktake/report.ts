import { sql } from 'kysely';
import type { UncountedPage, VarianceLine, VariancePage, VarianceTotals } from '../../../shared/domain/stocktake';
import { divRound } from '../../../shared/money';
import type { SqlDb } from '../db/sql';
import { inScope, scopeOf } from './scope';
import type { TakeRow } from './take-row';

/**
 * The variance of a counted product is its count against the on hand at its FIRST live
 * count entry (not undone, not an undo): goods sold after the product was counted left
 * the shelf after the counter saw it, so they are in neither figure and are not counted
 * twice. Entries add up, whoever made them; a product whose every entry was undone is
 * uncounted.
 */
function varianceQuery(db: SqlDb, takeId: string, withNames = true) {
  return db.q
    .selectFrom('stock_take_counts as c')
    .innerJoin('products as p', 'p.id', 'c.product_id')
    .select(['c.product_id', 'p.sku', 'p.name', 'p.unit', 'p.tracks_lots', 'p.avg_cost', 'p.cost'])
    .select(sql<number>`sum(c.qty)`.as('counted'))
    .select(sql<number>`sum(case when c.undoes is null then 1 else -1 end)`.as('live'))
    .select(
      sql<number>`(select f.expected from stock_take_counts f where f.stock_take_id = c.stock_take_id and f.product_id = c.product_id and f.undoes is null and not exists (select 1 from stock_take_counts u where u.undoes = f.id) order by f.created_at, f.id limit 1)`.as(
        'expected',
      ),
    )
    .select(
      // Who counted is for the table; the totals and the posting skip it (a third of their time).
      withNames
        ? sql<string>`(select json_group_array(distinct s.name) from stock_take_counts e join staff s on s.id = e.staff_id where e.stock_take_id = c.stock_take_id and e.product_id = c.product_id and e.undoes is null)`.as(
            'counted_by',
          )
        : sql<string>`'[]'`.as('counted_by'),
    )
    .where('c.stock_take_id', '=', takeId)
    .groupBy('c.product_id')
    .having(sql`sum(case when c.undoes is null then 1 else -1 end)`, '>', 0);
}

type Row = ReturnType<typeof varianceQuery> extends { execute(): Promise<(infer R)[]> } ? R : never;

/** What a unit is worth at cost: the average cost, else the cost price. */
export function unitCostOf(avgCost: number | null, cost: number | null): number | null {
  return avgCost ?? cost;
}

/** A quantity in thousandths at a unit cost in minor units, rounded half away from zero. */
export function valueAt(qty: number, unitCost: number | null): number {
  if (unitCost === null || qty === 0) return 0;
  return divRound(qty * unitCost, 1000);
}

function toLine(r: Row): VarianceLine {
  const unitCost = unitCostOf(r.avg_cost, r.cost);
  const variance = r.counted - r.expected;
  return {
    productId: r.product_id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    expected: r.expected,
    counted: r.counted,
    variance,
    unitCost,
    varianceValue: valueAt(variance, unitCost),
    countedBy: (JSON.parse(r.counted_by) as string[]).filter((n) => n !== null).sort(),
    tracksLots: r.tracks_lots === 1,
  };
}

/** A page of counted products in product id order, keyset paged on the counts index. */
export function variancePage(db: SqlDb, takeId: string, opts: { only: 'all' | 'variances'; after?: string | undefined; limit: number }): VariancePage {
  let q = varianceQuery(db, takeId);
  if (opts.after !== undefined) q = q.where('c.product_id', '>', opts.after);
  if (opts.only === 'variances') q = q.having(sql`sum(c.qty)`, '<>', sql`expected`);
  const rows = db.all(q.orderBy('c.product_id').limit(opts.limit + 1));
  const lines = rows.slice(0, opts.limit).map(toLine);
  return { lines, next: rows.length > opts.limit ? (lines[lines.length - 1]?.productId ?? null) : null };
}

/** Every counted product, streamed: for the totals and the posting. */
export function* allVariances(db: SqlDb, takeId: string): Generator<VarianceLine> {
  for (const r of db.iterate(varianceQuery(db, takeId, false).orderBy('c.product_id'))) yield toLine(r);
}

function uncountedQuery(db: SqlDb, take: TakeRow) {
  return db.q
    .selectFrom('products as p')
    .leftJoin('location_stock as ls', (j) => j.onRef('ls.product_id', '=', 'p.id').on('ls.location_id', '=', take.location_id))
    .select(['p.id', 'p.sku', 'p.name', 'p.unit', 'p.avg_cost', 'p.cost'])
    .select(sql<number>`coalesce(ls.on_hand, 0)`.as('on_hand'))
    .where(inScope(scopeOf(db, take)))
    .where(
      sql<boolean>`not exists (select 1 from stock_take_counts e where e.stock_take_id = ${take.id} and e.product_id = p.id and e.undoes is null and not exists (select 1 from stock_take_counts u where u.undoes = e.id))`,
    );
}

export function uncountedPage(db: SqlDb, take: TakeRow, opts: { after?: string | undefined; limit: number }): UncountedPage {
  let q = uncountedQuery(db, take);
  if (opts.after !== undefined) q = q.where('p.id', '>', opts.after);
  const rows = db.all(q.orderBy('p.id').limit(opts.limit + 1));
  const lines = rows.slice(0, opts.limit).map((r) => {
    const unitCost = unitCostOf(r.avg_cost, r.cost);
    return { productId: r.id, sku: r.sku, name: r.name, unit: r.unit, onHand: r.on_hand, unitCost, stockValue: valueAt(r.on_hand, unitCost) };
  });
  return { lines, next: rows.length > opts.limit ? (lines[lines.length - 1]?.productId ?? null) : null };
}

/** Uncounted products holding stock (non-zero on hand) at the take's location: what zeroing moves. */
export function* uncountedWithStock(db: SqlDb, take: TakeRow): Generator<{ productId: string; onHand: number }> {
  for (const r of db.iterate(uncountedQuery(db, take).where('ls.on_hand', '<>', 0).orderBy('p.id'))) {
    yield { productId: r.id, onHand: r.on_hand };
  }
}

export function totals(db: SqlDb, take: TakeRow): VarianceTotals {
  const t: VarianceTotals = { countedProducts: 0, withVariance: 0, gainValue: 0, lossValue: 0, varianceValue: 0, uncountedProducts: 0, uncountedValue: 0 };
  for (const line of allVariances(db, take.id)) {
    t.countedProducts += 1;
    if (line.variance !== 0) t.withVariance += 1;
    if (line.varianceValue > 0) t.gainValue += line.varianceValue;
    else t.lossValue += line.varianceValue;
  }
  t.varianceValue = t.gainValue + t.lossValue;
  for (const r of db.iterate(uncountedQuery(db, take))) {
    t.uncountedProducts += 1;
    t.uncountedValue += valueAt(r.on_hand, unitCostOf(r.avg_cost, r.cost));
  }
  return t;
}

/** Products with a live entry: only the grouping, none of the report's per-product subqueries (polled every few seconds). */
export function countedProducts(db: SqlDb, takeId: string): number {
  const live = db.q
    .selectFrom('stock_take_counts as c')
    .select('c.product_id')
    .where('c.stock_take_id', '=', takeId)
    .groupBy('c.product_id')
    .having(sql`sum(case when c.undoes is null then 1 else -1 end)`, '>', 0);
  const row = db.first(db.q.selectFrom(live.as('v')).select((eb) => eb.fn.countAll<number>().as('n')));
  return row?.n ?? 0;
}
