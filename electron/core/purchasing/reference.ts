import { randomInt } from 'node:crypto';
import { localDate, type Clock } from '../clock';

/** No 0/O or 1/I: a reference is read out over the phone to a supplier. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A purchase order's human reference, PO-20261126-K7QM: the shop's date and four random
 * characters. Not numbered per database, so tills and a later store server never clash
 * on a counter; a collision (1 in a million a day) is retried on the unique index.
 */
export function orderReference(clock: Clock): string {
  let tail = '';
  for (let i = 0; i < 4; i += 1) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `PO-${localDate(clock).replaceAll('-', '')}-${tail}`;
}

/** Runs insert with fresh references until one is not taken. */
export function withFreshReference<T>(clock: Clock, insert: (reference: string) => T): T {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return insert(orderReference(clock));
    } catch (err) {
      const taken =
        err instanceof Error &&
        'code' in err &&
        err.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
        err.message.includes('reference');
      if (!taken || attempt >= 8) throw err;
    }
  }
}
