/**
 * Host and Origin: only this machine's own names for the host, and only our own page,
 * may reach the till. A DNS-rebinding page sends its own name as Host and Origin alike.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from '../../electron/host/web/host-check';
import { client, handshake, httpGet, startTestHost, type TestHost } from './web-host-client';

describe('web host: Host and Origin', () => {
  let h: TestHost;
  let port: number;
  let otherPort: number;

  beforeAll(async () => {
    h = await startTestHost();
    port = h.port;
    otherPort = port === 65535 ? port - 1 : port + 1;
  });
  afterAll(() => h.close());

  const badHosts = () => [
    `evil.example:${port}`,
    `127.0.0.1:${otherPort}`,
    `localhost:${otherPort}`,
    '127.0.0.1',
    'localhost',
    `[::1]:${port}`,
    `localhost.:${port}`,
    `127.0.0.1.evil.example:${port}`,
    `0.0.0.0:${port}`,
    `127.0.0.2:${port}`,
    `2130706433:${port}`,
    `127.0.0.1:${port}@evil.example`,
    '',
  ];

  it('plain HTTP is served under Host 127.0.0.1:PORT and localhost:PORT', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const res = await httpGet(port, '/', { Host: host });
      expect(res.status, host).toBe(200);
      expect(res.body).toContain('<title>Tillbox</title>');
    }
  });

  it('plain HTTP under any other Host is refused with 421 and no body of ours', async () => {
    for (const host of badHosts()) {
      const res = await httpGet(port, '/', { Host: host });
      expect(res.status, JSON.stringify(host)).toBe(421);
      expect(res.body).toBe('');
      expect(res.headers['content-security-policy']).toBeUndefined();
    }
  });

  it('plain HTTP without any Host header is refused', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => s.write('GET / HTTP/1.0\r\n\r\n'));
      let text = '';
      s.setEncoding('utf8');
      s.on('data', (c: string) => (text += c));
      s.on('end', () => resolve(text));
      s.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.[01] 421 /);
    expect(answer).not.toContain('Tillbox');
  });

  it('plain HTTP takes only GET and HEAD', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () =>
        s.write(`POST /ipc HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`),
      );
      let text = '';
      s.setEncoding('utf8');
      s.on('data', (c: string) => (text += c));
      s.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1])));
      s.on('error', reject);
    });
    expect(res).toBe(405);
  });

  it('a DNS-rebinding page is refused at the handshake even when its Origin matches its Host', async () => {
    expect(await handshake(port, { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` })).toBe(421);
    for (const host of badHosts()) {
      expect(await handshake(port, { Host: host, Origin: `http://127.0.0.1:${port}` }), JSON.stringify(host)).toBe(421);
      expect(await handshake(port, { Host: host }), JSON.stringify(host)).toBe(421);
    }
  });

  it('our own page on either name, and a local program without an Origin, may open a socket', async () => {
    const own = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      for (const origin of own)
        expect(await handshake(port, { Host: host, Origin: origin }), `${host} ${origin}`).toBe(101);
      expect(await handshake(port, { Host: host }), host).toBe(101);
    }
    const c = await client(h.url, `http://localhost:${port}`);
    expect((await c.call('app.status')).ok).toBe(true);
    c.ws.close();
  });

  it('a null, malformed, foreign or look-alike Origin is refused at the handshake', async () => {
    const origins = [
      'null',
      '',
      'not a url',
      'http://evil.example',
      `http://evil.example:${port}`,
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${otherPort}`,
      'http://127.0.0.1',
      `http://127.0.0.1:${port}/`,
      `http://127.0.0.1:${port}/ipc`,
      `http://user@127.0.0.1:${port}`,
      `http://127.0.0.1:${port}.evil.example`,
      `http://[::1]:${port}`,
      `ws://127.0.0.1:${port}`,
      `file://`,
      `http://127.0.0.1:${port}, http://evil.example`,
    ];
    for (const origin of origins) {
      expect(await handshake(port, { Host: `127.0.0.1:${port}`, Origin: origin }), JSON.stringify(origin)).toBe(403);
    }
  });

  it('IPv6 [::1] is refused: the host does not listen there, and it is no accepted Host or Origin', async () => {
    const reached = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '::1', port, family: 6 });
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
    expect(await httpGet(port, '/', { Host: `[::1]:${port}` })).toMatchObject({ status: 421, body: '' });
    expect(await handshake(port, { Host: `[::1]:${port}` })).toBe(421);
    expect(await handshake(port, { Host: `127.0.0.1:${port}`, Origin: `http://[::1]:${port}` })).toBe(403);
  });

  it('a handshake on any path but /ipc is refused', async () => {
    for (const p of ['/', '/ipc/', '/IPC', '/ipcx', '//evil.example/ipc', '/../ipc']) {
      expect(await handshake(port, { Host: `127.0.0.1:${port}` }, p), p).toBe(404);
    }
    expect(await handshake(port, { Host: `127.0.0.1:${port}` }, '/ipc?x=1')).toBe(101);
  });

  it('the rules as functions: exact names only, the bare name only on port 80', () => {
    expect(isAllowedHost('127.0.0.1:80', 80)).toBe(true);
    expect(isAllowedHost('localhost', 80)).toBe(true);
    expect(isAllowedHost('localhost', 8080)).toBe(false);
    expect(isAllowedHost(undefined, 8080)).toBe(false);
    expect(isAllowedOrigin(undefined, 8080)).toBe(true);
    expect(isAllowedOrigin('http://localhost', 80)).toBe(true);
    expect(isAllowedOrigin('http://localhost:8080', 8080)).toBe(true);
    expect(isAllowedOrigin('null', 8080)).toBe(false);
  });
});
