/**
 * PIN guesses sent together, on one socket or many, cannot outrun the till's lockout:
 * the web host checks one PIN at a time, so the fifth wrong one locks the rest out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startTestHost, type Client, type Frame, type TestHost } from './web-host-client';

const MAX_FAILURES = 5;

describe('web host: PIN guessing', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost();
  });
  afterAll(() => h.close());

  it('concurrent PIN guesses cannot outrun the lockout, even with the right PIN among them', async () => {
    const sockets: Client[] = [];
    for (let i = 0; i < 4; i++) sockets.push(await client(h.url));
    // Fifteen wrong PINs on each socket, then the cashier's, all sent before any is answered.
    const pending: Promise<Frame>[] = [];
    for (const [n, c] of sockets.entries()) {
      for (let i = 0; i < 15; i++) pending.push(c.call('session.login', { pin: String(2000 + n * 100 + i) }));
      pending.push(c.call('session.login', { pin: '1111' }));
    }
    const replies = await Promise.all(pending);
    const codes = replies.map((r) => (r.ok ? 'ok' : r.error?.code));
    expect(codes).not.toContain('ok');
    // Only the PINs before the lockout were checked at all.
    expect(codes.filter((c) => c === 'bad_pin').length).toBe(MAX_FAILURES - 1);
    expect(codes.filter((c) => c === 'locked_out').length).toBe(replies.length - (MAX_FAILURES - 1));
    expect(h.t.core.services.sessions.size).toBe(0);
    for (const c of sockets) c.ws.close();
  });
});
