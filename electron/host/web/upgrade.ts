import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { isAllowedHost, isAllowedOrigin } from './host-check';

export const IPC_PATH = '/ipc';

/**
 * Decides each WebSocket handshake before the ws library sees it: the Host first (DNS
 * rebinding), as for a page request; then the path; the Origin (another site's page in
 * the visitor's browser); and the number of open sockets. Returns the HTTP status to
 * refuse with, or null to accept.
 */
export function handshakeRefusal(
  req: http.IncomingMessage,
  port: number,
  openSockets: number,
  maxSockets: number,
): number | null {
  if (!isAllowedHost(req.headers.host, port)) return 421;
  if (pathOf(req.url) !== IPC_PATH) return 404;
  if (!isAllowedOrigin(req.headers.origin, port)) return 403;
  if (openSockets >= maxSockets) return 503;
  return null;
}

/** The 'upgrade' listener of the HTTP server: refuse, or hand the socket to ws. */
export function upgradeHandler(wss: WebSocketServer, port: () => number, maxSockets: number) {
  return (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    // ws.handleUpgrade completes in this same tick, so clients.size counts every socket accepted so far.
    const status = handshakeRefusal(req, port(), wss.clients.size, maxSockets);
    if (status === null) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      return;
    }
    // Nobody else listens on this socket now: an error on it must not become an uncaught one.
    socket.on('error', () => socket.destroy());
    socket.once('finish', () => socket.destroy());
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  };
}

/** The request target up to any query, compared as sent: no URL parsing to be fooled by `//host/ipc`. */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}
