// Finds the Electron binary. Its download is not part of `npm install` (package.json
// denies electron's install script, because it fails on machines without internet);
// so the first start fetches it where that is possible.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function locate() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

export function electronBinary() {
  const found = locate();
  if (found) return found;
  const installer = require.resolve('electron/install.js');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 300_000 });
  return locate();
}

export const MISSING =
  'Tillbox could not start: the Electron binary is not installed and could not be downloaded here; run `npm run serve` to use Tillbox in your browser instead.';
