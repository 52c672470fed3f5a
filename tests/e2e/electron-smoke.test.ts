/**
 * The desktop app, started the way `npm start` starts it (scripts/electron-launch.mjs):
 * the Electron binary, the Electron build of better-sqlite3 from its cache, a fresh data
 * folder. Reaching the setup screen proves main loaded better-sqlite3 and opened the store.
 * Where no Electron binary is installed the test says so and is skipped; it never
 * downloads one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { installedElectronBinary } from '../../scripts/electron-binary.mjs';
import { prepareElectronLaunch } from '../../scripts/electron-launch.mjs';

const ROOT = path.resolve(__dirname, '..', '..');

const binary = installedElectronBinary();
if (!binary) {
  console.log(
    'Electron smoke test SKIPPED: no Electron binary on this machine (npm start downloads it on the first run, ' +
      'which needs internet). The same UI and core are covered by the browser e2e tests against the web host.',
  );
}

describe.skipIf(!binary)('Electron smoke test', () => {
  it('npm start’s launch opens the window on the setup screen, with the store open and the sandboxed bridge', async () => {
    const launch = await prepareElectronLaunch({ root: ROOT, args: [], download: false, log: () => {} });
    if (!launch.ok) throw new Error(launch.message);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-electron-'));
    const app = await electron.launch({
      executablePath: launch.binary,
      args: [...launch.args, '--data-dir', dataDir, '--no-sandbox'],
      env: launch.env as Record<string, string>,
      cwd: ROOT,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      const hasBridge = await page.evaluate(() => typeof (globalThis as { pos?: unknown }).pos === 'object');
      expect(hasBridge).toBe(true);
      const hasNode = await page.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(hasNode).toBe('undefined');
      // The setup screen with both choices: main answered app.status from the database,
      // and its first window may set up the store without the one-time code.
      await page.getByRole('button', { name: 'Open the demo shop' }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('button', { name: 'Create my store' }).count()).toBe(1);
      expect(fs.existsSync(path.join(dataDir, 'tillbox.sqlite'))).toBe(true);
      fs.mkdirSync(path.join(ROOT, 'test-artifacts', 'electron'), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, 'test-artifacts', 'electron', 'first-run.png') });
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
