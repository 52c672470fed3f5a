/**
 * Bounded work per socket: in-flight requests, frame rate, open sockets and unread
 * replies each have a ceiling a real till never reaches, and pipelining works below it.
 */
import { CLEAR_CART } from './clear-cart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CartView } from '../../shared/domain/cart';
import { DEFAULT_LIMITS, FrameRateLimiter } from '../../electron/host/web/socket-limits';
import { waitFor } from './harness';
import {
  client,
  handshake,
  sell,
  sleep,
  startTestHost,
  type Client,
  type Frame,
  type TestHost,
} from './web-host-client';

const SOURDOUGH = '5010029032307';

/** Sends every frame in one write burst, without waiting for any reply. */
function pipeline(c: Client, frames: { channel: string; input?: unknown }[]): number[] {
  const ids: number[] = [];
  for (const f of frames) {
    const id = c.nextId();
    ids.push(id);
    c.ws.send(JSON.stringify({ id, ...f }));
  }
  return ids;
}

async function repliesTo(c: Client, ids: number[]): Promise<Map<number, Frame>> {
  const wanted = new Set(ids);
  await waitFor(
    () => c.replies().filter((f) => typeof f.id === 'number' && wanted.has(f.id)).length >= ids.length,
    15_000,
  );
  const byId = new Map<number, Frame>();
  for (const f of c.replies()) {
    if (typeof f.id !== 'number' || !wanted.has(f.id)) continue;
    expect(byId.has(f.id), `id ${f.id} answered twice`).toBe(false);
    byId.set(f.id, f);
  }
  return byId;
}

async function loggedInCashier(url: string): Promise<Client> {
  const c = await client(url);
  expect((await c.call('session.login', { pin: '1111' })).ok).toBe(true);
  expect((await c.call('cart.voidSale', CLEAR_CART)).ok).toBe(true);
  return c;
}

async function loggedInCashierKeepingCart(url: string): Promise<Client> {
  const c = await client(url);
  expect((await c.call('session.login', { pin: '1111' })).ok).toBe(true);
  return c;
}

async function cartQty(c: Client): Promise<number> {
  const cart = (await c.call('cart.get')).value as CartView;
  return cart.lines.reduce((sum, l) => sum + l.qty, 0) / 1000;
}

