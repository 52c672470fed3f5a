import type http from 'node:http';
import sirv from 'sirv';
import { contentSecurityPolicy } from './csp';
import { isAllowedHost } from './host-check';

/**
 * The built renderer over plain HTTP. A request whose Host is not this host is the
 * first step of DNS rebinding and gets 421 with no body, so a rebound page cannot even
 * read our scripts. Only GET and HEAD: nothing here takes a request body.
 */
export function staticFiles(rendererDir: string, port: () => number): http.RequestListener {
  const files = sirv(rendererDir, { single: true, etag: true, dev: false });
  return (req, res) => {
    if (!isAllowedHost(req.headers.host, port())) {
      refuse(res, 421);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      refuse(res, 405);
      return;
    }
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(port()));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  };
}

function refuse(res: http.ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': '0', Connection: 'close' });
  res.end();
}
