import { withCheckDigit } from '../../shared/barcode';
import type { InputOf } from '../../shared/contract';
import type { Clock } from '../../electron/core/clock';
import type { Connection, TestCore } from './harness';
import { makeProduct, manager } from './product-fixtures';

/** A clock a test moves by hand: the shop's dates (expiry, valuation) follow it. */
export function handClock(start: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso).getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

let seq = 0;
/** A product with a fresh barcode, optionally tracked by batch. */
export async function stockProduct(c: Connection, fields: Partial<InputOf<'products.create'>> = {}) {
  seq += 1;
  const body = `87123${String(Date.now() % 10000).padStart(4, '0')}${String(seq).padStart(3, '0')}`;
  return makeProduct(c, { sku: `STK-${seq}-${Date.now() % 100000}`, barcodes: [withCheckDigit(body)], ...fields });
}

export async function homeOf(c: Connection): Promise<string> {
  const home = (await c.ok('stock.locations')).find((l) => l.home);
  if (!home) throw new Error('no home location');
  return home.id;
}

export async function transitOf(c: Connection): Promise<string> {
  const transit = (await c.ok('stock.locations')).find((l) => l.transit);
  if (!transit) throw new Error('no transit location');
  return transit.id;
}

/** Puts goods in with the seeded 'found' reason. */
export async function putIn(
  c: Connection,
  productId: string,
  locationId: string,
  qty: number,
  lot?: { code: string; expiresOn: string },
) {
  return c.ok('stock.adjust', {
    lines: [
      { productId, locationId, qty, reason: 'found', ...(lot ? { lotCode: lot.code, expiresOn: lot.expiresOn } : {}) },
    ],
  });
}

/** What a location holds of a product (transit included). */
export async function heldAt(c: Connection, productId: string, locationId: string): Promise<number> {
  const s = await c.ok('stock.productStock', { productId });
  return s.locations.find((l) => l.locationId === locationId)?.onHand ?? 0;
}

export async function backroom(c: Connection, name = 'Back room') {
  return c.ok('stock.saveLocation', { name, kind: 'backroom' });
}

export { manager };
export type { TestCore };
