/**
 * electron/main.ts run in Node against a recorded model of Electron (fake-electron.ts),
 * because the Electron binary cannot run on every build machine. What this proves is
 * main's wiring: the refusals reach one dialog and leave the data alone, the Electron
 * build of better-sqlite3 is what the core loads, and the IPC, navigation and CSP guards
 * are the ones electron/shell decides.
 */
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IPC_INVOKE } from '../../shared/contract/bridge';
import { createCore, type Core } from '../../electron/core/core';
import { lockDataFolder } from '../../electron/core/db/data-folder-lock';
import { APP_CSP } from '../../electron/shell/csp';
import { fakeElectron, type FakeElectron, type FakeFrame } from './fake-electron';

const ROOT = path.resolve(__dirname, '..', '..');
const RESOURCES = path.join(ROOT, 'resources');
const NODE_BUILD = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const realRequire = createRequire(path.join(ROOT, 'package.json'));

let mainCode = '';
beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(ROOT, 'electron', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  mainCode = out.outputFiles[0]?.text ?? '';
});

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs main as `electron <root> --data-dir <dataDir>` would, until it shows its window or exits. */
async function runMain(dataDir: string, env: Record<string, string>, opts: { isPackaged?: boolean } = {}) {
  const dist = tempDir('tillbox-main-');
  fs.mkdirSync(path.join(dist, 'electron'));
  fs.mkdirSync(path.join(dist, 'renderer'));
  fs.writeFileSync(path.join(dist, 'renderer', 'index.html'), '<!doctype html><title>Tillbox</title>');
  const fake = fakeElectron({ userData: tempDir('tillbox-userdata-'), ...opts });
  const saved = { argv: process.argv, env: { ...process.env } };
  process.argv = opts.isPackaged
    ? ['/opt/Tillbox/tillbox', '--data-dir', dataDir]
    : ['/opt/electron/electron', ROOT, '--data-dir', dataDir];
  // Electron sets this on process for a packaged app: where resources/ lives.
  Object.assign(process, { resourcesPath: ROOT });
  Object.assign(process.env, env);
  try {
    const run = vm.compileFunction(mainCode, ['exports', 'require', 'module', '__filename', '__dirname'], {
      filename: path.join(dist, 'electron', 'main.cjs'),
    });
    const module = { exports: {} };
    const requireFromMain = (id: string): unknown => (id === 'electron' ? fake.module : realRequire(id));
    run(module.exports, requireFromMain, module, path.join(dist, 'electron', 'main.cjs'), path.join(dist, 'electron'));
    const outcome = await Promise.race([
      fake.exited.then((code) => ({ exitCode: code })),
      fake.loaded.then((url) => ({ url })),
    ]);
    if ('url' in outcome) cleanups.push(() => quit(fake, dataDir));
    return { fake, outcome };
  } finally {
    process.argv = saved.argv;
    delete (process as { resourcesPath?: string }).resourcesPath;
    for (const key of Object.keys(env)) {
      if (saved.env[key] === undefined) delete process.env[key];
      else process.env[key] = saved.env[key];
    }
  }
}

/** will-quit closes the core: the data folder is free again afterwards. */
async function quit(fake: FakeElectron, dataDir: string): Promise<void> {
  fake.appListeners.get('will-quit')?.();
  for (let tries = 0; ; tries++) {
    try {
      lockDataFolder(dataDir, { holder: 'the test' }).release();
      return;
    } catch (err) {
      if (tries > 100) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}

async function holdStore(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, resourcesDir: RESOURCES, holder: 'the web host' });
  cleanups.push(() => core.close());
  return core;
}

describe('a store Tillbox must not open: one dialog with its one-sentence message, exit, data untouched', () => {
  it('a store already open in another Tillbox', async () => {
    const dataDir = tempDir('tillbox-store-');
    await holdStore(dataDir);
    const before = folderState(dataDir);
    const { fake, outcome } = await runMain(dataDir, {});
    expect(outcome).toEqual({ exitCode: 1 });
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]?.message).toMatch(
      /^The store in .+ is already open in another Tillbox \(the web host, process \d+\); close that one first\.$/,
    );
    expect(fake.windows).toHaveLength(0);
    expect(folderState(dataDir)).toEqual(before);
  });

  it('a database written by a newer Tillbox', async () => {
    const dataDir = tempDir('tillbox-store-');
    const db = new Database(path.join(dataDir, 'tillbox.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const before = folderState(dataDir);
    const { fake, outcome } = await runMain(dataDir, {});
    expect(outcome).toEqual({ exitCode: 1 });
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]?.message).toMatch(/newer version of Tillbox .* The file has not been changed\.$/);
    expect(fake.windows).toHaveLength(0);
    // The database is byte for byte as it was, with no WAL beside it; only the core's
    // data-folder lock file was made, before it looked.
    const after = folderState(dataDir);
    expect(Object.keys(after).filter((f) => f !== 'tillbox.lock')).toEqual(Object.keys(before));
    expect(after['tillbox.sqlite']).toBe(before['tillbox.sqlite']);
  });
});

