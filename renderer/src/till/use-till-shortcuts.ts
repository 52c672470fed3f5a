import { useEffect, useRef } from 'react';

export interface TillShortcutHandlers {
  focusSearch: () => void;
  pay: () => void;
  clear: () => void;
  removeLine: () => void;
  step: (delta: 1 | -1) => void;
  /** Arrow up/down with no field focused: select the line above or below. */
  moveSelection: (delta: 1 | -1) => void;
  /** A digit or decimal point typed with no field focused: it belongs in the search box. */
  typeIntoSearch: (key: string) => void;
  /** Enter with nothing focused that uses it (the paid screen's "New sale"). */
  enter: () => void;
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
 * Till keys: F2 search, F4 pay, F8 clear, Delete remove line, +/- quantity, arrows move the
 * selected line, Enter new sale after payment, digits typed with nothing focused go to search. Off while a dialog is open: dialogs own their keys, and Escape closes them.
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
        case 'Delete':
          if (inField) handled = false;
          else h.removeLine();
          break;
        case '+':
        case '-':
          if (inField) handled = false;
          else h.step(e.key === '+' ? 1 : -1);
          break;
        case 'ArrowUp':
        case 'ArrowDown':
          if (inField) handled = false;
          else h.moveSelection(e.key === 'ArrowUp' ? -1 : 1);
          break;
        case 'Enter':
          // A focused button's own Enter (Reprint, a tile) wins over the shortcut.
          if (inField || e.target instanceof HTMLButtonElement) handled = false;
          else h.enter();
          break;
        default:
          // Hand-keyed digits (a barcode, a quantity) must not vanish when nothing has focus.
          if (!inField && /^[0-9.,]$/.test(e.key)) {
            h.typeIntoSearch(e.key);
          } else handled = false;
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
