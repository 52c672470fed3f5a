/**
 * The Content-Security-Policy the tillbox:// handler sends with every response. The
 * renderer's index.html carries a meta policy too, shared with the web host, which needs
 * WebSockets; a browser enforces both, so this header is what keeps the Electron window
 * off the network: connect-src is our own origin only, because the window talks to main
 * over IPC and has nothing to fetch or open a socket to. Every directive is at least as
 * strict as the meta's (tests/unit/shell-csp.test.ts holds it to that).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets style attributes from script.
  "style-src 'self' 'unsafe-inline'",
  // The receipt barcode is an SVG data URL.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
