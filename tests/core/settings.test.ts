import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { RESOURCES, startCore, tempDataDir, type Connection, type TestCore } from './harness';

describe('till settings', () => {
  const data = tempDataDir();
  let t: TestCore;
  let manager: Connection;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  it('a scanner prefix set by a manager reaches every till screen through app.status', async () => {
    await manager.ok('settings.update', { scannerPrefix: '~' });
    expect((await t.connect().ok('app.status')).scanner.prefix).toBe('~');
    await manager.ok('settings.update', { scannerPrefix: '' });
    expect((await t.connect().ok('app.status')).scanner.prefix).toBe('');
  });

  it('bad settings are refused with the field named, and nothing changes', async () => {
    const before = await manager.ok('settings.get');
    const prefix = await manager.call('settings.update', { scannerPrefix: 'a b' });
    expect(prefix.ok ? null : prefix.error.issues?.[0]?.path).toBe('scannerPrefix');
    const uri = await manager.call('settings.update', { printerUri: 'lpt1', drawerPin: 5 });
    expect(uri.ok ? null : uri.error.issues?.map((i) => i.path)).toEqual(['printerUri']);
    expect(await manager.ok('settings.get')).toEqual(before);
  });

  it('a new printer address takes effect at once and is kept across a restart', async () => {
    const dir = tempDataDir();
    const open = () => createCore({ dataDir: dir.dir, resourcesDir: RESOURCES, demo: true, printerUri: 'sim:' });
    const first = await open();
    const login = async (core: Core) => {
      const r = await core.router.call('m', 'session.login', { pin: '9999' });
      expect(r.ok).toBe(true);
    };
    await login(first);
    expect(await first.router.call('m', 'devices.printerStatus', undefined)).toMatchObject({ ok: true, value: { online: true } });
    await first.router.call('m', 'settings.update', { printerUri: 'none' });
    expect(await first.router.call('m', 'devices.printerStatus', undefined)).toMatchObject({
      ok: true,
      value: { configured: false, online: false },
    });
    await first.close();

    const second = await createCore({ dataDir: dir.dir, resourcesDir: RESOURCES });
    await login(second);
    expect(await second.router.call('m', 'settings.get', undefined)).toMatchObject({ ok: true, value: { printerUri: 'none' } });
    await second.close();
    dir.remove();
  });
});
