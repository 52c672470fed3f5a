/**
 * No frame can take the host down: whatever one socket sends, at worst that socket is
 * closed, and a cashier on another socket still sells.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../electron/host/web/socket-limits';
import { startWebHost } from '../../electron/host/web/web-host';
import type { Core } from '../../electron/core/core';
import { tempDataDir, waitFor } from './harness';
import { client, sell, sleep, startTestHost, type TestHost } from './web-host-client';

const MAX_FRAME = DEFAULT_LIMITS.maxFrameBytes;

describe('web host: no frame can take the host down', () => {
  let h: TestHost;
  const crashes: unknown[] = [];
  const onCrash = (err: unknown) => crashes.push(err);

  beforeAll(async () => {
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
    h = await startTestHost();
  });
  // Recorded rather than fatal here, so each test can say which frame would have ended `npm run serve`.
  afterEach(() => {
    expect(crashes, 'an uncaught exception or unhandled rejection would have ended the process').toEqual([]);
  });
  afterAll(async () => {
    await h.close();
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
  });

  it('a text frame over the limit (3 MiB) closes only its socket, with 1009, and the till still sells', async () => {
    const bystander = await client(h.url);
    const attacker = await client(h.url);
    attacker.ws.send('x'.repeat(MAX_FRAME + 1));
    expect((await attacker.closed).code).toBe(1009);
    await sell(h.url);
    expect((await bystander.call('app.status')).ok).toBe(true);
    bystander.ws.close();
  });

  it('a text frame of invalid UTF-8 closes only its socket, with 1007, and the till still sells', async () => {
    const attacker = await client(h.url);
    attacker.ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]), { binary: false });
    expect((await attacker.closed).code).toBe(1007);
    await sell(h.url);
  });

  it('a binary frame closes its socket with 1003, and the till still sells', async () => {
    const attacker = await client(h.url);
    attacker.ws.send(Buffer.from(JSON.stringify({ id: 1, channel: 'app.status' })), { binary: true });
    expect((await attacker.closed).code).toBe(1003);
    expect(attacker.replies()).toEqual([]);
    await sell(h.url);
  });

  it('JSON that is not a request object is answered invalid_input with id null, and the socket stays open', async () => {
    const c = await client(h.url);
    const notObjects = [
      '[]',
      '[{"id":1,"channel":"app.status"}]',
      '1',
      '"app.status"',
      'null',
      'true',
      '{}',
      '{"id":1}',
    ];
    for (const text of notObjects) c.ws.send(text);
    await waitFor(() => c.replies().length === notObjects.length);
    for (const f of c.replies()) {
      expect(f.ok).toBe(false);
      expect(f.error?.code).toBe('invalid_input');
    }
    // Only `{"id":1}` carries a usable id.
    expect(c.replies().map((f) => f.id)).toEqual([null, null, null, null, null, null, null, 1]);
    expect((await c.call('app.status')).ok).toBe(true);
    c.ws.close();
  });

  it('an id that is not a safe non-negative integer is never echoed and never runs', async () => {
    const c = await client(h.url);
    const ids = ['1e300', '9007199254740993', '-1', '1.5', '"7"', '1e999', '[1]', '{"a":1}', '9'.repeat(5000)];
    for (const id of ids) c.ws.send(`{"id":${id},"channel":"session.login","input":{"pin":"1111"}}`);
    await waitFor(() => c.replies().length === ids.length);
    for (const f of c.replies()) expect(f).toMatchObject({ id: null, ok: false, error: { code: 'invalid_input' } });
    expect(((await c.call('app.status')).value as { session: unknown }).session).toBeNull();
    c.ws.close();
  });

  it('deeply nested JSON, as the frame or as the input, is refused without harm', async () => {
    const c = await client(h.url);
    const depth = 200_000;
    const nest = '['.repeat(depth) + ']'.repeat(depth);
    const objNest = '{"a":'.repeat(depth / 4) + '1' + '}'.repeat(depth / 4);
    c.ws.send(nest);
    c.ws.send(`{"id":1,"channel":"cart.scan","input":${nest}}`);
    c.ws.send(`{"id":2,"channel":"cart.scan","input":{"code":${objNest}}}`);
    c.ws.send(`{"id":3,"channel":"settings.update","input":${objNest}}`);
    c.ws.send(`{"id":4,"channel":"app.status","input":{"x":${nest}}}`);
    await waitFor(() => c.replies().length === 5);
    expect(c.replies().map((f) => f.error?.code)).toEqual([
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'not_logged_in',
      'invalid_input',
    ]);
    expect((await c.call('app.status')).ok).toBe(true);
    c.ws.close();
  });

  it('a socket that closes while its login is in flight leaves no session behind', async () => {
    const sessions = h.t.core.services.sessions;
    const before = sessions.size;
    for (let i = 0; i < 5; i++) {
      const c = await client(h.url);
      // The PIN check is deliberately slow (scrypt), so the close lands while the login runs.
      c.ws.send(JSON.stringify({ id: 1, channel: 'session.login', input: { pin: '1111' } }));
      await sleep(5);
      c.ws.terminate();
    }
    await sleep(500);
    await waitFor(() => sessions.size === before);
    await sell(h.url);
  });

  it('an exception past the router becomes an internal reply, never an unhandled rejection', async () => {
    const throwing: Core = {
      ...h.t.core,
      router: {
        call: (_id, channel) => {
          if (channel === 'cart.get') throw new Error('thrown at once');
          return Promise.reject(new Error('rejected later'));
        },
      },
    };
    const emptyDir = tempDataDir();
    const broken = await startWebHost({ core: throwing, rendererDir: emptyDir.dir, port: 0 });
    const silenced = console.error;
    console.error = () => undefined;
    try {
      const c = await client(broken.url);
      expect(await c.call('app.status')).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(await c.call('cart.get')).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect((await c.call('app.status')).error?.code).toBe('internal');
      c.ws.close();
    } finally {
      console.error = silenced;
      await broken.close();
      emptyDir.remove();
    }
  });
});
