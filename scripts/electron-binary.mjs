// @ts-check
// Finds the Electron binary. Its download is not part of `npm install` (package.json
// denies electron's install script, because it fails on machines without internet);
// so the first start fetches it where that is possible.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The binary if it is installed; never downloads (tests use this). */
export function installedElectronBinary() {
  try {
    const bin = /** @type {string} */ (require('electron'));
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** The binary, downloading it first if need be (electron's own install script). */
export function electronBinary() {
  const found = installedElectronBinary();
  if (found) return found;
  const installer = require.resolve('electron/install.js');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 300_000 });
  return installedElectronBinary();
}

export const MISSING =
  'Tillbox could not start: the Electron binary is not installed and could not be downloaded here; run `npm run serve` to use Tillbox in your browser instead.';
