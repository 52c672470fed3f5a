import { app, session, type WebContents } from 'electron';
import { rendererOrigin } from './app-protocol';

/** A till shows our UI and nothing else: no navigation, no new windows, no permissions. */
export function lockDownContents(contents: WebContents): void {
  const allowed = rendererOrigin();
  contents.on('will-navigate', (e, url) => {
    if (!url.startsWith(allowed)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_e, contents) => lockDownContents(contents));
}
