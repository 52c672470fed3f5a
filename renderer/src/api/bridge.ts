import type { PosBridge as EnvelopeBridge } from '../../../shared/contract/bridge';
import { WebSocketBridge } from './ws-bridge';

/**
 * The one way the renderer reaches the core. Electron's preload provides the envelope
 * bridge as window.pos; in a plain browser (the web host) the same protocol runs over a
 * WebSocket, which can drop, hence the connection hooks.
 */
export interface PosBridge extends EnvelopeBridge {
  /**
   * Called each time the transport reconnects after a drop. The server binds the login
   * to the connection, so a reconnect means the session is gone.
   */
  onReconnect(cb: () => void): () => void;
  /** Whether requests can currently reach the core; for the offline banner. */
  onConnectionChange(cb: (connected: boolean) => void): () => void;
}

/** Electron's preload bridge never drops: main and renderer live and die together. */
function preloadBridge(pos: EnvelopeBridge): PosBridge {
  return {
    invoke: (channel, input) => pos.invoke(channel, input),
    on: (event, cb) => pos.on(event, cb),
    onReconnect: () => () => undefined,
    onConnectionChange: () => () => undefined,
  };
}

let current: PosBridge | null = null;

export function getBridge(): PosBridge {
  if (current === null) {
    if (window.pos !== undefined) {
      current = preloadBridge(window.pos);
    } else {
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      current = new WebSocketBridge(`${scheme}://${location.host}/ipc`);
    }
  }
  return current;
}
