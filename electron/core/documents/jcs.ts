/**
 * RFC 8785 (JSON Canonicalization Scheme) serialisation.
 *
 * The maintained library `canonicalize` is the reference: tests/unit/jcs.test.ts checks
 * this function against it on random values, and tests/core/journal.test.ts recomputes
 * stored hashes with the library alone. This exists because the journal check re-hashes
 * every document a till ever made, and the library takes ~100-140 µs for one sale where
 * this takes ~30: a year of sales is half a minute less of waiting.
 *
 * JCS writes numbers and strings exactly as JSON.stringify does; what it adds is object
 * members sorted by UTF-16 code unit, and refusing what JSON cannot carry faithfully
 * (non-finite numbers, strings with lone surrogates). So a copy with sorted keys goes
 * through one JSON.stringify. A JS object lists integer-like keys ("1") before others
 * whatever the insertion order, so a value with such a key is written member by member.
 */
export function jcs(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (err) {
    if (err === INTEGER_KEY) return written(value);
    throw err;
  }
}

const INTEGER_KEY = Symbol('integer-like key');
const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return finite(value);
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortedCopy(v)));
  if (typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return sortedCopy(toJSON.call(value));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      // Thrown, not returned: caught once at the top, where the slow writer takes over.
      if (INTEGER_LIKE.test(key)) throw INTEGER_KEY;
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[wellFormed(key)] = sortedCopy(v);
    }
    return out;
  }
  throw new TypeError(`JCS cannot represent a ${typeof value}`);
}

function written(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return JSON.stringify(sortedCopy(value));
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : written(v))).join(',')}]`;
  if (typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return written(toJSON.call(value));
    const members: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) members.push(`${JSON.stringify(wellFormed(key))}:${written(v)}`);
    }
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`JCS cannot represent a ${typeof value}`);
}

function finite(n: number): number {
  if (!Number.isFinite(n)) throw new RangeError(`JCS cannot represent ${n}`);
  return n;
}

function wellFormed(s: string): string {
  if (!s.isWellFormed()) throw new RangeError('JCS cannot represent a string with a lone surrogate');
  return s;
}
