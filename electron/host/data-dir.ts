import os from 'node:os';
import path from 'node:path';

/**
 * Where the store's database lives unless --data-dir or TILLBOX_DATA_DIR says
 * otherwise. It is the folder Electron calls userData for an app named Tillbox, so
 * the desktop app and the web host open the same store by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TILLBOX_DATA_DIR) return path.resolve(env.TILLBOX_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Tillbox');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Tillbox');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Tillbox');
}
