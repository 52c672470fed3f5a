import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost } from '../../electron/host/web/web-host';
import { startCore, tempDataDir, type TestCore } from './harness';

const cores: TestCore[] = [];
const dirs: { dir: string; remove(): void }[] = [];
afterEach(async () => {
  for (const t of cores.splice(0)) await t.core.close().catch(() => undefined);
  dirs.splice(0).forEach((d) => d.remove());
});

/** A till whose clock the test moves by hand. */
async function till(dir?: string) {
  const d = dir ?? (() => {
    const made = tempDataDir();
    dirs.push(made);
    return made.dir;
  })();
  const clock = { at: Date.UTC(2026, 10, 26, 9), now() { return new Date(this.at); } };
  const t = await startCore(d, { demo: true, clock });
  cores.push(t);
  return { t, clock, dir: d };
}

const code = (r: { ok: boolean; error?: { code: string } } | { ok: true }) => ('error' in r && r.error ? r.error.code : 'ok');

describe('PIN logins', () => {
  it('ten logins sent at once on one connection, nine wrong then the right PIN, do not log in', async () => {
    const { t } = await till();
    const c = t.connect();
    const pins = [...Array.from({ length: 9 }, (_v, i) => `000${i}`), '1111'];
    const results = await Promise.all(pins.map((pin) => c.call('session.login', { pin })));
    expect(results.map(code)).toEqual([...Array(4).fill('bad_pin'), ...Array(6).fill('locked_out')]);
    expect((await c.ok('app.status')).session).toBeNull();
  });

  it('ten login frames written back to back on one socket, nine wrong then the right PIN, do not log in', async () => {
    const { t, dir } = await till();
    const rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const host = await startWebHost({ core: t.core, rendererDir, port: 0 });
    try {
      const ws = new WebSocket(`${host.url.replace('http', 'ws')}/ipc`);
      await new Promise((r, e) => ws.once('open', r).once('error', e));
      const replies: { id: number; ok: boolean; error?: { code: string } }[] = [];
      ws.on('message', (m) => replies.push(JSON.parse(m.toString()) as (typeof replies)[number]));
      for (let i = 1; i <= 10; i++) {
        ws.send(JSON.stringify({ id: i, channel: 'session.login', input: { pin: i === 10 ? '1111' : `000${i - 1}` } }));
      }
      for (let i = 0; i < 500 && replies.length < 10; i++) await new Promise((r) => setTimeout(r, 10));
      const byId = replies.sort((a, b) => a.id - b.id).map((r) => (r.ok ? 'ok' : r.error?.code));
      expect(byId).toEqual([...Array(4).fill('bad_pin'), ...Array(6).fill('locked_out')]);
      ws.close();
    } finally {
      await host.close();
    }
  });

  it('the lockout holds however the attempts arrive: many connections at once', async () => {
    const { t } = await till();
    const wrong = Array.from({ length: 20 }, (_v, i) => t.connect().call('session.login', { pin: `12${String(i).padStart(2, '0')}` }));
    const right = t.connect().call('session.login', { pin: '1111' });
    const results = await Promise.all([...wrong, right]);
    expect(results.filter((r) => code(r) === 'bad_pin')).toHaveLength(4);
    expect(code(results.at(-1) ?? { ok: true })).toBe('locked_out');
  });

  it('lockouts back off: 30 s, then 1 min, then 5 min, and a correct PIN clears the count', async () => {
    const { t, clock } = await till();
    const c = t.connect();
    const fiveWrong = async () => {
      const last = [];
      for (let i = 0; i < 5; i++) last.push(code(await c.call('session.login', { pin: '4321' })));
      return last.at(-1);
    };
    const lockedFor = async () => {
      const r = await c.call('session.login', { pin: '1111' });
      return r.ok ? 0 : Number(/(\d+) s/.exec(r.error.message)?.[1]);
    };
    expect(await fiveWrong()).toBe('locked_out');
    expect(await lockedFor()).toBe(30);
    clock.at += 30_000;
    expect(await fiveWrong()).toBe('locked_out');
    expect(await lockedFor()).toBe(60);
    clock.at += 60_000;
    expect(await fiveWrong()).toBe('locked_out');
    expect(await lockedFor()).toBe(300);
    clock.at += 299_000;
    expect(await lockedFor()).toBe(1);
    clock.at += 1_000;
    // The right PIN after the wait logs in and starts the count afresh.
    expect(code(await c.call('session.login', { pin: '1111' }))).toBe('ok');
    expect(await fiveWrong()).toBe('locked_out');
    expect(await lockedFor()).toBe(30);
  });

  it('the count and the lockout survive reconnects and a restart', async () => {
    const first = await till();
    for (let i = 0; i < 3; i++) await first.t.connect().call('session.login', { pin: '0000' });
    await first.t.core.close();
    cores.splice(cores.indexOf(first.t), 1);
    const second = await till(first.dir);
    // Two more wrong PINs reach five in all: the count was kept.
    await second.t.connect().call('session.login', { pin: '0000' });
    expect(code(await second.t.connect().call('session.login', { pin: '0000' }))).toBe('locked_out');
    await second.t.core.close();
    cores.splice(cores.indexOf(second.t), 1);
    const third = await till(first.dir);
    expect(code(await third.t.connect().call('session.login', { pin: '1111' }))).toBe('locked_out');
  });
});

describe('a login that has not finished', () => {
  it('is cancelled by a logout sent after it, or by its connection closing, and leaves no session', async () => {
    const d = tempDataDir();
    dirs.push(d);
    const t = await startCore(d.dir, { demo: true });
    cores.push(t);
    const c = t.connect('late:1');
    const login = c.call('session.login', { pin: '1111' });
    await c.call('session.logout');
    expect(code(await login)).toBe('not_logged_in');
    expect((await c.ok('app.status')).session).toBeNull();
    const closing = t.connect('late:2').call('session.login', { pin: '1111' });
    t.core.disconnect('late:2');
    expect(code(await closing)).toBe('not_logged_in');
    expect(t.core.services.sessions.get('late:2')).toBeNull();
    // A login sent after the logout is not affected.
    await c.ok('session.login', { pin: '1111' });
    expect((await c.ok('app.status')).session?.staff.name).toBe('Casey Cashier');
  });
});
