import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** Injected so tests can pin time; every timestamp and id in the core comes from here. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}

/**
 * uuid's own rng asks WebCrypto for 16 bytes per id, which costs tens of microseconds in
 * Node 20; a sale takes a few dozen ids, so the random bytes are drawn 4 KB at a time.
 */
const pool = new Uint8Array(4096);
let poolAt = pool.length;
function pooledRandom(): Uint8Array {
  if (poolAt + 16 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  poolAt += 16;
  return pool.subarray(poolAt - 16, poolAt);
}

/** UUIDv7: time-ordered, so ids from several tills merge into a store server without renumbering. */
export function newId(clock: Clock): string {
  return uuidv7({ msecs: clock.now().getTime(), rng: pooledRandom });
}

/**
 * Today's date as the shop sees it (YYYY-MM-DD, the machine's local time zone): the till's
 * clock is the shop's clock. Expiry dates and date-only settings compare against this.
 */
export function localDate(clock: Clock): string {
  const d = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
