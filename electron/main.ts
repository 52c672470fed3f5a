// App lifecycle and the window, nothing else: the POS itself is electron/core.
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, type Core } from './core/core';
import { connectionIdOf, registerIpc } from './host/ipc';
import { APP_ORIGIN, registerSchemeAsPrivileged, rendererOrigin, serveRenderer } from './shell/app-protocol';
import { devServerUrlFor, sqliteBindingFor } from './shell/launch-env';
import { applySecurity, trustedIpcSender } from './shell/security';

const { values: args } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: {
    'data-dir': { type: 'string' },
    demo: { type: 'boolean', default: false },
    printer: { type: 'string' },
    kiosk: { type: 'boolean', default: false },
  },
  strict: false,
});

registerSchemeAsPrivileged();
if (!app.requestSingleInstanceLock()) app.quit();

let core: Core | null = null;

async function start(): Promise<void> {
  const root = app.isPackaged ? process.resourcesPath : path.resolve(__dirname, '..', '..');
  const dataDir =
    typeof args['data-dir'] === 'string'
      ? path.resolve(args['data-dir'])
      : (process.env.TILLBOX_DATA_DIR ?? app.getPath('userData'));
  const sqliteBinding = sqliteBindingFor(app.isPackaged, process.env);
  core = await createCore({
    dataDir,
    demo: args.demo === true,
    resourcesDir: path.join(root, 'resources'),
    version: app.getVersion(),
    holder: 'the desktop app',
    ...(sqliteBinding ? { sqliteBinding } : {}),
    ...(typeof args.printer === 'string' ? { printerUri: args.printer } : {}),
  });
  const devUrl = devServerUrlFor(app.isPackaged, process.env);
  const origin = rendererOrigin(devUrl);
  applySecurity(origin);
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  registerIpc(core, trustedIpcSender(origin));

  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    kiosk: args.kiosk === true,
    backgroundColor: '#f8f9fa',
    title: 'Tillbox',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  });
  // The till's own first window may set up a fresh store; a page from anywhere else needs
  // the one-time code (see SetupGate).
  core.allowSetup(connectionIdOf(win.webContents.id));
  await win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
}

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => void core?.close());
app
  .whenReady()
  .then(start)
  .catch((err: unknown) => {
    // A database from a newer version, an unreadable data folder: say it in a window.
    dialog.showErrorBox('Tillbox cannot start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
