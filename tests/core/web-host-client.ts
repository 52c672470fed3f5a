/**
 * What the web host tests share: a host over a real core in its own data folder, a
 * WebSocket client speaking the documented protocol, raw HTTP and handshake requests
 * with any headers an attacker would send, and a sale to prove the till still sells.
 */
import { CLEAR_CART } from './clear-cart';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { Clock } from '../../electron/core/clock';
import { startWebHost, type WebHost } from '../../electron/host/web/web-host';
import type { SocketLimits } from '../../electron/host/web/socket-limits';
import { startCore, tempDataDir, type TestCore } from './harness';

export interface Frame {
  id?: number | null;
  ok?: boolean;
  value?: unknown;
  error?: { code: string; message?: string };
  event?: string;
  payload?: unknown;
}

export interface TestHost {
  t: TestCore;
  host: WebHost;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** A demo store (or, with demo: false, an empty data folder) behind a web host on a free port, with a stub renderer. */
export async function startTestHost(
  opts: { limits?: Partial<SocketLimits>; clock?: Clock; demo?: boolean } = {},
): Promise<TestHost> {
  const data = tempDataDir();
  const rendererDir = path.join(data.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tillbox</title>');
  const t = await startCore(path.join(data.dir, 'store'), {
    demo: opts.demo ?? true,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  const host = await startWebHost({
    core: t.core,
    rendererDir,
    port: 0,
    ...(opts.limits ? { limits: opts.limits } : {}),
  });
  return {
    t,
    host,
    port: Number(new URL(host.url).port),
    url: host.url,
    async close() {
      await host.close();
      await t.core.close();
      data.remove();
    },
  };
}

export interface Closed {
  code: number;
  reason: string;
}

export type Client = Awaited<ReturnType<typeof client>>;

/** A WebSocket client speaking the documented protocol, as the renderer does. */
export async function client(url: string, origin?: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ipc`, origin ? { origin } : {});
  const frames: Frame[] = [];
  // Woken on every frame rather than polled, so a test can make thousands of calls quickly.
  const waiters = new Set<() => void>();
  ws.on('message', (d) => {
    frames.push(JSON.parse(d.toString()) as Frame);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<Closed>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  // A host that drops us mid-write may reset the connection; that is an outcome we assert on, not a crash.
  ws.on('error', () => undefined);
  let next = 1;
  /** The first frame from index `from` on that matches. */
  const waitFrame = (match: (f: Frame) => boolean, from = 0, ms = 5000): Promise<Frame> =>
    new Promise((resolve, reject) => {
      let scanned = from;
      const check = () => {
        for (; scanned < frames.length; scanned++) {
          const f = frames[scanned]!;
          if (match(f)) {
            done();
            resolve(f);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error('no such frame'));
      }, ms);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    ws,
    frames,
    closed,
    waitFrame,
    /** The id the next call or frame will use. */
    nextId: () => next++,
    /** Sends one request, `input` already as JSON text (or absent), and waits for its reply. */
    async callRaw(channel: string, inputText?: string): Promise<Frame> {
      const id = next++;
      const from = frames.length;
      const input = inputText === undefined ? '' : `,"input":${inputText}`;
      ws.send(`{"id":${id},"channel":${JSON.stringify(channel)}${input}}`);
      return waitFrame((f) => f.id === id, from);
    },
    /** Sends one request and waits for its reply. */
    async call(channel: string, input?: unknown): Promise<Frame> {
      const id = next++;
      const from = frames.length;
      ws.send(JSON.stringify({ id, channel, input }));
      return waitFrame((f) => f.id === id, from);
    },
    replies: () => frames.filter((f) => f.event === undefined),
    pushes: () => frames.filter((f) => f.event !== undefined),
  };
}

/** A cashier's sale on a socket of its own: the one place that knows what payCash takes. */
export async function sell(url: string): Promise<Frame> {
  const c = await client(url);
  try {
    expect((await c.call('session.login', { pin: '1111' })).ok).toBe(true);
    expect((await c.call('cart.voidSale', CLEAR_CART)).ok).toBe(true);
    const cart = await c.call('cart.scan', { code: '5010029032307' });
    expect(cart.ok).toBe(true);
    const paid = await c.call('sale.payCash', { tendered: 500, cartVersion: (cart.value as { version: number }).version });
    expect(paid.ok, JSON.stringify(paid.error)).toBe(true);
    return paid;
  } finally {
    c.ws.close();
  }
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A GET with exactly these headers, Host included, as a rebinding page's browser would send. */
export function httpGet(port: number, urlPath: string, headers: Record<string, string>): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, headers, setHost: false, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A WebSocket handshake with exactly these headers; 101 when accepted, else the refusal's status. */
export function handshake(port: number, headers: Record<string, string>, urlPath = '/ipc'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: urlPath,
      setHost: false,
      agent: false,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