describe('web host: bounded work per socket', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost();
  });
  afterAll(() => h.close());

  it('pipelined frames within the bounds all run, each answered once with its own id', async () => {
    const c = await loggedInCashier(h.url);
    await sleep(1000); // let the bucket refill after the login
    const ids = pipeline(
      c,
      Array.from({ length: 60 }, () => ({ channel: 'cart.scan', input: { code: SOURDOUGH } })),
    );
    const replies = await repliesTo(c, ids);
    expect([...replies.values()].every((f) => f.ok)).toBe(true);
    expect(await cartQty(c)).toBe(60);
    await c.call('cart.voidSale', CLEAR_CART);
    c.ws.close();
  });

  it('pipelining 200 frames runs the first 100 and answers the rest rate_limited, never running them', async () => {
    const c = await client(h.url);
    // A fresh socket has its whole burst; the login and the clear take two of it.
    expect((await c.call('session.login', { pin: '1111' })).ok).toBe(true);
    expect((await c.call('cart.voidSale', CLEAR_CART)).ok).toBe(true);
    const started = performance.now();
    const ids = pipeline(
      c,
      Array.from({ length: 200 }, () => ({ channel: 'cart.scan', input: { code: SOURDOUGH } })),
    );
    const replies = await repliesTo(c, ids);
    const seconds = (performance.now() - started) / 1000;
    const ran = ids.filter((id) => replies.get(id)?.ok);
    const refused = ids.filter((id) => !replies.get(id)?.ok);
    for (const id of refused) expect(replies.get(id)?.error?.code).toBe('rate_limited');
    // The first 98 always run; the refill over the test's own duration may let a few more through.
    expect(ids.slice(0, DEFAULT_LIMITS.burst - 2).every((id) => replies.get(id)?.ok)).toBe(true);
    expect(ran.length).toBeLessThanOrEqual(
      DEFAULT_LIMITS.burst - 2 + Math.ceil(seconds * DEFAULT_LIMITS.perSecond) + 1,
    );
    // Exactly the frames answered ok changed the till's cart: a refused frame never ran.
    // Asked on another socket, since this one now owes its bucket for the refused frames.
    const other = await loggedInCashierKeepingCart(h.url);
    expect(await cartQty(other)).toBe(ran.length);
    expect(c.ws.readyState).toBe(c.ws.OPEN);
    await other.call('cart.voidSale', CLEAR_CART);
    other.ws.close();
    c.ws.close();
  });

  it('a socket that keeps flooding after rate_limited is closed with 1008, and the till still sells', async () => {
    const c = await client(h.url);
    const started = performance.now();
    const ids = pipeline(
      c,
      Array.from({ length: 1000 }, () => ({ channel: 'app.status' })),
    );
    expect((await c.closed).code).toBe(1008);
    const seconds = (performance.now() - started) / 1000;
    const answered = c.replies();
    const ok = answered.filter((f) => f.ok).length;
    expect(ok).toBeGreaterThanOrEqual(DEFAULT_LIMITS.burst);
    expect(ok).toBeLessThanOrEqual(DEFAULT_LIMITS.burst + Math.ceil(seconds * DEFAULT_LIMITS.perSecond) + 1);
    expect(answered.filter((f) => f.error?.code === 'rate_limited').length).toBeGreaterThanOrEqual(
      DEFAULT_LIMITS.floodTolerance,
    );
    expect(answered.length).toBeLessThan(ids.length);
    await sell(h.url);
  });

  it('pings count against the same rate: a ping flood is closed with 1008', async () => {
    const c = await client(h.url);
    for (let i = 0; i < 1000; i++) c.ws.ping();
    expect((await c.closed).code).toBe(1008);
    await sell(h.url);
  });

  it('a request beyond 16 in flight is answered too_many_requests at once and never runs', async () => {
    const c = await loggedInCashier(h.url);
    // Logging in again is slow on purpose (scrypt), so sixteen of them stay in flight together.
    const logins = pipeline(
      c,
      Array.from({ length: DEFAULT_LIMITS.maxInFlight }, () => ({ channel: 'session.login', input: { pin: '1111' } })),
    );
    const scans = pipeline(
      c,
      Array.from({ length: 4 }, () => ({ channel: 'cart.scan', input: { code: SOURDOUGH } })),
    );
    const replies = await repliesTo(c, [...logins, ...scans]);
    for (const id of scans) expect(replies.get(id)?.error?.code).toBe('too_many_requests');
    for (const id of logins) expect(replies.get(id)?.ok).toBe(true);
    // The refused scans arrived after the logins were sent, yet were answered first: at once.
    const order = c.replies().map((f) => f.id);
    expect(Math.max(...scans.map((id) => order.indexOf(id)))).toBeLessThan(
      Math.min(...logins.map((id) => order.indexOf(id))),
    );
    expect(await cartQty(c)).toBe(0);
    // Once the logins are answered the socket takes work again.
    expect((await c.call('cart.scan', { code: SOURDOUGH })).ok).toBe(true);
    await c.call('cart.voidSale', CLEAR_CART);
    c.ws.close();
  });

  it('the rate rule as a function: a burst, a steady rate, then debt until the flood tolerance closes', () => {
    let now = 0;
    const limiter = new FrameRateLimiter({ burst: 3, perSecond: 2, floodTolerance: 4 }, () => now);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual(['run', 'run', 'run', 'refuse']);
    now += 1000; // two tokens back, one of them owed
    expect(limiter.take()).toBe('run');
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([
      'refuse',
      'refuse',
      'refuse',
      'refuse',
    ]);
    expect(limiter.take()).toBe('close');
    now += 60_000; // a client that stops is forgiven, up to one burst
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual(['run', 'run', 'run', 'refuse']);
  });
});

describe('web host: open sockets', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost();
  });
  afterAll(() => h.close());

  it('the 65th socket is refused at the handshake, and a freed place can be taken again', async () => {
    const open: Client[] = [];
    for (let i = 0; i < DEFAULT_LIMITS.maxSockets; i++) open.push(await client(h.url));
    expect(await handshake(h.port, { Host: `127.0.0.1:${h.port}` })).toBe(503);
    await expect(client(h.url)).rejects.toThrow();
    // The open ones still work.
    expect((await open[0]!.call('app.status')).ok).toBe(true);
    open.pop()!.ws.close();
    let status = 0;
    for (let i = 0; i < 100 && status !== 101; i++) {
      await sleep(10);
      status = await handshake(h.port, { Host: `127.0.0.1:${h.port}` });
    }
    expect(status).toBe(101);
    for (const c of open) c.ws.close();
    await sleep(100);
    await sell(h.url);
  });
});

describe('web host: a client that never reads', () => {
  let h: TestHost;

  beforeAll(async () => {
    // A small backlog and no rate limit, so the test fills the backlog in moments.
    h = await startTestHost({ limits: { maxBufferedBytes: 256 * 1024, burst: 100_000, perSecond: 100_000 } });
  });
  afterAll(() => h.close());

  it('is dropped once its unread replies pass the limit, and the till still sells', async () => {
    const sessions = h.t.core.services.sessions;
    const c = await client(h.url);
    expect((await c.call('session.login', { pin: '1111' })).ok).toBe(true);
    const loggedIn = sessions.size;
    c.ws.pause();
    for (let i = 0; i < 4000 && sessions.size === loggedIn; i++) {
      c.ws.send(JSON.stringify({ id: c.nextId(), channel: 'catalog.products', input: { limit: 500 } }));
      if (i % 50 === 49) await sleep(20);
    }
    await waitFor(() => sessions.size === loggedIn - 1);
    c.ws.terminate();
    await sell(h.url);
  });
});
