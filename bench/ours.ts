import type { RouterClient as Client } from '../electron/core/router-client';
import type { Rounds, Step } from './measure';

/** Empties the cart between runs: a void with the seeded "Scanned in error" reason (the bench logs in as owner). */
export const EMPTY_CART = { reasonId: '00000000-0000-7000-8000-000000000302' } as const;

export type OpName = 'lookup' | 'addToCart' | 'checkout' | 'search';

export interface Workset {
  /** Random existing barcodes; iteration i takes its own. */
  codes: readonly string[];
  /** What cashiers type: one or two word prefixes. */
  queries: readonly string[];
}

/**
 * Warm-ups are long because the router path runs far more JavaScript than the bare one
 * (Kysely, zod): its first two or three thousand calls still show JIT stalls of 1-6 ms.
 */
export const PLAN: Record<OpName, Rounds> = {
  lookup: { warmup: 3000, iterations: 2000 },
  addToCart: { warmup: 1000, iterations: 2000 },
  checkout: { warmup: 100, iterations: 500 },
  search: { warmup: 50, iterations: 500 },
};

export const LINES_PER_SALE = 5;
/** More than five lines at the dearest seeded price, so every sale is paid in full. */
export const TENDERED = 200_00;

/** Each operation reads its own stretch of the barcode list, so one does not warm the next one's rows. */
const OFFSETS: Record<OpName, number> = { lookup: 0, addToCart: 5000, checkout: 8000, search: 0 };
export const CODES_NEEDED = 14_000;
export const codeAt = (work: Workset, op: OpName, n: number): string =>
  work.codes[(n + OFFSETS[op]) % work.codes.length] ?? '';

/** Every operation through router.call: zod, session check, handler, envelope. */
export function routerSteps(client: Client, work: Workset): Record<OpName, Step> {
  const must = async (pending: Promise<{ ok: boolean }>): Promise<void> => {
    if (!(await pending).ok) throw new Error('a benchmarked call failed');
  };
  let cartVersion = 0;
  return {
    lookup: { run: (i) => must(client.call('catalog.lookup', { code: codeAt(work, 'lookup', i) })) },
    addToCart: {
      before: (i) => (i % LINES_PER_SALE === 0 ? client.ok('cart.voidSale', EMPTY_CART) : undefined),
      run: (i) => must(client.call('cart.scan', { code: codeAt(work, 'addToCart', i) })),
    },
    checkout: {
      before: async (i) => {
        if (i === 0) await client.ok('cart.voidSale', EMPTY_CART);
        for (let l = 0; l < LINES_PER_SALE; l++) {
          // The cart the cashier sees comes back with every scan; payment names its version.
          cartVersion = (await client.ok('cart.scan', { code: codeAt(work, 'checkout', i * LINES_PER_SALE + l) })).version;
        }
      },
      run: () => must(client.call('sale.payCash', { tendered: TENDERED, cartVersion })),
      // The receipt prints after the reply; let it finish before the next sale starts.
      after: () => new Promise((resolve) => setImmediate(resolve)),
    },
    search: { run: (i) => must(client.call('catalog.search', { query: work.queries[i % work.queries.length] ?? '' })) },
  };
}
