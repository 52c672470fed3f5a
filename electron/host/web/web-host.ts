import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import type { Core } from '../../core/core';
import { serveIpcSocket } from './ipc-socket';
import { SerialQueue } from '../../core/serial-queue';
import { DEFAULT_LIMITS, type SocketLimits } from './socket-limits';
import { staticFiles } from './static-files';
import { upgradeHandler } from './upgrade';

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  port: number;
  /** Tests tighten or loosen single limits; the defaults are what `npm run serve` uses. */
  limits?: Partial<SocketLimits>;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

/** A request's headers must arrive within this, so idle half-requests cannot pile up. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Process-wide, so two hosts over one core (tests do this) never share a connection id and its login. */
let nextConnection = 1;

/**
 * The second transport for the same router: the built renderer over HTTP and the
 * contract over a WebSocket at /ipc, on 127.0.0.1 only. Each socket is a connection
 * with its own login session, exactly like an Electron window.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const limits: SocketLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  // Known once listening (port 0 picks one); no request can arrive before that.
  let port = 0;
  const listeningPort = () => port;

  const server = http.createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    staticFiles(opts.rendererDir, listeningPort),
  );
  // Open sockets plus room for page loads: every connection is a file descriptor, and
  // the same process needs descriptors for the database.
  server.maxConnections = limits.maxSockets * 2;

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    // No compression: a small frame that inflates to a huge one is work we never agreed to.
    perMessageDeflate: false,
    // One frame per turn of the event loop, so a socket that pipelines a thousand frames
    // takes turns with the others, and a call that finishes at once is not counted as in flight.
    allowSynchronousEvents: false,
  });
  server.on('upgrade', upgradeHandler(wss, listeningPort, limits.maxSockets));
  const deps = { core: opts.core, limits, now: () => performance.now(), serial: new SerialQueue() };
  wss.on('connection', (ws) => serveIpcSocket(ws, `ws:${nextConnection++}`, deps));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
