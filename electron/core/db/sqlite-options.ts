import type Database from 'better-sqlite3';

export interface SqliteOptions {
  /**
   * better-sqlite3's compiled addon to load instead of the one in node_modules. The
   * Electron app passes the build made for Electron's ABI (scripts/electron-native.mjs);
   * tests and the web host load the Node build from node_modules.
   */
  nativeBinding?: string | undefined;
}

export function sqliteOptions(opts: SqliteOptions, more: Database.Options = {}): Database.Options {
  return opts.nativeBinding ? { ...more, nativeBinding: opts.nativeBinding } : more;
}
