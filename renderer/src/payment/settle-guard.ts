/**
 * How long the paid screen ignores Enter and taps after the sale completes: the second
 * Enter of a double press, or the second tap of a double tap on Pay, lands here a moment
 * after the sale and must not skip the change the customer is waiting for.
 */
export const SETTLE_MS = 1000;

/** Whether a screen shown at `since` (performance.now(); Infinity before it painted) may act on a key or tap now. */
export function settled(since: number, now: number = performance.now()): boolean {
  return now - since >= SETTLE_MS;
}
