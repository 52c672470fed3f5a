import { describe, expect, it } from 'vitest';
import { WedgeDetector, isPrintableKey } from '../../renderer/src/scanner/wedge-detector';
import type { WedgeStep } from '../../renderer/src/scanner/wedge-detector';

/** Feeds each character `stepMs` apart starting at `start`, then `end` after one more step. */
function burst(d: WedgeDetector, text: string, stepMs: number, end = 'Enter', start = 0): WedgeStep[] {
  const steps: WedgeStep[] = [];
  let t = start;
  for (const ch of text) {
    steps.push(d.feed(ch, t));
    t += stepMs;
  }
  steps.push(d.feed(end, t));
  return steps;
}

function last<T>(items: T[]): T {
  const item = items.at(-1);
  if (item === undefined) throw new Error('no steps');
  return item;
}

describe('wedge detector', () => {
  it('a scanner burst ended by Enter is a scan and every key is held', () => {
    const d = new WedgeDetector();
    const steps = burst(d, '5901234123457', 8);
    expect(last(steps)).toEqual({ hold: true, release: '', scan: '5901234123457' });
    expect(steps.every((s) => s.hold && s.release === '')).toBe(true);
    expect(d.holding).toBe(false);
  });

  it('slow typing is never a scan: Enter gives the characters back and passes through', () => {
    const d = new WedgeDetector();
    // 40 ms apart stays inside the gap limit, so the burst is judged at Enter on its average.
    const steps = burst(d, '5901234123457', 40);
    expect(last(steps)).toEqual({ hold: false, release: '5901234123457', scan: null });
  });

  it('a pause longer than the gap limit releases what was held', () => {
    const d = new WedgeDetector();
    d.feed('a', 0);
    d.feed('b', 20);
    expect(d.idleDeadline()).toBe(70);
    expect(d.idle(60)).toBe('');
    expect(d.idle(71)).toBe('ab');
    expect(d.holding).toBe(false);
    expect(d.idleDeadline()).toBeNull();
  });

  it('a key after a long pause releases the old burst and starts a new one', () => {
    const d = new WedgeDetector();
    d.feed('x', 0);
    const step = d.feed('1', 500);
    expect(step).toEqual({ hold: true, release: 'x', scan: null });
    const steps = burst(d, '23456', 5, 'Enter', 505);
    expect(last(steps).scan).toBe('123456');
  });

  it('fast but short is typing (below the minimum length)', () => {
    const d = new WedgeDetector();
    expect(last(burst(d, '12345', 5))).toEqual({ hold: false, release: '12345', scan: null });
  });

  it('the minimum length and average interval are configurable', () => {
    const d = new WedgeDetector({ minLength: 4, maxAvgIntervalMs: 50 });
    expect(last(burst(d, '1234', 45)).scan).toBe('1234');
  });

  it('a prefix makes it a scan regardless of timing or length', () => {
    const d = new WedgeDetector({ prefix: '~' });
    expect(last(burst(d, '~AB1', 200)).scan).toBe('AB1');
    // Without the prefix the same slow burst is typing.
    expect(last(burst(d, 'AB1XYZ', 200, 'Enter', 10_000)).scan).toBeNull();
  });

  it('a prefixed burst survives pauses up to the prefix timeout, not beyond', () => {
    const d = new WedgeDetector({ prefix: ']C', prefixTimeoutMs: 300 });
    d.feed(']', 0);
    d.feed('C', 5);
    d.feed('9', 250);
    expect(d.idle(500)).toBe('');
    expect(d.idle(551)).toBe(']C9');
  });

  it('the prefix alone is not a scan', () => {
    const d = new WedgeDetector({ prefix: '~' });
    expect(last(burst(d, '~', 5))).toEqual({ hold: false, release: '~', scan: null });
  });

  it('a Tab suffix ends a scan like Enter', () => {
    const d = new WedgeDetector();
    expect(last(burst(d, 'ABC-12345', 6, 'Tab'))).toEqual({ hold: true, release: '', scan: 'ABC-12345' });
  });

  it('Enter or Tab with nothing held passes through untouched', () => {
    const d = new WedgeDetector();
    expect(d.feed('Enter', 0)).toEqual({ hold: false, release: '', scan: null });
    expect(d.feed('Tab', 10)).toEqual({ hold: false, release: '', scan: null });
  });

  it('a non-printable key (Backspace, arrows) ends a burst as typing', () => {
    const d = new WedgeDetector();
    d.feed('a', 0);
    d.feed('b', 5);
    expect(d.feed('Backspace', 10)).toEqual({ hold: false, release: 'ab', scan: null });
  });

  it('Enter after a long pause following a fast burst is typing', () => {
    const d = new WedgeDetector();
    for (const [i, ch] of [...'123456'].entries()) d.feed(ch, i * 5);
    expect(d.feed('Enter', 200)).toEqual({ hold: false, release: '123456', scan: null });
  });

  it('printable keys are single characters, not key names', () => {
    expect(isPrintableKey('a')).toBe(true);
    expect(isPrintableKey('€')).toBe(true);
    expect(isPrintableKey(' ')).toBe(true);
    expect(isPrintableKey('Shift')).toBe(false);
    expect(isPrintableKey('F2')).toBe(false);
    expect(isPrintableKey('\u0002')).toBe(false);
  });
});
