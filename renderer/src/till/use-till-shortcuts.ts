import { useEffect, useRef } from 'react';

export interface TillShortcutHandlers {
  focusSearch: () => void;
  pay: () => void;
  clear: () => void;
  removeLine: () => void;
  step: (delta: 1 | -1) => void;
  /** Enter with nothing focused that uses it (the paid screen's "New sale"). */
  enter: () => void;
  /** F6: a return against a receipt. */
  startReturn?: () => void;
  /** F7: the sales history. */
  history?: () => void;
}

function typingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * Till keys: F2 search, F4 pay, F6 return, F7 sales history, F8 clear, Delete remove line, +/- quantity, Enter new sale
 * after payment. Off while a dialog is open: dialogs own their keys, and Escape closes them.
 */
export function useTillShortcuts(enabled: boolean, handlers: TillShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const h = ref.current;
      const inField = typingTarget(e.target);
      let handled = true;
      switch (e.key) {
        case 'F2':
          h.focusSearch();
          break;
        case 'F4':
          h.pay();
          break;
        case 'F8':
          h.clear();
          break;
        case 'F6':
          h.startReturn?.();
          break;
        case 'F7':
          h.history?.();
          break;
        case 'Delete':
          if (inField) handled = false;
          else h.removeLine();
          break;
        case '+':
        case '-':
          if (inField) handled = false;
          else h.step(e.key === '+' ? 1 : -1);
          break;
        case 'Enter':
          // A focused button's own Enter (Reprint, a tile) wins over the shortcut.
          if (inField || e.target instanceof HTMLButtonElement) handled = false;
          else h.enter();
          break;
        default:
          handled = false;
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
