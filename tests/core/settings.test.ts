import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { connectRouter } from '../../electron/core/router-client';
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

  it('a till set to open on the back office says so in app.status, for the screen after login', async () => {
    expect((await t.connect().ok('app.status')).startScreen).toBe('till');
    expect((await manager.ok('settings.update', { startScreen: 'backoffice' })).startScreen).toBe('backoffice');
    expect((await t.connect().ok('app.status')).startScreen).toBe('backoffice');
    const bad = await manager.call('settings.update', { startScreen: 'reports' as 'till' });
    expect(bad.ok ? null : bad.error.issues?.[0]?.path).toBe('startScreen');
    await manager.ok('settings.update', { startScreen: 'till' });
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
    // The real printer factory, not the harness's fixed simulator, so the address matters.
    const first = await createCore({ dataDir: dir.dir, resourcesDir: RESOURCES, demo: true, printerUri: 'sim:' });
    const before = connectRouter(first.router, 'm');
    await before.ok('session.login', { pin: '9999' });
    expect((await before.ok('devices.printerStatus')).online).toBe(true);
    await before.ok('settings.update', { printerUri: 'none' });
    expect(await before.ok('devices.printerStatus')).toMatchObject({ configured: false, online: false });
    await first.close();

    const second = await createCore({ dataDir: dir.dir, resourcesDir: RESOURCES });
    const after = connectRouter(second.router, 'm');
    await after.ok('session.login', { pin: '9999' });
    expect((await after.ok('settings.get')).printerUri).toBe('none');
    await second.close();
    dir.remove();
  });
});
