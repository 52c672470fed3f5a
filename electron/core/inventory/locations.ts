import { sql } from 'kysely';
import type { LocationChoice } from '../../../shared/domain/stock';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/**
 * The locations every stock rule needs: the home location (the shop floor from before
 * locations existed; a movement without a location is its), the one transit location
 * goods sit in between a transfer's sending and receiving, and the location a till sells
 * from (its own, or home).
 */
export function homeLocationId(db: SqlDb): string {
  return db.first(homeQuery.with({}))?.id ?? fail('not_set_up', 'The store has no home location');
}

export function transitLocationId(db: SqlDb): string {
  return db.first(transitQuery.with({}))?.id ?? fail('not_set_up', 'The store has no transit location');
}

export function tillLocationId(db: SqlDb, tillId: string): string {
  return db.first(tillLocationQuery.with({ tillId }))?.id ?? homeLocationId(db);
}

/** A location goods can be put in or taken from by hand: it exists, is not archived and is not transit. */
export function assertStockLocation(db: SqlDb, locationId: string): { id: string; name: string } {
  const row = db.first(locationQuery.with({ locationId })) ?? fail('not_found', 'No such location');
  if (row.kind === 'transit') fail('invalid_input', 'Goods in transit move only by sending or receiving a transfer');
  if (row.archived_at !== null) fail('location_archived', `${row.name} is archived`);
  return { id: row.id, name: row.name };
}

/** Locations stock is kept at, ordered to and counted at: not transit, not archived; home first. */
export function stockLocationChoices(db: SqlDb): LocationChoice[] {
  return db
    .all(
      db.q
        .selectFrom('locations')
        .select(['id', 'name', 'home'])
        .where('kind', '<>', 'transit')
        .where('archived_at', 'is', null)
        .orderBy('home', 'desc')
        .orderBy(sql`name collate nocase`),
    )
    .map((l) => ({ id: l.id, name: l.name, home: l.home === 1 }));
}

const homeQuery = prepared((q) => q.selectFrom('locations').select('id').where('home', '=', 1));
const transitQuery = prepared((q) => q.selectFrom('locations').select('id').where('kind', '=', 'transit'));
// One read on every scan and payment: the till's own location, else home, in one statement.
const tillLocationQuery = prepared((q, arg: Arg<{ tillId: string }>) =>
  q
    .selectFrom('tills')
    .select(sql<string>`coalesce(location_id, (select id from locations where home = 1))`.as('id'))
    .where('id', '=', arg('tillId')),
);
const locationQuery = prepared((q, arg: Arg<{ locationId: string }>) =>
  q.selectFrom('locations').select(['id', 'name', 'kind', 'archived_at']).where('id', '=', arg('locationId')),
);
