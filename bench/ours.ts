import type { Client } from './client';
import { measure } from './measure';
import type { Summary } from './stats';

export interface Plan {
  warmup: { reads: number; writes: number; checkout: number; search: number };
  iterations: { reads: number; writes: number; checkout: number; search: number };
}

export interface Workset {
  /** One barcode per iteration, warm-up included. */
  codes: readonly string[];
  queries: readonly string[];
}

export type OpName = 'lookup' | 'addToCart' | 'checkout' | 'search';
export type Results = Record<OpName, Summary>;

const LINES_PER_SALE = 5;
/** More than five lines at the dearest seeded price, so every sale is paid in full. */
const TENDERED = 200_00;

/** Every operation through router.call: zod, session check, handler, envelope. */
export async function benchRouter(client: Client, plan: Plan, work: Workset): Promise<Results> {
  const code = (i: number): string => work.codes[i % work.codes.length] ?? '';
  const query = (i: number): string => work.queries[i % work.queries.length] ?? '';
  const must = async (pending: Promise<{ ok: boolean }>): Promise<void> => {
    if (!(await pending).ok) throw new Error('a benchmarked call failed');
  };

  const lookup = await measure({
    warmup: plan.warmup.reads,
    iterations: plan.iterations.reads,
    run: (i) => must(client.call('catalog.lookup', { code: code(i) })),
  });
  const addToCart = await measure({
    warmup: plan.warmup.writes,
    iterations: plan.iterations.writes,
    before: (i) => (i % LINES_PER_SALE === 0 ? client.ok('cart.clear') : undefined),
    run: (i) => must(client.call('cart.scan', { code: code(i + 7) })),
  });
  await client.ok('cart.clear');
  const checkout = await measure({
    warmup: plan.warmup.checkout,
    iterations: plan.iterations.checkout,
    before: async (i) => {
      for (let l = 0; l < LINES_PER_SALE; l++) await client.ok('cart.scan', { code: code(i * LINES_PER_SALE + l + 13) });
    },
    run: () => must(client.call('sale.payCash', { tendered: TENDERED })),
    // The receipt prints after the reply; let it finish before the next sale starts.
    after: () => new Promise((resolve) => setImmediate(resolve)),
  });
  const search = await measure({
    warmup: plan.warmup.search,
    iterations: plan.iterations.search,
    run: (i) => must(client.call('catalog.search', { query: query(i) })),
  });
  return { lookup, addToCart, checkout, search };
}
