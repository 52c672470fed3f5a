import { app, net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { devServerUrlFor } from './launch-env';

/**
 * The renderer is served from tillbox://app/ rather than file://, so the CSP's
 * 'self' means exactly our bundle and nothing else on disk.
 */
export const APP_ORIGIN = 'tillbox://app';

/** `npm run dev` serves the renderer from Vite's dev server; a packaged app never does. */
export function devServerUrl(): string | undefined {
  return devServerUrlFor(app.isPackaged, process.env);
}

/** The one origin the window may show and IPC may come from. */
export function rendererOrigin(): string {
  const dev = devServerUrl();
  return dev ? new URL(dev).origin : APP_ORIGIN;
}

export function registerSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'tillbox', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle('tillbox', (req) => {
    const { pathname } = new URL(req.url);
    const file = path.resolve(root, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
    if (!file.startsWith(root + path.sep)) return new Response('Forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
