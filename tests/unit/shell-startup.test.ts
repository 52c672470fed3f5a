import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreInUseError } from '../../electron/core/db/data-folder-lock';
import { DatabaseFromFutureError } from '../../electron/core/db/migrate';
import { launchOptions } from '../../electron/shell/launch-options';
import { startupFailure } from '../../electron/shell/startup-failure';

describe('a store Tillbox must not open is refused in one dialog with its one-sentence message', () => {
  it('a store open in another Tillbox: its message, as is', () => {
    const err = new StoreInUseError('/data/shop', 'the web host, process 42');
    expect(startupFailure(err)).toEqual({ title: 'Tillbox cannot open this store', message: err.message });
    expect(err.message).not.toContain('\n');
  });

  it('a database from a newer Tillbox: its message, as is, which says the file was not changed', () => {
    const err = new DatabaseFromFutureError('/data/shop/tillbox.sqlite', 9, 2);
    const failure = startupFailure(err);
    expect(failure.message).toBe(err.message);
    expect(failure.message).toContain('has not been changed');
  });

  it('better-sqlite3 built for Node, loaded by Electron started by hand: says to use npm start', () => {
    const err = new Error(
      "The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.",
    );
    expect(startupFailure(err).message).toMatch(/npm start/);
  });

  it('anything else: its message, never a stack', () => {
    const err = new Error('EACCES: permission denied');
    expect(startupFailure(err)).toEqual({ title: 'Tillbox cannot start', message: 'EACCES: permission denied' });
    expect(startupFailure('odd')).toEqual({ title: 'Tillbox cannot start', message: 'odd' });
  });
});

describe('launch options', () => {
  const ctx = { env: {}, userData: '/home/cashier/.config/Tillbox' };

  it('from a checkout (electron <app> ...) and from a packaged app (tillbox ...)', () => {
    expect(launchOptions(['/x/electron', '/repo', '--data-dir', '/tmp/shop', '--demo'], ctx)).toEqual({
      dataDir: path.resolve('/tmp/shop'),
      demo: true,
      kiosk: false,
    });
    expect(launchOptions(['/opt/Tillbox/tillbox', '--kiosk', '--printer', 'tcp://10.0.0.5'], ctx)).toEqual({
      dataDir: path.resolve('/home/cashier/.config/Tillbox'),
      demo: false,
      kiosk: true,
      printerUri: 'tcp://10.0.0.5',
    });
  });

  it('Chromium switches and the test driver’s flags are ignored, not fatal', () => {
    const argv = [
      '/x/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      '/repo',
      '--data-dir',
      '/tmp/shop',
      '--no-sandbox',
    ];
    expect(launchOptions(argv, ctx).dataDir).toBe(path.resolve('/tmp/shop'));
  });

  it('the data folder: --data-dir, else TILLBOX_DATA_DIR, else Electron’s userData; a bare --data-dir is no folder', () => {
    expect(launchOptions(['/x/tillbox'], { ...ctx, env: { TILLBOX_DATA_DIR: '/srv/shop' } }).dataDir).toBe(
      path.resolve('/srv/shop'),
    );
    expect(launchOptions(['/x/tillbox', '--data-dir'], ctx).dataDir).toBe(path.resolve(ctx.userData));
  });
});
