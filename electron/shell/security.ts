import { app, session, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { isTrustedSenderFrame, mayNavigate, type NavigationRef } from './origin';

/**
 * A till shows our UI and nothing else: no navigation off our origin in any frame, no
 * webviews, no new windows, no permissions. Applied to every WebContents as it is made.
 */
export function applySecurity(allowedOrigin: string): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_e, contents) => lockDownContents(contents, allowedOrigin));
}

function lockDownContents(contents: WebContents, allowedOrigin: string): void {
  const guard = (details: NavigationRef & { preventDefault(): void }) => {
    if (!mayNavigate(details, allowedOrigin)) details.preventDefault();
  };
  // will-navigate covers the main frame, will-frame-navigate every frame, will-redirect a
  // server redirect in either.
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** For registerIpc: the message must come from the main frame of its window, on our origin. */
export function trustedIpcSender(allowedOrigin: string): (e: IpcMainInvokeEvent) => boolean {
  return (e) => {
    try {
      return isTrustedSenderFrame(e.senderFrame, e.sender.mainFrame, allowedOrigin);
    } catch {
      // A window torn down mid-call throws on access; it is not trusted either.
      return false;
    }
  };
}
