import { CLEAR_CART } from './clear-cart';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/web/web-host';
import { startCore, tempDataDir, type TestCore } from './harness';
import { client } from './web-host-client';

describe('web host', () => {
  const data = tempDataDir();
  let t: TestCore;
  let host: WebHost;

  beforeAll(async () => {
    const rendererDir = path.join(data.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tillbox</title>');
    t = await startCore(path.join(data.dir, 'store'), { demo: true });
    host = await startWebHost({ core: t.core, rendererDir, port: 0 });
  });
  afterAll(async () => {
    await host.close();
    await t.core.close();
    data.remove();
  });

  it('serves the renderer on 127.0.0.1 with a strict CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${host.url}/till`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Tillbox</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers { id, channel, input } with { id, ok, value | error } and binds the session to the socket', async () => {
    const a = await client(host.url);
    const b = await client(host.url);
    expect((await a.call('app.status')).value).toMatchObject({ setUp: true });
    expect((await a.call('session.login', { pin: '1111' })).ok).toBe(true);
    expect((await a.call('cart.get')).ok).toBe(true);
    expect((await b.call('cart.get')).error?.code).toBe('not_logged_in');
    expect((await a.call('no.such')).error?.code).toBe('unknown_channel');
    expect((await a.call('cart.scan', { code: '' })).error?.code).toBe('invalid_input');
    a.ws.close();
    b.ws.close();
  });

  it('pushes cart updates to every logged-in window, and nothing to a socket nobody logged into', async () => {
    const till = await client(host.url);
    const display = await client(host.url);
    const stranger = await client(host.url);
    await till.call('session.login', { pin: '1111' });
    await display.call('session.login', { pin: '1111' });
    await till.call('cart.scan', { code: '5010029032307' });
    const pushed = await display.waitFrame((f) => f.event === 'cart.updated');
    expect((pushed.payload as { lines: unknown[] }).lines.length).toBeGreaterThan(0);
    await till.call('cart.voidSale', CLEAR_CART);
    await display.waitFrame((f) => f.event === 'cart.updated' && (f.payload as { lines: unknown[] }).lines.length === 0);
    expect(stranger.frames.filter((f) => f.event !== undefined)).toEqual([]);
    till.ws.close();
    display.ws.close();
    stranger.ws.close();
  });

  it('a closed socket loses its session', async () => {
    const sessions = t.core.services.sessions;
    const a = await client(host.url);
    await a.call('session.login', { pin: '1111' });
    const loggedIn = sessions.size;
    a.ws.close();
    for (let i = 0; i < 100 && sessions.size === loggedIn; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sessions.size).toBe(loggedIn - 1);
  });

  it('refuses malformed frames without closing', async () => {
    const a = await client(host.url);
    a.ws.send('not json');
    expect((await a.waitFrame((f) => f.id === null)).error?.code).toBe('invalid_input');
    a.ws.send(JSON.stringify({ id: 7, channel: 42 }));
    expect((await a.waitFrame((f) => f.id === 7)).error?.code).toBe('invalid_input');
    expect((await a.call('app.status')).ok).toBe(true);
    a.ws.close();
  });

  it('refuses a socket opened by a page from another origin, or from an opaque one', async () => {
    await expect(client(host.url, 'http://evil.example')).rejects.toThrow();
    await expect(client(host.url, 'null')).rejects.toThrow();
    const stillServing = await client(host.url);
    expect((await stillServing.call('app.status')).ok).toBe(true);
    stillServing.ws.close();
  });
});
