import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { jcs } from '../../electron/core/documents/jcs';

/** A small deterministic generator, so a failure names its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomValue(r: () => number, depth: number): unknown {
  const pick = Math.floor(r() * (depth > 3 ? 6 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return Math.floor((r() - 0.5) * 2 ** 53);
    case 3:
      return (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20);
    case 4:
      return String.fromCodePoint(...Array.from({ length: Math.floor(r() * 8) }, () => randomCodePoint(r)));
    case 5:
      return ['', 'ü', '€', '\u0000', '\n"\\', '😀', 'A'][Math.floor(r() * 7)];
    case 6:
      return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < Math.floor(r() * 5); i++) {
        // Integer-like keys too: JS objects list those first, JCS sorts them as text.
        const key = r() < 0.3 ? String(Math.floor(r() * 100)) : String(randomValue(r, 9));
        o[key] = randomValue(r, depth + 1);
      }
      return o;
    }
  }
}

function randomCodePoint(r: () => number): number {
  const ranges = [
    [0x20, 0x7e],
    [0x00, 0x1f],
    [0x80, 0x7ff],
    [0xe000, 0xffff],
    [0x10000, 0x10ffff],
  ] as const;
  const [lo, hi] = ranges[Math.floor(r() * ranges.length)] ?? [0x20, 0x7e];
  return lo + Math.floor(r() * (hi - lo + 1));
}

describe('JCS (RFC 8785) serialisation', () => {
  it('gives exactly what the canonicalize library gives, for thousands of random JSON values', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const value = randomValue(rng(seed), 0);
      expect(jcs(value), `seed ${seed}`).toBe(canonicalize(value));
    }
  });

  it('sorts keys by UTF-16 code unit, as RFC 8785 section 3.2.3 shows', () => {
    const value = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    expect(jcs(value)).toBe(canonicalize(value));
    // The RFC's own expected order; JSON.parse would reorder "1" first, so read the text.
    const order = ['"\\r"', '"1"', '"\u0080"', '"\u00f6"', '"\u20ac"', '"\ud83d\ude00"', '"\ufb33"'].map((k) => jcs(value).indexOf(k));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('refuses what JSON cannot carry faithfully: non-finite numbers and lone surrogates', () => {
    expect(() => jcs({ a: Number.NaN })).toThrow();
    expect(() => jcs([Number.POSITIVE_INFINITY])).toThrow();
    expect(() => jcs('\ud800')).toThrow();
    expect(() => jcs({ '\udc00': 1 })).toThrow();
  });
});
