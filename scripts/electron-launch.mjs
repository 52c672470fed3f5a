// @ts-check
// How `npm start`, `npm run dev` and the Electron smoke test launch the desktop app: the
// same binary, the same arguments, the same environment.
import path from 'node:path';
import { electronBinary, installedElectronBinary, MISSING } from './electron-binary.mjs';
import { ensureElectronSqlite } from './electron-native.mjs';

/** Read by electron/shell/sqlite-binding.ts in main; a test checks both say the same. */
export const SQLITE_BINDING_ENV = 'TILLBOX_SQLITE_BINDING';
/** Read by electron/shell/app-protocol.ts: the Vite dev server to load the renderer from. */
export const DEV_URL_ENV = 'TILLBOX_DEV_URL';

/**
 * The environment Electron starts with.
 * @param {NodeJS.ProcessEnv} base
 * @param {{ sqliteBinding: string, devUrl?: string | undefined }} opts
 */
export function electronEnv(base, { sqliteBinding, devUrl }) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...base, [SQLITE_BINDING_ENV]: sqliteBinding };
  // Set by some editors' terminals; it would make Electron run main.cjs as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  if (devUrl) env[DEV_URL_ENV] = devUrl;
  else delete env[DEV_URL_ENV];
  return env;
}

/**
 * Everything needed to launch, fetched on the first start: the Electron binary and the
 * Electron build of better-sqlite3. `download: false` never fetches the binary (tests).
 * @param {{ root: string, args: string[], devUrl?: string, download?: boolean, log?: (line: string) => void }} opts
 * @returns {Promise<{ ok: true, binary: string, args: string[], env: NodeJS.ProcessEnv, sqliteBinding: string }
 *   | { ok: false, message: string, noBinary: boolean }>}
 */
export async function prepareElectronLaunch({ root, args, devUrl, download = true, log }) {
  const binary = download ? electronBinary() : installedElectronBinary();
  if (!binary) return { ok: false, message: MISSING, noBinary: true };
  const sqlite = await ensureElectronSqlite({ root, ...(log ? { log } : {}) });
  if (!sqlite.ok) return { ok: false, message: sqlite.message, noBinary: false };
  return {
    ok: true,
    binary,
    args: [path.resolve(root), ...args],
    env: electronEnv(process.env, { sqliteBinding: sqlite.file, devUrl }),
    sqliteBinding: sqlite.file,
  };
}
