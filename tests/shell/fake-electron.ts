/**
 * Just enough of Electron's main-process API (as node_modules/electron/electron.d.ts
 * describes it) to run electron/main.ts in plain Node, recording what main asks of it.
 * It is a model of Electron, not Electron: it proves main's own wiring (which core
 * options, which dialog, which exit, which guards), while the Electron smoke test is
 * what proves the same in Electron where a binary exists.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

type Listener = (...args: unknown[]) => unknown;

export interface FakeFrame {
  url: string;
  processId: number;
  frameToken: string;
  parent: FakeFrame | null;
}

export interface FakeElectron {
  /** What main.ts gets from require('electron'). */
  module: Record<string, unknown>;
  errorBoxes: { title: string; message: string }[];
  windows: { options: unknown; url?: string }[];
  appListeners: Map<string, Listener>;
  protocolHandlers: Map<string, (req: Request) => Promise<Response>>;
  ipcHandlers: Map<string, Listener>;
  mainFrame: FakeFrame;
  /** Resolves with the code main passes to app.exit. */
  exited: Promise<number>;
  /** Resolves once the window has been given its URL. */
  loaded: Promise<string>;
}

export function fakeElectron(opts: { userData: string; isPackaged?: boolean }): FakeElectron {
  let exit: (code: number) => void = () => undefined;
  let load: (url: string) => void = () => undefined;
  const exited = new Promise<number>((r) => (exit = r));
  const loaded = new Promise<string>((r) => (load = r));
  const errorBoxes: FakeElectron['errorBoxes'] = [];
  const windows: FakeElectron['windows'] = [];
  const appListeners = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (req: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, Listener>();
  const mainFrame: FakeFrame = { url: '', processId: 4, frameToken: 'main', parent: null };

  const app = {
    isPackaged: opts.isPackaged ?? false,
    getPath: (name: string) => (name === 'userData' ? opts.userData : `/nonexistent/${name}`),
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    exit: (code: number) => exit(code),
    on(event: string, listener: Listener) {
      appListeners.set(event, listener);
      return app;
    },
    whenReady: () => Promise.resolve(),
  };

  class BrowserWindow {
    private readonly record: { options: unknown; url?: string };
    readonly webContents = { id: 1, mainFrame };
    constructor(options: unknown) {
      this.record = { options };
      windows.push(this.record);
    }
    static getAllWindows(): BrowserWindow[] {
      return [];
    }
    loadURL(url: string): Promise<void> {
      this.record.url = url;
      mainFrame.url = url;
      load(url);
      return Promise.resolve();
    }
  }

  const module = {
    app,
    BrowserWindow,
    dialog: { showErrorBox: (title: string, message: string) => errorBoxes.push({ title, message }) },
    protocol: {
      registerSchemesAsPrivileged: () => undefined,
      handle: (scheme: string, handler: (req: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
    },
    // Electron's net.fetch reads file: URLs; Node's fetch does not.
    net: { fetch: async (url: string) => new Response(fs.readFileSync(fileURLToPath(url))) },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined } },
    ipcMain: {
      handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
  };
  return { module, errorBoxes, windows, appListeners, protocolHandlers, ipcHandlers, mainFrame, exited, loaded };
}
