import type { PosBridge } from '../../shared/contract/bridge';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser, where the WebSocket bridge is used. */
    pos?: PosBridge;
  }
}

export {};
