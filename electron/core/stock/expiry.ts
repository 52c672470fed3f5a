import type { ExpiryList } from '../../../shared/domain/stock';
import { localDate } from '../clock';
import type { CoreContext } from '../context';
import { isExpired } from '../inventory/lots';

/** How many days ahead the expiry list warns, when the store has not said. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 7;

/** YYYY-MM-DD plus n days, on the calendar (no time zone involved). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Lots still holding stock that have expired or expire within the store's warning
 * window, per location, expired first (earliest date first), for the shelf to be
 * cleared and the goods written off. Reads the lots_by_expiry index up to the window's end.
 */
export function expiryList(ctx: CoreContext, locationId: string | undefined): ExpiryList {
  const { db } = ctx;
  const today = localDate(ctx.clock);
  const warningDays = ctx.settings.get('store')?.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS;
  let q = db.q
    .selectFrom('lots as l')
    .innerJoin('lot_stock as s', 's.lot_id', 'l.id')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .innerJoin('locations as loc', 'loc.id', 's.location_id')
    .select([
      'l.id',
      'l.code',
      'l.expires_on',
      'p.id as product_id',
      'p.sku',
      'p.name',
      's.location_id',
      'loc.name as location_name',
      's.on_hand',
    ])
    .where('l.expires_on', 'is not', null)
    .where('l.expires_on', '<=', addDays(today, warningDays))
    .where('s.on_hand', '>', 0);
  if (locationId !== undefined) q = q.where('s.location_id', '=', locationId);
  const rows = db.all(q.orderBy('l.expires_on').orderBy('p.name').orderBy('loc.name').limit(5000));
  return {
    today,
    warningDays,
    rows: rows.map((r) => {
      const expiresOn = r.expires_on ?? today;
      return {
        lotId: r.id,
        lotCode: r.code,
        expiresOn,
        expired: isExpired(expiresOn, today),
        daysLeft: daysBetween(today, expiresOn),
        productId: r.product_id,
        sku: r.sku,
        name: r.name,
        locationId: r.location_id,
        locationName: r.location_name,
        onHand: r.on_hand,
      };
    }),
  };
}
