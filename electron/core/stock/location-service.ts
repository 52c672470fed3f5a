import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { LocationView, ProductStockView, TillLocationView } from '../../../shared/domain/stock';
import type { StaffView } from '../../../shared/domain/staff';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { multiLine, oneLine } from '../customers/clean-text';
import { fail } from '../errors';
import { assertStockLocation, homeLocationId } from '../inventory/locations';
import { stockChanged } from './stock-journal';

/**
 * Locations: the shop floor (home), back rooms, other stores, warehouses, and the one
 * transit location that belongs to the system. Master data: archived, never deleted, so
 * the ledger keeps its names. A location that still holds stock, or that a till sells
 * from, stays open: archiving it would hide goods or leave a till selling from nowhere.
 */
export class LocationService {
  constructor(private readonly ctx: CoreContext) {}

  list(includeArchived: boolean): LocationView[] {
    const { db } = this.ctx;
    let q = this.select();
    if (!includeArchived) q = q.where('l.archived_at', 'is', null);
    return db
      .all(
        q
          .orderBy('l.home', 'desc')
          .orderBy(sql`l.kind = 'transit'`)
          .orderBy(sql`l.name collate nocase`),
      )
      .map(toView);
  }

  save(input: ParsedInputOf<'stock.saveLocation'>, staff: StaffView): LocationView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    const name = oneLine(input.name);
    if (name === '') fail('invalid_input', 'A location needs a name');
    const id = input.id ?? newId(this.ctx.clock);
    const at = nowIso(this.ctx.clock);
    db.txImmediate(() => {
      const clash = db.first(
        db.q
          .selectFrom('locations')
          .select('id')
          .where(sql<boolean>`name = ${name} collate nocase`),
      );
      if (clash && clash.id !== id) fail('invalid_input', `There is already a location called ${name}`);
      const fields = { name, kind: input.kind, address: multiLine(input.address) };
      if (input.id !== undefined) {
        const row = this.row(input.id);
        if (row.kind === 'transit')
          fail('invalid_input', "The transit location is the system's own and cannot be edited");
        db.run(
          db.q
            .updateTable('locations')
            .set({ ...fields, updated_at: at })
            .where('id', '=', id),
        );
      } else {
        db.run(
          db.q
            .insertInto('locations')
            .values({ id, ...fields, home: 0, archived_at: null, created_at: at, updated_at: at }),
        );
      }
      stockChanged(this.ctx, tillId, staff, {
        action: input.id === undefined ? 'location.created' : 'location.updated',
        locationId: id,
        name,
        kind: input.kind,
      });
    });
    return this.view(id);
  }

  archive(id: string, archived: boolean, staff: StaffView): LocationView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const row = this.row(id);
      if (row.kind === 'transit')
        fail('invalid_input', "The transit location is the system's own and cannot be archived");
      if (archived) {
        if (row.home === 1) fail('invalid_input', `${row.name} is the home location and cannot be archived`);
        const held = db.first(
          db.q
            .selectFrom('location_stock')
            .select('product_id')
            .where('location_id', '=', id)
            .where('on_hand', '<>', 0)
            .limit(1),
        );
        if (held) fail('invalid_input', `${row.name} still holds stock: move it or adjust it to zero first`);
        const till = db.first(db.q.selectFrom('tills').select('name').where('location_id', '=', id).limit(1));
        if (till) fail('invalid_input', `Till ${till.name} sells from ${row.name}: give it another location first`);
        const open = db.first(
          db.q
            .selectFrom('transfers')
            .select('reference')
            .where((eb) => eb.or([eb('from_location_id', '=', id), eb('to_location_id', '=', id)]))
            .where('status', 'in', ['draft', 'sent'])
            .limit(1),
        );
        if (open) fail('invalid_input', `Transfer ${open.reference} is still open for ${row.name}`);
      }
      const at = nowIso(this.ctx.clock);
      db.run(
        db.q
          .updateTable('locations')
          .set({ archived_at: archived ? at : null, updated_at: at })
          .where('id', '=', id),
      );
      stockChanged(this.ctx, tillId, staff, {
        action: archived ? 'location.archived' : 'location.restored',
        locationId: id,
        name: row.name,
      });
    });
    return this.view(id);
  }

  tills(): TillLocationView[] {
    const { db } = this.ctx;
    const home = homeLocationId(db);
    return db
      .all(db.q.selectFrom('tills').select(['id', 'code', 'name', 'location_id']).orderBy('code'))
      .map((t) => ({ tillId: t.id, code: t.code, name: t.name, locationId: t.location_id ?? home }));
  }

  setTillLocation(tillId: string, locationId: string, staff: StaffView): TillLocationView {
    const { db } = this.ctx;
    const here = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const till =
        db.first(db.q.selectFrom('tills').select(['id', 'name']).where('id', '=', tillId)) ??
        fail('not_found', 'No such till');
      const loc = assertStockLocation(db, locationId);
      db.run(db.q.updateTable('tills').set({ location_id: locationId }).where('id', '=', tillId));
      stockChanged(this.ctx, here, staff, {
        action: 'till.location',
        tillId,
        till: till.name,
        locationId,
        location: loc.name,
      });
    });
    return this.tills().find((t) => t.tillId === tillId) ?? fail('not_found', 'No such till');
  }

  productStock(productId: string): ProductStockView {
    const { db } = this.ctx;
    const p =
      db.first(
        db.q
          .selectFrom('products as p')
          .leftJoin('stock_levels as s', 's.product_id', 'p.id')
          .select(['p.id', 'p.name', 'p.sku', 'p.tracks_lots', 's.on_hand'])
          .where('p.id', '=', productId),
      ) ?? fail('not_found', 'No such product');
    const rows = db.all(
      db.q
        .selectFrom('locations as l')
        .leftJoin('location_stock as s', (j) =>
          j.onRef('s.location_id', '=', 'l.id').on('s.product_id', '=', productId),
        )
        .select(['l.id', 'l.name', 'l.kind', 'l.archived_at', 's.on_hand'])
        .orderBy('l.home', 'desc')
        .orderBy(sql`l.kind = 'transit'`)
        .orderBy(sql`l.name collate nocase`),
    );
    const lots = db.all(
      db.q
        .selectFrom('lot_stock as s')
        .innerJoin('lots as l', 'l.id', 's.lot_id')
        .select(['s.location_id', 's.lot_id', 'l.code', 'l.expires_on', 's.on_hand'])
        .where('s.product_id', '=', productId)
        .where('s.on_hand', '<>', 0)
        .orderBy(sql`l.expires_on is null`)
        .orderBy('l.expires_on'),
    );
    const locations = rows
      .filter((r) => r.archived_at === null || (r.on_hand ?? 0) !== 0)
      .map((r) => ({
        locationId: r.id,
        name: r.name,
        transit: r.kind === 'transit',
        onHand: r.on_hand ?? 0,
        lots: lots
          .filter((l) => l.location_id === r.id)
          .map((l) => ({ lotId: l.lot_id, code: l.code, expiresOn: l.expires_on, onHand: l.on_hand })),
      }));
    return {
      productId: p.id,
      name: p.name,
      sku: p.sku,
      tracksLots: p.tracks_lots === 1,
      onHand: p.on_hand ?? 0,
      inTransit: locations.find((l) => l.transit)?.onHand ?? 0,
      locations,
    };
  }

  private row(id: string) {
    const { db } = this.ctx;
    return (
      db.first(db.q.selectFrom('locations').selectAll().where('id', '=', id)) ?? fail('not_found', 'No such location')
    );
  }

  private select() {
    return this.ctx.db.q.selectFrom('locations as l').select((eb) => [
      'l.id',
      'l.name',
      'l.kind',
      'l.home',
      'l.address',
      'l.archived_at',
      // Value at the product's average cost, else its cost price; stock below zero is none.
      sql<number>`(select coalesce(sum((s.on_hand * coalesce(p.avg_cost, p.cost, 0) + 500) / 1000), 0)
          from location_stock s join products p on p.id = s.product_id
          where s.location_id = l.id and s.on_hand > 0)`.as('stock_value'),
      eb
        .selectFrom('tills as t')
        .select(eb.fn.countAll<number>().as('n'))
        .where(sql<boolean>`coalesce(t.location_id, (select id from locations where home = 1)) = l.id`)
        .as('till_count'),
    ]);
  }

  private view(id: string): LocationView {
    return toView(this.ctx.db.first(this.select().where('l.id', '=', id)) ?? fail('not_found', 'No such location'));
  }
}

function toView(r: {
  id: string;
  name: string;
  kind: LocationView['kind'];
  home: number;
  address: string;
  archived_at: string | null;
  stock_value: number;
  till_count: number | null;
}): LocationView {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    home: r.home === 1,
    transit: r.kind === 'transit',
    address: r.address,
    archived: r.archived_at !== null,
    stockValue: Number(r.stock_value),
    tillCount: Number(r.till_count ?? 0),
  };
}
