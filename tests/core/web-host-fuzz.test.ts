/**
 * Every channel of the contract, fuzzed over a real socket as an attacker would: wrong
 * types, boundary and just-out-of-bound values, huge strings, deep nesting,
 * prototype-pollution keys, numbers JSON can only spell (1e999, -0), extra fields. On a
 * socket nobody logged into, a cashier's and a manager's. Deterministic: the inputs
 * are derived from each channel's own schema, so a new channel is fuzzed without
 * touching this file, and a failure names the exact channel and input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ChannelName } from '../../shared/contract';
import { snapshot } from './harness';
import { client, sell, startTestHost, type Client, type Frame, type TestHost } from './web-host-client';
import { envelopeProblem, inputsFor, toText } from './web-host-inputs';

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
