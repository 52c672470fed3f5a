import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  isAllowedOrigin,
  isTrustedSenderFrame,
  mayNavigate,
  type FrameRef,
} from '../../electron/shell/origin';

const DEV = 'http://localhost:5173/';

describe('the window and IPC accept exactly our origin, never a prefix of it', () => {
  it.each([
    ['tillbox://app/index.html', APP_ORIGIN],
    ['tillbox://app/', APP_ORIGIN],
    ['tillbox://app', APP_ORIGIN],
    ['tillbox://app/assets/index-abc.js?x=1#y', APP_ORIGIN],
    ['http://localhost:5173/', DEV],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://localhost/', 'http://localhost:80'],
  ])('%s is on %s', (url, allowed) => {
    expect(isAllowedOrigin(url, allowed)).toBe(true);
  });

  it.each([
    // Prefix attacks on the custom scheme, which Node's URL gives the origin 'null'.
    ['tillbox://app.evil/index.html', APP_ORIGIN],
    ['tillbox://app.evil', APP_ORIGIN],
    ['tillbox://apple/', APP_ORIGIN],
    ['tillbox://app:8080/', APP_ORIGIN],
    ['tillbox://evil@app/', APP_ORIGIN],
    ['tillbox://app@evil/', APP_ORIGIN],
    ['tillbox:app', APP_ORIGIN],
    ['tillbox:///app', APP_ORIGIN],
    // Prefix attacks on the dev server.
    ['http://localhost:51730/', DEV],
    ['http://localhost:5173.evil.com/', DEV],
    ['http://localhost:5173@evil.com/', DEV],
    ['http://user:pw@localhost:5173/', DEV],
    ['http://localhost:5174/', DEV],
    ['http://127.0.0.1:5173/', DEV],
    ['http://localhost/', DEV],
    // Other schemes on the same host.
    ['https://localhost:5173/', DEV],
    ['ws://localhost:5173/', DEV],
    ['blob:http://localhost:5173/7d0e-uuid', DEV],
    ['blob:tillbox://app/7d0e-uuid', APP_ORIGIN],
    ['file:///app/index.html', APP_ORIGIN],
    ['data:text/html,<h1>hi</h1>', APP_ORIGIN],
    ['about:blank', APP_ORIGIN],
    ['javascript:alert(1)', APP_ORIGIN],
    ['https://app/', APP_ORIGIN],
    ['TILLBOX://APP/', APP_ORIGIN],
    ['', APP_ORIGIN],
    ['not a url', APP_ORIGIN],
  ])('%s is not on %s', (url, allowed) => {
    expect(isAllowedOrigin(url, allowed)).toBe(false);
  });

  it('an allowed origin without a host allows nothing', () => {
    expect(isAllowedOrigin('file:///x', 'file:///')).toBe(false);
    expect(isAllowedOrigin('tillbox:app', 'tillbox:app')).toBe(false);
  });
});

describe('IPC is taken only from the main frame of the window, on our origin', () => {
  const main: FrameRef = { url: 'tillbox://app/index.html', processId: 7, frameToken: 'main-token', parent: null };

  it('the main frame on our origin is trusted, even as another object for the same frame', () => {
    expect(isTrustedSenderFrame(main, main, APP_ORIGIN)).toBe(true);
    expect(isTrustedSenderFrame({ ...main }, main, APP_ORIGIN)).toBe(true);
  });

  it('a subframe is not trusted, even on our own origin', () => {
    const iframe: FrameRef = { url: 'tillbox://app/index.html', processId: 7, frameToken: 'child-token', parent: main };
    expect(isTrustedSenderFrame(iframe, main, APP_ORIGIN)).toBe(false);
    // Claiming the main frame's token does not help a frame that has a parent.
    expect(isTrustedSenderFrame({ ...iframe, frameToken: 'main-token' }, main, APP_ORIGIN)).toBe(false);
  });

  it('a top-level frame that is not this window’s main frame is not trusted', () => {
    expect(isTrustedSenderFrame({ ...main, frameToken: 'other' }, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderFrame({ ...main, processId: 8 }, main, APP_ORIGIN)).toBe(false);
  });

  it('the main frame on another origin is not trusted', () => {
    for (const url of [
      'tillbox://app.evil/index.html',
      'http://localhost:5173/',
      'about:blank',
      'file:///index.html',
    ]) {
      const frame = { ...main, url };
      expect(isTrustedSenderFrame(frame, frame, APP_ORIGIN)).toBe(false);
    }
  });

  it('a sender frame that has navigated away or gone (null) is not trusted', () => {
    expect(isTrustedSenderFrame(null, main, APP_ORIGIN)).toBe(false);
    expect(isTrustedSenderFrame(undefined, main, APP_ORIGIN)).toBe(false);
  });

  it('in npm run dev the dev server origin is the trusted one, with or without a trailing slash', () => {
    const dev: FrameRef = { ...main, url: 'http://localhost:5173/' };
    expect(isTrustedSenderFrame(dev, dev, 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSenderFrame(dev, dev, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSenderFrame({ ...dev, url: 'http://localhost:51730/' }, dev, 'http://localhost:5173')).toBe(false);
  });
});

describe('the window may only navigate its main frame, and only to our origin', () => {
  it('the main frame may move within our origin', () => {
    expect(mayNavigate({ url: 'tillbox://app/index.html#/till', isMainFrame: true }, APP_ORIGIN)).toBe(true);
    expect(mayNavigate({ url: 'http://localhost:5173/', isMainFrame: true }, DEV)).toBe(true);
  });

  it('the main frame may not leave it', () => {
    for (const url of [
      'tillbox://app.evil/',
      'https://example.com/',
      'http://localhost:51730/',
      'file:///etc/passwd',
      'data:text/html,x',
    ]) {
      expect(mayNavigate({ url, isMainFrame: true }, APP_ORIGIN)).toBe(false);
    }
  });

  it('no subframe may navigate, wherever to', () => {
    expect(mayNavigate({ url: 'tillbox://app/index.html', isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(mayNavigate({ url: 'https://example.com/', isMainFrame: false }, APP_ORIGIN)).toBe(false);
  });
});
