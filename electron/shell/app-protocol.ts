import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_CSP } from './csp';
import { APP_ORIGIN } from './origin';

export { APP_ORIGIN };

/** The one origin the window may show and IPC may come from: Vite's in `npm run dev`, else ours. */
export function rendererOrigin(devUrl: string | undefined): string {
  return devUrl ? new URL(devUrl).origin : APP_ORIGIN;
}

export function registerSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'tillbox', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle('tillbox', async (req) => {
    const { pathname } = new URL(req.url);
    const file = path.resolve(root, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
    if (!file.startsWith(root + path.sep)) return withPolicy(new Response('Forbidden', { status: 403 }));
    return withPolicy(await net.fetch(pathToFileURL(file).toString()));
  });
}

/** A fetched Response's headers may be immutable, so the policy goes on a copy. */
function withPolicy(res: Response): Response {
  const headers = new Headers(res.headers);
  headers.set('Content-Security-Policy', APP_CSP);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
