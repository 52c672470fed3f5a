import { collectGarbage } from './gc';
import { summarize, type Summary } from './stats';

export interface Step {
  /** Untimed preparation of iteration i (filling a cart, clearing it). */
  before?: (i: number) => unknown;
  /** The timed operation. */
  run: (i: number) => unknown;
  /** Untimed clean-up, e.g. letting a queued print job finish. */
  after?: (i: number) => unknown;
}

export interface Rounds {
  warmup: number;
  iterations: number;
}

/**
 * Times one iteration with hrtime. A synchronous operation is not awaited, so the
 * bare baseline does not pay for a microtask tick the router path needs anyway.
 */
async function timeOnce(step: Step, i: number): Promise<number> {
  if (step.before) await step.before(i);
  const start = process.hrtime.bigint();
  const pending = step.run(i);
  if (pending instanceof Promise) await pending;
  const end = process.hrtime.bigint();
  if (step.after) await step.after(i);
  return Number(end - start) / 1e6;
}

export async function measure(rounds: Rounds, step: Step): Promise<Summary> {
  collectGarbage();
  const samples: number[] = [];
  for (let i = 0; i < rounds.warmup + rounds.iterations; i++) {
    const ms = await timeOnce(step, i);
    if (i >= rounds.warmup) samples.push(ms);
  }
  return summarize(samples);
}

/**
 * Alternates two implementations iteration by iteration, so a burst of load from
 * another process (this machine is shared) lands on both sides alike and the ratio
 * between them stays meaningful even when the absolute figures wobble.
 */
export async function measurePair(rounds: Rounds, a: Step, b: Step): Promise<[Summary, Summary]> {
  collectGarbage();
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds.warmup + rounds.iterations; i++) {
    const msA = await timeOnce(a, i);
    const msB = await timeOnce(b, i);
    if (i >= rounds.warmup) {
      samples[0].push(msA);
      samples[1].push(msB);
    }
  }
  return [summarize(samples[0]), summarize(samples[1])];
}
