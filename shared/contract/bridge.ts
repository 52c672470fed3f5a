import type { Result } from './errors';

/**
 * What the renderer talks to: `window.pos` in Electron (from the preload), or the
 * WebSocket client in a browser. Channel and event names are checked by the typed
 * client built on top of this; the bridge itself only moves envelopes.
 */
export interface PosBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** The two Electron IPC channel names; nothing else crosses the preload. */
export const IPC_INVOKE = 'pos:invoke';
export const IPC_EVENT = 'pos:event';
