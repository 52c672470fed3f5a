import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract/bridge';
import type { Core } from '../core/core';

/**
 * The Electron transport: the router behind ipcMain.handle. The connection is the
 * sending webContents, so a session belongs to a window and dies with it.
 */
export function registerIpc(core: Core, isTrustedSender: (e: IpcMainInvokeEvent) => boolean): () => void {
  const unsubscribers = new Map<number, () => void>();
  ipcMain.handle(IPC_INVOKE, (e, channel: unknown, input: unknown) => {
    if (!isTrustedSender(e) || typeof channel !== 'string') {
      return { ok: false, error: { code: 'permission_denied', message: 'Untrusted sender' } };
    }
    const sender = e.sender;
    const id = sender.id;
    if (!unsubscribers.has(id)) {
      // Pushes for this window only, filtered by what its session may see.
      unsubscribers.set(
        id,
        core.subscribe(connectionIdOf(id), (event, payload) => {
          if (!sender.isDestroyed()) sender.send(IPC_EVENT, { event, payload });
        }),
      );
      sender.once('destroyed', () => {
        unsubscribers.get(id)?.();
        unsubscribers.delete(id);
        core.disconnect(connectionIdOf(id));
      });
    }
    return core.router.call(connectionIdOf(id), channel, input);
  });
  return () => {
    for (const off of unsubscribers.values()) off();
    unsubscribers.clear();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}

/** The router's name for a window's connection; main.ts grants setup to its first window by it. */
export function connectionIdOf(webContentsId: number): string {
  return `wc:${webContentsId}`;
}
