import { sql, type Selectable } from 'kysely';
import type { StockTakeDetailView, StockTakeView } from '../../../shared/domain/stocktake';
import type { SqlDb } from '../db/sql';
import type { StockTakesTable } from '../db/schema-stock';
import { fail } from '../errors';

export type TakeRow = Selectable<StockTakesTable>;

export function takeOrFail(db: SqlDb, id: string): TakeRow {
  return db.first(db.q.selectFrom('stock_takes').selectAll().where('id', '=', id)) ?? fail('not_found', 'No such stock take');
}

/** How many count entries a take has (undo entries included). */
export function entriesOf(db: SqlDb, takeId: string): number {
  const row = db.first(
    db.q.selectFrom('stock_take_counts').select((eb) => eb.fn.countAll<number>().as('n')).where('stock_take_id', '=', takeId),
  );
  return row?.n ?? 0;
}

/**
 * A take's version, raised by every change without a column of its own: entries are
 * never deleted (an undo is an entry too) and the status leaves 'counting' once, so
 * 1 + entries + (closed ? 1 : 0) only ever grows.
 */
export function versionOf(status: TakeRow['status'], entries: number): number {
  return 1 + entries + (status === 'counting' ? 0 : 1);
}

/** Refuses a call on a take that is no longer counting, or that changed since the caller saw it. */
export function assertCounting(take: TakeRow, what: string): void {
  if (take.status !== 'counting') fail('wrong_status', `Stock take ${take.reference} is ${take.status}: ${what}`);
}

function viewQuery(db: SqlDb) {
  return db.q
    .selectFrom('stock_takes as t')
    .innerJoin('locations as l', 'l.id', 't.location_id')
    .leftJoin('categories as c', 'c.id', 't.category_id')
    .leftJoin('staff as cs', 'cs.id', 't.created_by')
    .leftJoin('staff as ps', 'ps.id', 't.posted_by')
    .selectAll('t')
    .select(['l.name as location_name', 'c.name as category_name', 'cs.name as created_name', 'ps.name as posted_name'])
    .select(sql<number>`(select count(*) from stock_take_counts n where n.stock_take_id = t.id)`.as('entries'));
}
type ViewRow = TakeRow & {
  location_name: string;
  category_name: string | null;
  created_name: string | null;
  posted_name: string | null;
  entries: number;
};

function toView(r: ViewRow): StockTakeView {
  return {
    id: r.id,
    reference: r.reference,
    locationId: r.location_id,
    locationName: r.location_name,
    scope: r.scope,
    categoryId: r.category_id,
    categoryName: r.category_name,
    shelf: r.shelf,
    status: r.status,
    note: r.note,
    createdBy: r.created_name,
    createdAt: r.created_at,
    postedBy: r.posted_name,
    postedAt: r.posted_at,
    docId: r.doc_id,
    entries: r.entries,
    version: versionOf(r.status, r.entries),
  };
}

export function takeView(db: SqlDb, id: string): StockTakeView {
  const row = db.first(viewQuery(db).where('t.id', '=', id)) ?? fail('not_found', 'No such stock take');
  return toView(row);
}

/** Every take still counting, then the last 50 closed ones, newest first. */
export function listTakes(db: SqlDb, onlyCounting: boolean): StockTakeView[] {
  const open = db.all(viewQuery(db).where('t.status', '=', 'counting').orderBy('t.created_at', 'desc')).map(toView);
  if (onlyCounting) return open;
  const closed = db
    .all(viewQuery(db).where('t.status', '<>', 'counting').orderBy('t.created_at', 'desc').limit(50))
    .map(toView);
  return [...open, ...closed];
}

export function withProgress(view: StockTakeView, scopeProducts: number, countedProducts: number): StockTakeDetailView {
  return { ...view, scopeProducts, countedProducts };
}
