import type { TenderMethodView } from '../../../shared/domain/sale';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/** The tenders of the store in screen order; inactive ones only when asked for. */
export function listTenders(db: SqlDb, opts: { all: boolean }): TenderMethodView[] {
  let q = db.q
    .selectFrom('tender_methods')
    .select(['code', 'name', 'kind', 'opens_drawer', 'active', 'position'])
    .orderBy('position')
    .orderBy('code');
  if (!opts.all) q = q.where('active', '=', 1);
  return db.all(q).map((m) => ({
    code: m.code,
    name: m.name,
    kind: m.kind,
    opensDrawer: m.opens_drawer === 1,
    active: m.active === 1,
    position: m.position,
  }));
}

/** One tender by code, active or not; undefined when the store has none by that code. */
export function tenderMethod(db: SqlDb, code: string): TenderMethodView | undefined {
  return listTenders(db, { all: true }).find((m) => m.code === code);
}

/**
 * Adds a store-defined tender (kind 'other') or edits one. A built-in tender (cash, card,
 * store credit, gift card) keeps its kind, so its rules stay with it, and cash stays
 * active: it is the tender that gives change.
 */
export function saveTender(
  db: SqlDb,
  input: { code: string; name: string; opensDrawer: boolean; active: boolean; position: number },
): TenderMethodView[] {
  const existing = tenderMethod(db, input.code);
  if (existing?.kind === 'cash' && !input.active) fail('builtin_tender', 'Cash gives change and cannot be switched off');
  const row = { name: input.name, opens_drawer: input.opensDrawer ? 1 : 0, active: input.active ? 1 : 0, position: input.position };
  if (existing) {
    db.run(db.q.updateTable('tender_methods').set(row).where('code', '=', input.code));
  } else {
    db.run(db.q.insertInto('tender_methods').values({ code: input.code, kind: 'other', ...row }));
  }
  return listTenders(db, { all: true });
}
