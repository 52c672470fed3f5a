// App lifecycle and the window, nothing else: the POS itself is electron/core, and every
// decision the shell makes lives in a module of its own under electron/shell/.
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { createCore, type Core } from './core/core';
import { connectionIdOf, registerIpc } from './host/ipc';
import { APP_ORIGIN, registerSchemeAsPrivileged, rendererOrigin, serveRenderer } from './shell/app-protocol';
import { devServerUrlFor, sqliteBindingFor } from './shell/launch-env';
import { launchOptions } from './shell/launch-options';
import { applySecurity, trustedIpcSender } from './shell/security';
import { startupFailure } from './shell/startup-failure';

let core: Core | null = null;

async function start(): Promise<void> {
  const opts = launchOptions(process.argv, { env: process.env, userData: app.getPath('userData') });
  const root = app.isPackaged ? process.resourcesPath : path.resolve(__dirname, '..', '..');
  const sqliteBinding = sqliteBindingFor(app.isPackaged, process.env);
  core = await createCore({
    dataDir: opts.dataDir,
    demo: opts.demo,
    resourcesDir: path.join(root, 'resources'),
    version: app.getVersion(),
    holder: 'the desktop app',
    ...(sqliteBinding ? { sqliteBinding } : {}),
    ...(opts.printerUri ? { printerUri: opts.printerUri } : {}),
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
    kiosk: opts.kiosk,
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

/**
 * One dialog with the reason, then exit. A store in use or from a newer Tillbox is refused
 * by createCore before it opens anything for writing, so there is no core to close and the
 * data is as it was; app.exit skips the quit events, which have nothing to do either.
 */
async function failToStart(err: unknown): Promise<void> {
  const { title, message } = startupFailure(err);
  dialog.showErrorBox(title, message);
  try {
    await core?.close();
  } catch {
    // Leaving anyway; the data-folder lock goes with the process.
  }
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  // Tillbox is already running: the first copy comes to the front (second-instance) and
  // this one leaves before it opens anything.
  app.quit();
} else {
  registerSchemeAsPrivileged();
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void core?.close());
  app.whenReady().then(start).catch(failToStart);
}
