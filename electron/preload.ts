// The whole preload: one object on window, no logic. Runs sandboxed, so it may
// only require 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type PosBridge } from '../shared/contract/bridge';
import type { Result } from '../shared/contract/errors';

const pos = {
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke(IPC_INVOKE, channel, input) as Promise<Result<unknown>>,
  on: (event: string, listener: (payload: unknown) => void) => {
    const relay = (_e: IpcRendererEvent, msg: { event: string; payload: unknown }) => {
      if (msg.event === event) listener(msg.payload);
    };
    ipcRenderer.on(IPC_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, relay);
    };
  },
} satisfies PosBridge;

contextBridge.exposeInMainWorld('pos', pos);
