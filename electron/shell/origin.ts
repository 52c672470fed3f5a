// Who may talk to main and where the window may go, decided on exact origins. Pure (no
// Electron import) so the rules are unit-tested in Node; security.ts applies them.

/**
 * The renderer is served from tillbox://app/ rather than file://, so the CSP's 'self'
 * means exactly our bundle and nothing else on disk.
 */
export const APP_ORIGIN = 'tillbox://app';

/**
 * Whether `url` is on exactly the origin of `allowedOrigin` (which may carry a path or a
 * trailing slash, like a dev-server URL). A prefix test would let tillbox://app.evil and
 * http://localhost:51730 through.
 *
 * Scheme and host are compared rather than URL.origin: Node's WHATWG URL gives the origin
 * 'null' for a scheme it does not know, such as tillbox:, so two different tillbox: URLs
 * would look alike. For http(s) the host includes any non-default port, so the pair is the
 * origin. A URL with a user name or password is refused: the till never makes one, and
 * user@host is the classic way to make one host look like another.
 */
export function isAllowedOrigin(url: string, allowedOrigin: string): boolean {
  const target = parse(url);
  const allowed = parse(allowedOrigin);
  if (!target || !allowed || allowed.host === '') return false;
  if (target.username !== '' || target.password !== '') return false;
  return target.protocol === allowed.protocol && target.host === allowed.host;
}

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameRef {
  readonly url: string;
  readonly processId: number;
  readonly frameToken: string;
  readonly parent: unknown;
}

/**
 * IPC is taken only from the top frame of the window, showing our origin. An iframe, even
 * one on our own origin, has no business with the till; neither has a frame that has
 * navigated away or gone (Electron then gives no sender frame). Frames are compared by
 * process and frame token, because Electron may hand out two WebFrameMain objects for one
 * frame.
 */
export function isTrustedSenderFrame(
  senderFrame: FrameRef | null | undefined,
  mainFrame: FrameRef,
  allowedOrigin: string,
): boolean {
  if (!senderFrame || senderFrame.parent !== null) return false;
  if (senderFrame.processId !== mainFrame.processId || senderFrame.frameToken !== mainFrame.frameToken) return false;
  return isAllowedOrigin(senderFrame.url, allowedOrigin);
}

/** The parts of a will-navigate / will-frame-navigate / will-redirect event the guard reads. */
export interface NavigationRef {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** The window may only go to our own origin; the till shows no frames, so no frame may navigate at all. */
export function mayNavigate(nav: NavigationRef, allowedOrigin: string): boolean {
  return nav.isMainFrame && isAllowedOrigin(nav.url, allowedOrigin);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
