/**
 * Inputs for fuzzing the contract, derived from each channel's own schema, and the
 * check that a reply is a well-formed envelope. Deterministic: the same contract gives
 * the same inputs, so a failure names an exact channel and input to replay.
 */
import { z } from 'zod';
import { contract, ERROR_CODES, type ChannelName } from '../../shared/contract';
import type { Frame } from './web-host-client';

/** JSON text placed on the wire as is, for what a JS value cannot carry through JSON.stringify. */
export class Raw {
  constructor(readonly text: string) {}
}

/** Like JSON.stringify, but keeps own `__proto__` keys and Raw text exactly as given. */
export function toText(v: unknown): string {
  if (v instanceof Raw) return v.text;
  if (Array.isArray(v)) return `[${v.map(toText).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${toText(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const depth = (n: number) => new Raw('['.repeat(n) + ']'.repeat(n));

/** Values that no field should take, and some that many fields will. */
export const HOSTILE: unknown[] = [
  null,
  true,
  false,
  0,
  new Raw('-0'),
  -1,
  1.5,
  1e308,
  new Raw('1e999'),
  new Raw('-1e999'),
  new Raw('9007199254740993'),
  'NaN',
  'Infinity',
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e1111',
  'x'.repeat(100_000),
  '9'.repeat(70),
  '1111',
  '5010029032307',
  '../../../etc/passwd',
  "'; drop table sales; --",
  'tcp://evil.example:9100',
  '<script>alert(1)</script>',
  [],
  [1, 2, 3],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  { toString: 1, valueOf: 1, hasOwnProperty: 1 },
  depth(1000),
];

/** Keys an input must not gain anything from. */
const EXTRA_FIELDS: Record<string, unknown> = JSON.parse(
  '{"__proto__":{"polluted":true,"permissions":["settings.manage"]},"constructor":{"prototype":{"polluted":true}},"session":{"role":"owner"},"connectionId":"ws:1","extra":1}',
) as Record<string, unknown>;

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
}

/** Values at and just past a field's bounds, and a few shapes typical of its type. */
function boundary(s: JsonSchema): unknown[] {
  if (s.anyOf) return s.anyOf.flatMap(boundary);
  if (s.enum) return s.enum;
  if ('const' in s) return [s.const];
  switch (s.type) {
    case 'integer':
    case 'number': {
      const min = s.minimum ?? 0;
      const max = s.maximum ?? 1_000_000;
      return [min, max, min - 1, max + 1, Math.floor((min + max) / 2), min + 0.5];
    }
    case 'string': {
      const lo = s.minLength ?? 0;
      const hi = s.maxLength ?? 100;
      const lengths = [...new Set([lo, Math.max(lo - 1, 0), hi, hi + 1, 3, 4, 8])];
      return ['1', 'A', 'a-'].flatMap((fill) => lengths.map((n) => fill.repeat(n).slice(0, n)));
    }
    case 'boolean':
      return [true, false];
    case 'object':
      return [firstGuess(s)];
    case 'null':
      return [null];
    default:
      return [];
  }
}

/** Values a field of a real store would hold, for the fields whose bounds alone spell nothing valid. */
const PLAUSIBLE: unknown[] = ['GBP', 'en-GB', 'sim:', 'Corner Shop', '1234'];

function objectSchema(s: JsonSchema): JsonSchema | undefined {
  return s.type === 'object' ? s : s.anyOf?.find((a) => a.type === 'object');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first boundary value of each field, nested. */
function firstGuess(s: JsonSchema): unknown {
  const obj = objectSchema(s);
  if (obj) return Object.fromEntries(Object.entries(obj.properties ?? {}).map(([k, p]) => [k, firstGuess(p)]));
  return boundary(s)[0] ?? null;
}

/** Paths to every non-object field, nested. */
function leaves(s: JsonSchema, at: string[] = []): { path: string[]; schema: JsonSchema }[] {
  const obj = objectSchema(s);
  if (!obj) return [{ path: at, schema: s }];
  return Object.entries(obj.properties ?? {}).flatMap(([k, p]) => leaves(p, [...at, k]));
}

function setAt(target: Record<string, unknown>, at: string[], value: unknown): void {
  let node = target;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[at[at.length - 1]!] = value;
}

/**
 * An input the channel accepts, so that one hostile field at a time reaches the handler
 * rather than failing beside another bad field: each field takes the first candidate the
 * channel's own schema (refinements included) finds no fault with.
 */
function validBase(input: z.ZodType, json: JsonSchema): unknown {
  const b = firstGuess(json);
  if (!isRecord(b)) return b;
  for (const leaf of leaves(json)) {
    for (const candidate of [...boundary(leaf.schema), ...PLAUSIBLE]) {
      setAt(b, leaf.path, candidate);
      const r = input.safeParse(b);
      if (r.success || !r.error.issues.some((i) => leaf.path.every((k, n) => i.path[n] === k))) break;
    }
  }
  return b;
}

/** Every input to try: the whole input replaced, then one field at a time (nested), the rest valid. */
function variants(json: JsonSchema, b: unknown): unknown[] {
  const out: unknown[] = [undefined, ...HOSTILE];
  const obj = objectSchema(json);
  if (!obj || !isRecord(b)) return [...out, ...boundary(json)];
  out.push(b, { ...b, ...EXTRA_FIELDS });
  for (const [key, field] of Object.entries(obj.properties ?? {})) {
    const inner = objectSchema(field) ? variants(field, b[key]) : [undefined, ...boundary(field), ...HOSTILE];
    for (const v of inner) out.push(v === undefined ? omit(b, key) : { ...b, [key]: v });
  }
  return out;
}

export function inputsFor(channel: ChannelName): unknown[] {
  const input = contract[channel].input as z.ZodType;
  const json = jsonSchemaOf(channel);
  return variants(json, validBase(input, json));
}

/** One input the channel's schema accepts (or comes as close to it as the candidates allow). */
export function validInputFor(channel: ChannelName): unknown {
  return validBase(contract[channel].input as z.ZodType, jsonSchemaOf(channel));
}

function jsonSchemaOf(channel: ChannelName): JsonSchema {
  return z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function omit(o: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
}

/** What is wrong with a reply as an envelope, if anything. */
export function envelopeProblem(f: Frame): string | null {
  const keys = Object.keys(f).sort().join(',');
  if (f.ok === true) return keys === 'id,ok,value' || keys === 'id,ok' ? null : `ok reply with keys ${keys}`;
  if (f.ok !== false) return `no ok flag: ${JSON.stringify(f).slice(0, 200)}`;
  if (keys !== 'error,id,ok') return `error reply with keys ${keys}`;
  if (!(ERROR_CODES as readonly string[]).includes(f.error?.code ?? '')) return `unknown code ${f.error?.code}`;
  if (typeof f.error?.message !== 'string') return 'error without a message';
  return null;
}
