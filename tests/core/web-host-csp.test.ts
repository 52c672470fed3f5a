/**
 * The page may open sockets only back to the web host itself: never `ws:` or `wss:`
 * alone, which would let injected script talk to any host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet, startTestHost, type TestHost } from './web-host-client';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('web host: Content-Security-Policy', () => {
  let h: TestHost;

  beforeAll(async () => {
    h = await startTestHost();
  });
  afterAll(() => h.close());

  it("the CSP header's connect-src names only this host's own origin and sockets", async () => {
    for (const host of [`127.0.0.1:${h.port}`, `localhost:${h.port}`]) {
      const res = await httpGet(h.port, '/till', { Host: host });
      const csp = directives(res.headers['content-security-policy'] as string);
      expect(csp.get('connect-src')).toEqual(["'self'", `ws://127.0.0.1:${h.port}`, `ws://localhost:${h.port}`]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
    }
  });

  it("index.html's CSP meta lets the page connect only to its own origin", () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const csp = directives(meta![1]!);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });
});
