import { newId, nowIso } from '../clock';
import type { CoreContext } from '../context';
import { fail } from '../errors';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/**
 * The lot a delivery or a count names: found by the product and the supplier's lot code,
 * or made. A lot keeps the expiry it was first received with; the same code arriving
 * with another date is refused, since one of the two labels is wrong and the till must
 * not guess which.
 */
export function lotFor(ctx: CoreContext, productId: string, code: string, expiresOn: string | null): string {
  const lotCode = code.trim();
  if (lotCode.length === 0 || lotCode.length > 40) fail('lot_required', 'A batch number has 1 to 40 characters');
  if (expiresOn !== null && !isIsoDate(expiresOn)) fail('invalid_input', `${expiresOn} is not a date (YYYY-MM-DD)`);
  const found = ctx.db.first(
    ctx.db.q.selectFrom('lots').select(['id', 'expires_on']).where('product_id', '=', productId).where('code', '=', lotCode),
  );
  if (found) {
    if (expiresOn !== null && found.expires_on !== expiresOn) {
      fail('invalid_input', `Batch ${lotCode} was received with expiry ${found.expires_on ?? 'none'}, not ${expiresOn}`);
    }
    return found.id;
  }
  const id = newId(ctx.clock);
  ctx.db.insert('lots', { id, product_id: productId, code: lotCode, expires_on: expiresOn, created_at: nowIso(ctx.clock) });
  return id;
}
