import { localHosts } from './host-check';

/**
 * The page may load only our own files and open sockets only back to this host: `'self'`
 * plus the two WebSocket origins spelled out, for browsers whose `'self'` does not yet
 * cover ws: (CSP level 3 says it does). Never `ws:` alone, which is any host.
 */
export function contentSecurityPolicy(port: number): string {
  const sockets = localHosts(port).map((h) => `ws://${h}`);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${sockets.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
