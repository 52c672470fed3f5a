/**
 * Tells a keyboard-wedge scanner burst from a person typing (HARDWARE.md, "Barcode scanners").
 *
 * Pure on purpose: it is fed key names and timestamps and never touches the DOM, so the
 * timing rules can be tested with exact numbers and the listener stays a thin adapter.
 * Every printable key is held until its burst is decided; `release` gives held characters
 * back once they turn out to be typing, so the listener can put them where they belonged.
 */
export interface WedgeOptions {
  /** Fewest code characters a scan can have; shorter bursts are typing. */
  minLength: number;
  /** Largest average time per key of a scan, in ms. Scanners send one every few ms. */
  maxAvgIntervalMs: number;
  /** A pause longer than this ends a burst; scanners never pause mid-code. */
  maxGapMs: number;
  /** Prefix programmed into the scanner; a burst starting with it is a scan at any speed. '' = none. */
  prefix: string;
  /** How long a prefixed burst may pause before it is given up as typing. */
  prefixTimeoutMs: number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = {
  minLength: 6,
  maxAvgIntervalMs: 30,
  maxGapMs: 50,
  prefix: '',
  prefixTimeoutMs: 1000,
};

export interface WedgeStep {
  /** Keep this key from its target: it is held, or it is the suffix of a scan. */
  hold: boolean;
  /** Characters held earlier that turned out to be typing; hand them back before this key. */
  release: string;
  /** The scanned code, when this key completed a scan. */
  scan: string | null;
}

const TERMINATORS = new Set(['Enter', 'Tab']);
const NOTHING: WedgeStep = { hold: false, release: '', scan: null };

/** One character a keyboard would type, as `KeyboardEvent.key` names it. */
export function isPrintableKey(key: string): boolean {
  const chars = [...key];
  return chars.length === 1 && !/\p{Cc}/u.test(key);
}

export class WedgeDetector {
  private readonly opts: WedgeOptions;
  private chars: string[] = [];
  private firstAt = 0;
  private lastAt = 0;

  constructor(options: Partial<WedgeOptions> = {}) {
    this.opts = { ...DEFAULT_WEDGE_OPTIONS, ...options };
  }

  get holding(): boolean {
    return this.chars.length > 0;
  }

  feed(key: string, timeMs: number): WedgeStep {
    if (TERMINATORS.has(key)) return this.terminate(timeMs);
    if (!isPrintableKey(key)) return { hold: false, release: this.take(), scan: null };
    const release = this.expired(timeMs) ? this.take() : '';
    if (this.chars.length === 0) this.firstAt = timeMs;
    this.chars.push(key);
    this.lastAt = timeMs;
    return { hold: true, release, scan: null };
  }

  /** For a timer: held characters whose burst has gone quiet are typing. */
  idle(timeMs: number): string {
    return this.expired(timeMs) ? this.take() : '';
  }

  /** When idle() will next have something to release, or null when nothing is held. */
  idleDeadline(): number | null {
    if (this.chars.length === 0) return null;
    return this.lastAt + this.gapLimit();
  }

  /** Give up the current burst (focus left the page, the listener stops). */
  reset(): string {
    return this.take();
  }

  private terminate(timeMs: number): WedgeStep {
    if (this.chars.length === 0) return NOTHING;
    if (this.expired(timeMs)) return { hold: false, release: this.take(), scan: null };
    const text = this.chars.join('');
    const { prefix, minLength, maxAvgIntervalMs } = this.opts;
    if (prefix !== '' && text.startsWith(prefix) && text.length > prefix.length) {
      this.chars = [];
      return { hold: true, release: '', scan: text.slice(prefix.length) };
    }
    // The terminator counts as a key: a scanner sends it as fast as the code itself.
    const average = (timeMs - this.firstAt) / text.length;
    if (text.length >= minLength && average <= maxAvgIntervalMs) {
      this.chars = [];
      return { hold: true, release: '', scan: text };
    }
    return { hold: false, release: this.take(), scan: null };
  }

  private gapLimit(): number {
    const { prefix, maxGapMs, prefixTimeoutMs } = this.opts;
    const prefixed = prefix !== '' && this.chars.length >= prefix.length && this.chars.join('').startsWith(prefix);
    return prefixed ? prefixTimeoutMs : maxGapMs;
  }

  private expired(timeMs: number): boolean {
    return this.chars.length > 0 && timeMs - this.lastAt > this.gapLimit();
  }

  private take(): string {
    const text = this.chars.join('');
    this.chars = [];
    return text;
  }
}
