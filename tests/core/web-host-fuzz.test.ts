/**
 * Every channel of the contract, fuzzed over a real socket as an attacker would: wrong
 * types, boundary and just-out-of-bound values, huge strings, deep nesting,
 * prototype-pollution keys, numbers JSON can only spell (1e999, -0), extra fields. On a
 * socket nobody logged into, a cashier's and a manager's. Deterministic: the inputs
 * are derived from each channel's own schema, so a new channel is fuzzed without
 * touching this file, and a failure names the exact channel and input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, ERROR_CODES, type ChannelName } from '../../shared/contract';
import { snapshot } from './harness';
import { client, sell, startTestHost, type Client, type Frame, type TestHost } from './web-host-client';

/** JSON text placed on the wire as is, for what a JS value cannot carry through JSON.stringify. */
class Raw {
  constructor(readonly text: string) {}
}

/** Like JSON.stringify, but keeps own `__proto__` keys and Raw text exactly as given. */
function toText(v: unknown): string {
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
const HOSTILE: unknown[] = [
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

function inputsFor(channel: ChannelName): unknown[] {
  const input = contract[channel].input as z.ZodType;
  const json = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return variants(json, validBase(input, json));
}

function omit(o: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
}

/** Channel names that are not channels, or are one in disguise. */
const FAKE_CHANNELS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  ' app.status',
  'app.status\u0000',
  'APP.STATUS',
  'app',
  'x'.repeat(100),
];

const CHANNELS = Object.keys(contract) as ChannelName[];

/** Every channel's inputs, then the fake channels with none and with `{}`. */
const TARGETS: [string, unknown[]][] = [
  ...CHANNELS.map((ch): [string, unknown[]] => [ch, inputsFor(ch)]),
  ...FAKE_CHANNELS.map((ch): [string, unknown[]] => [ch, [undefined, {}]]),
];

interface FuzzRun {
  problems: string[];
  calls: number;
  /** Reply codes (or ok) and how often, to show the fuzz got past validation. */
  outcomes: Record<string, number>;
}

/**
 * Sends every target input on one socket, one call at a time so a database change is
 * pinned to the call that made it. `restore` puts the socket back as it was after a
 * session or setup call that went through.
 */
async function fuzz(
  h: TestHost,
  c: Client,
  who: string,
  restore: (channel: string) => Promise<void>,
): Promise<FuzzRun> {
  const run: FuzzRun = { problems: [], calls: 0, outcomes: {} };
  for (const [channel, inputs] of TARGETS) {
    for (const input of inputs) {
      const text = input === undefined ? undefined : toText(input);
      const where = `${who}: ${channel} ${text === undefined ? '(no input)' : text.slice(0, 160)}`;
      const before = snapshot(h.t.core);
      run.calls += 1;
      let reply: Frame;
      try {
        reply = await c.callRaw(channel, text);
      } catch {
        run.problems.push(`${where}: no reply with its id`);
        return run;
      }
      const outcome = reply.ok ? 'ok' : (reply.error?.code ?? '?');
      run.outcomes[outcome] = (run.outcomes[outcome] ?? 0) + 1;
      const problem = envelopeProblem(reply);
      if (problem) run.problems.push(`${where}: ${problem}`);
      if (outcome === 'internal') run.problems.push(`${where}: answered internal (an unvalidated path)`);
      if (reply.ok === false) {
        const after = snapshot(h.t.core);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          run.problems.push(`${where}: refused with ${outcome} yet changed ${JSON.stringify({ before, after })}`);
        }
      }
      // A refused login keeps the session it had; only one that went through changed who this socket is.
      if ((channel.startsWith('session.') || channel.startsWith('setup.')) && reply.ok) await restore(channel);
    }
  }
  return run;
}

function expectNoHarm(run: FuzzRun): void {
  expect(run.problems, `${run.problems.length} of ${run.calls} calls went wrong`).toEqual([]);
  // Nothing a client sent reached Object.prototype.
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).permissions).toBeUndefined();
}

