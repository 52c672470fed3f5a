import { sql, type ExpressionBuilder } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { HistoryPage, HistoryRow } from '../../../shared/domain/stock';
import type { DB } from '../db/schema';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { homeLocationId } from '../inventory/locations';

type Eb = ExpressionBuilder<DB, 'stock_movements'>;

/**
 * A product's movements with the balance after each, keyset-paged on (created_at, id).
 * The balance after a page's first row is one indexed sum (stock_movements_by_product)
 * of everything up to it; the rest of the page follows by adding or taking away each
 * row, so every page is right however deep it is and however the ledger is ordered.
 * A movement without a location (before schema 7) is the home location's.
 */
export function productHistory(db: SqlDb, input: ParsedInputOf<'stock.history'>): HistoryPage {
  const product = db.first(db.q.selectFrom('products').select('id').where('id', '=', input.productId));
  if (!product) fail('not_found', 'No such product');
  const home = homeLocationId(db);
  const cursor = input.after === undefined ? null : parseCursor(input.after);
  const newest = input.order === 'newest';
  const atLocation = (eb: Eb) => {
    if (input.locationId === undefined) return sql<boolean>`1`;
    if (input.locationId === home) return eb.or([eb('location_id', '=', home), eb('location_id', 'is', null)]);
    return eb('location_id', '=', input.locationId);
  };
  let q = db.q
    .selectFrom('stock_movements')
    .select(['id', 'created_at', 'doc_id', 'reason', 'location_id', 'lot_id', 'qty_delta', 'staff_id', 'note'])
    .where('product_id', '=', input.productId)
    .where(atLocation);
  if (cursor) {
    q = q.where((eb) =>
      newest
        ? eb.or([
            eb('created_at', '<', cursor.at),
            eb.and([eb('created_at', '=', cursor.at), eb('id', '<', cursor.id)]),
          ])
        : eb.or([
            eb('created_at', '>', cursor.at),
            eb.and([eb('created_at', '=', cursor.at), eb('id', '>', cursor.id)]),
          ]),
    );
  }
  const dir = newest ? 'desc' : 'asc';
  const found = db.all(
    q
      .orderBy('created_at', dir)
      .orderBy('id', dir)
      .limit(input.limit + 1),
  );
  const rows = found.slice(0, input.limit);
  const first = rows[0];
  if (!first) return { rows: [], next: null };
  const upToFirst =
    db.first(
      db.q
        .selectFrom('stock_movements')
        .select(sql<number>`coalesce(sum(qty_delta), 0)`.as('n'))
        .where('product_id', '=', input.productId)
        .where(atLocation)
        .where((eb) =>
          eb.or([
            eb('created_at', '<', first.created_at),
            eb.and([eb('created_at', '=', first.created_at), eb('id', '<=', first.id)]),
          ]),
        ),
    )?.n ?? 0;
  const names = labels(db, rows);
  let balance = upToFirst;
  const out: HistoryRow[] = rows.map((r, i) => {
    if (i > 0) balance = newest ? balance - (rows[i - 1]?.qty_delta ?? 0) : balance + r.qty_delta;
    const locationId = r.location_id ?? home;
    return {
      id: r.id,
      at: r.created_at,
      docId: r.doc_id,
      docKind: names.docKinds.get(r.doc_id) ?? null,
      reason: r.reason,
      reasonName: names.reasons.get(r.reason) ?? r.reason,
      locationId,
      locationName: names.locations.get(locationId) ?? '',
      lotCode: r.lot_id === null ? null : (names.lots.get(r.lot_id) ?? null),
      qty: r.qty_delta,
      onHandAfter: balance,
      staffName: r.staff_id === null ? null : (names.staff.get(r.staff_id) ?? null),
      note: r.note,
    };
  });
  const last = rows[rows.length - 1];
  return { rows: out, next: found.length > input.limit && last ? `${last.created_at}|${last.id}` : null };
}

function parseCursor(s: string): { at: string; id: string } {
  const [at, id, ...rest] = s.split('|');
  if (!at || !id || rest.length > 0) fail('invalid_input', 'That is not a page cursor from this list');
  return { at, id };
}

/** The names a page shows, read once per page rather than joined into the keyset scan. */
function labels(db: SqlDb, rows: { doc_id: string; reason: string; lot_id: string | null; staff_id: string | null }[]) {
  const ids = <T>(xs: (T | null)[]) => [...new Set(xs.filter((x): x is T => x !== null))];
  const docIds = ids(rows.map((r) => r.doc_id));
  const lotIds = ids(rows.map((r) => r.lot_id));
  const staffIds = ids(rows.map((r) => r.staff_id));
  const docKinds = new Map(
    docIds.length === 0
      ? []
      : db
          .all(db.q.selectFrom('journal').select(['doc_id', 'kind']).where('doc_id', 'in', docIds))
          .map((r) => [r.doc_id ?? '', r.kind]),
  );
  const lots = new Map(
    lotIds.length === 0
      ? []
      : db.all(db.q.selectFrom('lots').select(['id', 'code']).where('id', 'in', lotIds)).map((r) => [r.id, r.code]),
  );
  const staff = new Map(
    staffIds.length === 0
      ? []
      : db.all(db.q.selectFrom('staff').select(['id', 'name']).where('id', 'in', staffIds)).map((r) => [r.id, r.name]),
  );
  const reasons = new Map(
    db.all(db.q.selectFrom('stock_reasons').select(['code', 'name'])).map((r) => [r.code, r.name]),
  );
  const locations = new Map(db.all(db.q.selectFrom('locations').select(['id', 'name'])).map((r) => [r.id, r.name]));
  return { docKinds, lots, staff, reasons, locations };
}
