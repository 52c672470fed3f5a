/**
 * Pipelined and concurrent frames: the same call sent many times at once, on one socket
 * and on several, must be answered as if sent one after another. An `internal` reply
 * here is a check-then-await in the core that two calls can both pass.
 */
import { CLEAR_CART } from './clear-cart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ChannelName } from '../../shared/contract';
import { snapshot } from './harness';
import { client, sell, startTestHost, type Client, type Frame, type TestHost } from './web-host-client';
import { envelopeProblem, toText, validInputFor } from './web-host-inputs';

const SOURDOUGH = '5010029032307';
const TIMES = 8;

/** Writes every call before reading any reply, then collects the replies. */
async function atOnce(calls: [Client, string, unknown][]): Promise<Frame[]> {
  return Promise.all(
    calls.map(([c, channel, input]) => c.callRaw(channel, input === undefined ? undefined : toText(input))),
  );
}

function problemsOf(label: string, replies: Frame[]): string[] {
  return replies.flatMap((r) => {
    const problem = envelopeProblem(r) ?? (r.error?.code === 'internal' ? 'answered internal' : null);
    return problem ? [`${label}: ${problem}`] : [];
  });
}

describe('web host: concurrent calls', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost({ limits: { burst: 1_000_000, perSecond: 1_000_000 } });
  });
  afterAll(() => h.close());

  it('every channel, its valid input sent eight times at once on three sockets, never answers internal', async () => {
    const stranger = await client(h.url);
    const cashier = await client(h.url);
    const manager = await client(h.url);
    await cashier.call('session.login', { pin: '1111' });
    await manager.call('session.login', { pin: '9999' });
    const problems: string[] = [];
    for (const channel of Object.keys(contract) as ChannelName[]) {
      // Logging out would change who the later channels run as; it is tested on its own below.
      if (channel === 'session.logout') continue;
      const input = validInputFor(channel);
      const calls: [Client, string, unknown][] = [];
      for (let i = 0; i < TIMES; i++) for (const c of [stranger, cashier, manager]) calls.push([c, channel, input]);
      problems.push(...problemsOf(`${channel} ${toText(input ?? null)}`, await atOnce(calls)));
      // The same PIN again keeps each socket as it was; a wrong one leaves the sessions alone.
      if (channel === 'session.login') {
        await cashier.call('session.login', { pin: '1111' });
        await manager.call('session.login', { pin: '9999' });
        await stranger.call('session.logout');
      }
    }
    expect(problems).toEqual([]);
    for (const c of [stranger, cashier, manager]) c.ws.close();
    await sell(h.url);
  });

  it('payments for one cart sent at once from two sockets commit it once', async () => {
    const a = await client(h.url);
    const b = await client(h.url);
    await a.call('session.login', { pin: '1111' });
    await b.call('session.login', { pin: '1111' });
    await a.call('cart.voidSale', CLEAR_CART);
    const cart = await a.call('cart.scan', { code: SOURDOUGH });
    const cartVersion = (cart.value as { version: number }).version;
    const before = snapshot(h.t.core);
    const calls: [Client, string, unknown][] = [];
    for (let i = 0; i < TIMES; i++)
      calls.push([a, 'sale.payCash', { tendered: 500, cartVersion }], [b, 'sale.payCash', { tendered: 500, cartVersion }]);
    const replies = await atOnce(calls);
    expect(problemsOf('sale.payCash', replies)).toEqual([]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    // The sale emptied the cart and raised its version: every later payment names a cart that is gone.
    expect(replies.filter((r) => !r.ok).every((r) => r.error?.code === 'cart_changed')).toBe(true);
    expect(snapshot(h.t.core).sales).toBe(before.sales! + 1);
    a.ws.close();
    b.ws.close();
  });

  it('logins and logouts sent at once on one socket leave it in the state of the last one sent', async () => {
    const c = await client(h.url);
    const calls: [Client, string, unknown][] = [];
    for (let i = 0; i < TIMES; i++) calls.push([c, 'session.login', { pin: '1111' }], [c, 'session.logout', undefined]);
    expect(problemsOf('login/logout', await atOnce(calls))).toEqual([]);
    expect(((await c.call('app.status')).value as { session: unknown }).session).toBeNull();
    c.ws.close();
  });
});

describe('web host: concurrent setup of a fresh store', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost({ demo: false });
  });
  afterAll(() => h.close());

  it('setup sent several times at once, from two sockets with the code, sets the store up once and never answers internal', async () => {
    const token = h.t.core.setupToken();
    const a = await client(h.url);
    const b = await client(h.url);
    for (const c of [a, b]) expect((await c.call('setup.unlock', { token })).ok).toBe(true);
    const store = validInputFor('setup.createStore');
    const replies = await atOnce([
      [a, 'setup.createStore', store],
      [b, 'setup.createStore', store],
      [a, 'setup.loadDemo', undefined],
      [a, 'setup.createStore', store],
      [b, 'setup.loadDemo', undefined],
    ]);
    expect(problemsOf('setup', replies)).toEqual([]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(h.t.core.db.sqlite.prepare('select count(*) as n from tills').get()).toEqual({ n: 1 });
    expect(h.t.core.setupToken()).toBeNull();
    a.ws.close();
    b.ws.close();
  });
});
