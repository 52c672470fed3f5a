// What the launcher (scripts/electron-launch.mjs) tells main through the environment.
// Pure, so the decisions are unit-tested; a test checks the names match the launcher's.

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build in node_modules. */
export const SQLITE_BINDING_ENV = 'TILLBOX_SQLITE_BINDING';
/** `npm run dev`: load the renderer from Vite's dev server. */
export const DEV_URL_ENV = 'TILLBOX_DEV_URL';

/**
 * The better_sqlite3.node main loads, or undefined for the one in node_modules. From a
 * checkout that is the launcher's Electron build. A packaged app ignores the variable: its
 * node_modules were built for Electron when it was packaged, and no environment variable
 * may make an installed till load other native code.
 */
export function sqliteBindingFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  return env[SQLITE_BINDING_ENV] || undefined;
}

/** Only a checkout may be pointed at a dev server; a packaged app always shows its own bundle. */
export function devServerUrlFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  return env[DEV_URL_ENV] || undefined;
}
