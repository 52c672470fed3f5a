import { useSyncExternalStore } from 'react';

/**
 * Non-blocking notices (unknown barcode, connection lost). A plain store rather than
 * React state so the scanner and the transport can raise one from outside a component.
 */
export type NoticeTone = 'error' | 'warning' | 'info' | 'success';

export interface Notice {
  id: number;
  tone: NoticeTone;
  message: string;
}

const VISIBLE_MS = 6000;
const MAX_NOTICES = 3;

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function dismissNotice(id: number): void {
  notices = notices.filter((n) => n.id !== id);
  emit();
}

/** Clears every notice, e.g. when the back office gives the screen back to the till. */
export function clearNotices(): void {
  notices = [];
  emit();
}

export function notify(tone: NoticeTone, message: string): void {
  const id = nextId++;
  // Newest first, and a scan storm must not bury the screen in notices.
  notices = [{ id, tone, message }, ...notices].slice(0, MAX_NOTICES);
  emit();
  window.setTimeout(() => dismissNotice(id), VISIBLE_MS);
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function useNotices(): Notice[] {
  return useSyncExternalStore(subscribe, () => notices);
}
