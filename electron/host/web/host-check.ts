/**
 * Who may talk to the web host. It listens on 127.0.0.1 only, but a page on any site can
 * make the visitor's browser connect there: by DNS rebinding (evil.example resolving to
 * 127.0.0.1, so the browser sends `Host: evil.example:PORT` and treats the till as
 * evil.example's own), or by opening a WebSocket across origins, which browsers allow.
 * So the Host header must name this host exactly, and a browser's Origin must be our
 * own page. Exact strings, not parsed URLs: there is nothing to normalize for a name a
 * browser sends, and parsing is where lookalikes slip through.
 */

/** The names a browser on this machine uses for the host: `127.0.0.1:PORT` and `localhost:PORT`. */
export function localHosts(port: number): string[] {
  // A browser leaves out the default port, so on port 80 the bare name is what arrives.
  const names = ['127.0.0.1', 'localhost'];
  return port === 80 ? names.flatMap((n) => [`${n}:80`, n]) : names.map((n) => `${n}:${port}`);
}

/** The origins of our own page: `http://127.0.0.1:PORT` and `http://localhost:PORT`. */
export function localOrigins(port: number): string[] {
  return localHosts(port).map((h) => `http://${h}`);
}

/** Host names are case-insensitive; anything else (IPv6, a trailing dot, another name, none) is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && localHosts(port).includes(host.toLowerCase());
}

/**
 * No Origin means a program on this machine that is not a browser, which the Host check
 * already confines; "null" (a sandboxed frame, a file: page) and anything not exactly our
 * origin are refused.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || localOrigins(port).includes(origin.toLowerCase());
}
