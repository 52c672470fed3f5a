import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../../core/core';
import { wireRequest } from './protocol';

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  port: number;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

/** Same policy as the Electron window: only our own scripts, and sockets back to us. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The second transport for the same router: the built renderer over HTTP and the
 * contract over a WebSocket at /ipc, on 127.0.0.1 only. Each socket is a connection
 * with its own login session, exactly like an Electron window.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const { core } = opts;
  const files = sirv(opts.rendererDir, { single: true, etag: true, dev: false });
  const server = http.createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });

  const wss = new WebSocketServer({
    server,
    path: '/ipc',
    maxPayload: 1024 * 1024,
    // A page from another site must not drive the till through the visitor's browser.
    verifyClient: (info: { origin: string; req: http.IncomingMessage }) =>
      sameOrigin(info.origin, info.req.headers.host),
  });
  const sockets = new Map<WebSocket, string>();
  let nextConnection = 1;

  wss.on('connection', (ws) => {
    const connectionId = `ws:${nextConnection++}`;
    sockets.set(ws, connectionId);
    // Only what this socket's session may see, decided by the core at each push.
    const unsubscribe = core.subscribe(connectionId, (event, payload) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
    });
    ws.on('message', (data) => {
      void handle(ws, connectionId, data.toString());
    });
    ws.on('close', () => {
      unsubscribe();
      sockets.delete(ws);
      core.disconnect(connectionId);
    });
  });

  async function handle(ws: WebSocket, connectionId: string, text: string): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      ws.send(JSON.stringify({ id: null, ok: false, error: { code: 'invalid_input', message: 'Not JSON' } }));
      return;
    }
    const req = wireRequest.safeParse(raw);
    if (!req.success) {
      const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : null;
      ws.send(
        JSON.stringify({ id, ok: false, error: { code: 'invalid_input', message: 'Expected { id, channel, input }' } }),
      );
      return;
    }
    const result = await core.router.call(connectionId, req.data.channel, req.data.input);
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: req.data.id, ...result }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const ws of sockets.keys()) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** No Origin header (a non-browser client on this machine) or our own page. "null" and junk are refused. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