describe('main loads the better-sqlite3 build the launcher names, only from a checkout', () => {
  it('the named build is what the core loads: a missing one fails in the dialog, naming it', async () => {
    const dataDir = tempDir('tillbox-store-');
    const { fake, outcome } = await runMain(dataDir, {
      TILLBOX_SQLITE_BINDING: '/nonexistent/electron-build/better_sqlite3.node',
    });
    expect(outcome).toEqual({ exitCode: 1 });
    expect(fake.errorBoxes.map((b) => b.message)).toEqual([
      expect.stringContaining('/nonexistent/electron-build/better_sqlite3.node'),
    ]);
  });

  it('with the named build in place, the store opens and the window shows the app', async () => {
    const dataDir = tempDir('tillbox-store-');
    // Node's build at another path stands in for the Electron build (Node cannot load that one).
    const binding = path.join(tempDir('tillbox-binding-'), 'better_sqlite3.node');
    fs.copyFileSync(NODE_BUILD, binding);
    const { fake, outcome } = await runMain(dataDir, { TILLBOX_SQLITE_BINDING: binding });
    expect(outcome).toEqual({ url: 'tillbox://app/index.html' });
    expect(fake.errorBoxes).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'tillbox.sqlite'))).toBe(true);
  });

  it('a packaged app ignores the variable and loads its own node_modules', async () => {
    const dataDir = tempDir('tillbox-store-');
    const { fake, outcome } = await runMain(
      dataDir,
      { TILLBOX_SQLITE_BINDING: '/nonexistent/better_sqlite3.node' },
      { isPackaged: true },
    );
    expect(outcome).toEqual({ url: 'tillbox://app/index.html' });
    expect(fake.errorBoxes).toEqual([]);
  });
});

describe('the window’s guards, as main installs them', () => {
  async function started(env: Record<string, string> = {}) {
    const dataDir = tempDir('tillbox-store-');
    const { fake } = await runMain(dataDir, env);
    return fake;
  }

  function invoke(fake: FakeElectron, senderFrame: FakeFrame | null) {
    const handler = fake.ipcHandlers.get(IPC_INVOKE);
    if (!handler) throw new Error('no IPC handler');
    const sender = {
      id: 1,
      mainFrame: fake.mainFrame,
      isDestroyed: () => false,
      send: () => undefined,
      once: () => undefined,
    };
    return handler({ sender, senderFrame }, 'app.status', undefined) as Promise<{
      ok: boolean;
      error?: { code: string };
    }>;
  }

  it('IPC from the main frame on tillbox://app is answered; from a subframe or another origin it is refused', async () => {
    const fake = await started();
    expect((await invoke(fake, fake.mainFrame)).ok).toBe(true);
    const iframe = { url: 'tillbox://app/index.html', processId: 4, frameToken: 'child', parent: fake.mainFrame };
    expect((await invoke(fake, iframe)).error?.code).toBe('permission_denied');
    fake.mainFrame.url = 'tillbox://app.evil/index.html';
    expect((await invoke(fake, fake.mainFrame)).error?.code).toBe('permission_denied');
    expect((await invoke(fake, null)).error?.code).toBe('permission_denied');
  });

  it('in npm run dev, the dev server’s exact origin is the trusted one', async () => {
    const fake = await started({ TILLBOX_DEV_URL: 'http://localhost:5173/' });
    expect(fake.windows[0]?.url).toBe('http://localhost:5173/');
    expect((await invoke(fake, fake.mainFrame)).ok).toBe(true);
    fake.mainFrame.url = 'http://localhost:51730/';
    expect((await invoke(fake, fake.mainFrame)).error?.code).toBe('permission_denied');
  });

  it('navigation off our origin, or in any subframe, is prevented on every navigation event', async () => {
    const fake = await started();
    const handlers = new Map<string, ((details: unknown) => void)[]>();
    const contents = {
      on(event: string, fn: (details: unknown) => void) {
        handlers.set(event, [...(handlers.get(event) ?? []), fn]);
        return contents;
      },
      setWindowOpenHandler: (fn: () => { action: string }) =>
        handlers.set('open', [() => expect(fn()).toEqual({ action: 'deny' })]),
    };
    fake.appListeners.get('web-contents-created')?.({}, contents);
    const prevented = (event: string, url: string, isMainFrame: boolean) => {
      let stopped = false;
      for (const fn of handlers.get(event) ?? []) fn({ url, isMainFrame, preventDefault: () => (stopped = true) });
      return stopped;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(prevented(event, 'tillbox://app/index.html', true), event).toBe(false);
      expect(prevented(event, 'tillbox://app.evil/index.html', true), event).toBe(true);
      expect(prevented(event, 'https://example.com/', true), event).toBe(true);
      expect(prevented(event, 'tillbox://app/index.html', false), event).toBe(true);
    }
    handlers.get('open')?.[0]?.(undefined);
  });

  it('every tillbox:// response carries the CSP header, the refused ones too', async () => {
    const fake = await started();
    const handle = fake.protocolHandlers.get('tillbox');
    if (!handle) throw new Error('no tillbox: handler');
    const page = await handle(new Request('tillbox://app/index.html'));
    expect(page.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(await page.text()).toContain('<title>Tillbox</title>');
    const escape = await handle(new Request('tillbox://app/..%2F..%2F..%2Fetc%2Fpasswd'));
    expect(escape.status).toBe(403);
    expect(escape.headers.get('content-security-policy')).toBe(APP_CSP);
  });
});
