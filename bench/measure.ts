import { summarize, type Summary } from './stats';

export interface Workload {
  warmup: number;
  iterations: number;
  /** Untimed preparation of iteration i (filling a cart, clearing it). */
  before?: (i: number) => unknown;
  /** The timed operation. */
  run: (i: number) => unknown;
  /** Untimed clean-up, e.g. letting a queued print job finish. */
  after?: (i: number) => unknown;
}

/**
 * Times each iteration on its own with hrtime. A synchronous operation is not awaited,
 * so the bare baseline does not pay for a microtask tick the router path needs anyway.
 */
export async function measure(w: Workload): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < w.warmup + w.iterations; i++) {
    if (w.before) await w.before(i);
    const start = process.hrtime.bigint();
    const pending = w.run(i);
    if (pending instanceof Promise) await pending;
    const end = process.hrtime.bigint();
    if (w.after) await w.after(i);
    if (i >= w.warmup) samples.push(Number(end - start) / 1e6);
  }
  return summarize(samples);
}
