import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract/bridge';
import type { Core } from '../core/core';

/**
 * The Electron transport: the router behind ipcMain.handle. The connection is the
 * sending webContents, so a session belongs to a window and dies with it.
 */
export function registerIpc(core: Core, isTrustedSender: (e: IpcMainInvokeEvent) => boolean): () => void {
  const seen = new Set<number>();
  ipcMain.handle(IPC_INVOKE, (e, channel: unknown, input: unknown) => {
    if (!isTrustedSender(e) || typeof channel !== 'string') {
      return { ok: false, error: { code: 'permission_denied', message: 'Untrusted sender' } };
    }
    const id = e.sender.id;
    if (!seen.has(id)) {
      seen.add(id);
      e.sender.once('destroyed', () => {
        seen.delete(id);
        core.disconnect(`wc:${id}`);
      });
    }
    return core.router.call(`wc:${id}`, channel, input);
  });
  const offEvents = core.events.onAny((event, payload) => {
    for (const id of seen) webContents.fromId(id)?.send(IPC_EVENT, { event, payload });
  });
  return () => {
    offEvents();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}