describe('web host: every channel fuzzed over a socket', () => {
  let h: TestHost;
  let offsetMs = 0;

  beforeAll(async () => {
    // Rate limits are tested elsewhere; here they would only make thousands of calls slow.
    // The clock can jump past the PIN lockout that fuzzed logins run into.
    h = await startTestHost({
      limits: { burst: 1_000_000, perSecond: 1_000_000 },
      clock: { now: () => new Date(Date.now() + offsetMs) },
    });
  });
  afterAll(() => h.close());

  const identities = [
    ['a socket nobody logged into', null],
    ["a cashier's socket", '1111'],
    ["a manager's socket", '9999'],
  ] as const;

  for (const [who, pin] of identities) {
    it(`on ${who}: every reply is an envelope with its id, never internal, and a refused call changes nothing`, async () => {
      const c = await client(h.url);
      const restore = async (_channel?: string) => {
        offsetMs += 31_000; // past any lockout the fuzzed logins caused
        const r = pin === null ? await c.call('session.logout') : await c.call('session.login', { pin });
        if (!r.ok) throw new Error(`could not restore ${who}: ${JSON.stringify(r.error)}`);
      };
      await restore();
      const run = await fuzz(h, c, who, restore);
      c.ws.close();
      expectNoHarm(run);
      expect(run.calls).toBeGreaterThan(2000);
      if (pin === null) {
        // Nothing but the public channels ran for a stranger.
        expect(Object.keys(run.outcomes).sort()).toEqual(
          expect.arrayContaining(['invalid_input', 'not_logged_in', 'unknown_channel']),
        );
      } else {
        // The fuzz got past validation and authorization into the handlers.
        expect(run.outcomes.ok ?? 0).toBeGreaterThan(100);
        expect(run.outcomes.not_found ?? 0).toBeGreaterThan(0);
      }
      // And the till still sells.
      await sell(h.url);
    }, 120_000);
  }
});

describe('web host: a fresh store fuzzed before and during setup', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost({ demo: false, limits: { burst: 1_000_000, perSecond: 1_000_000 } });
  });
  afterAll(() => h.close());

  it('without the setup code nothing is set up, whatever is sent', async () => {
    const c = await client(h.url);
    const wentThrough: string[] = [];
    const run = await fuzz(h, c, 'a socket without the setup code', async (channel) => {
      if (channel !== 'session.logout') wentThrough.push(channel);
    });
    expect(wentThrough).toEqual([]);
    c.ws.close();
    expectNoHarm(run);
    expect(run.outcomes.setup_not_allowed ?? 0).toBeGreaterThan(0);
    expect(h.t.core.setupToken()).not.toBeNull();
  }, 120_000);

  it('with the setup code, hostile setup inputs are refused until a valid one sets the store up once', async () => {
    const c = await client(h.url);
    const token = h.t.core.setupToken();
    expect((await c.call('setup.unlock', { token })).ok).toBe(true);
    const wentThrough: string[] = [];
    const run = await fuzz(h, c, 'a socket with the setup code', async (channel) => {
      wentThrough.push(channel);
    });
    c.ws.close();
    expectNoHarm(run);
    expect(h.t.core.setupToken()).toBeNull();
    expect(wentThrough.filter((ch) => ch === 'setup.createStore' || ch === 'setup.loadDemo')).toHaveLength(1);
  }, 120_000);
});

/** What is wrong with a reply as an envelope, if anything. */
function envelopeProblem(f: Frame): string | null {
  const keys = Object.keys(f).sort().join(',');
  if (f.ok === true) return keys === 'id,ok,value' || keys === 'id,ok' ? null : `ok reply with keys ${keys}`;
  if (f.ok !== false) return `no ok flag: ${JSON.stringify(f).slice(0, 200)}`;
  if (keys !== 'error,id,ok') return `error reply with keys ${keys}`;
  if (!(ERROR_CODES as readonly string[]).includes(f.error?.code ?? '')) return `unknown code ${f.error?.code}`;
  if (typeof f.error?.message !== 'string') return 'error without a message';
  return null;
}
