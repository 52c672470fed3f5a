import { useEffect, useRef } from 'react';

export interface TillShortcutHandlers {
  focusSearch: () => void;
  pay: () => void;
  voidSale: () => void;
  voidLine: () => void;
  discountLine: () => void;
  discountSale: () => void;
  overridePrice: () => void;
  park: () => void;
  parked: () => void;
  step: (delta: 1 | -1) => void;
  /** Arrow up/down with no field focused: select the line above or below. */
  moveSelection: (delta: 1 | -1) => void;
  /** A digit or decimal point typed with no field focused: it belongs in the search box. */
  typeIntoSearch: (key: string) => void;
  /** Enter with nothing focused that uses it (the paid screen's "New sale"). */
  enter: () => void;
  /** F1: find or show the sale's customer. */
  customer?: () => void;
  /** F5: sell, top up or check a gift card. */
  giftCard?: () => void;
  /** Shift+F6: a return against a receipt. */
  startReturn?: () => void;
  /** Shift+F7: the sales history. */
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
 * Till keys: F1 customer, F2 search, F3 price override, F4 pay, F5 gift card, F6 line
 * discount, F7 sale discount, F8 void sale, F9 park, F10 parked sales, Shift+F6 return,
 * Shift+F7 sales history, Delete void line, +/- quantity, arrows move the selected line,
 * Enter new sale after payment, digits typed with nothing focused go to search.
 * Browser meanings of these keys (help, reload, find...) are prevented: this is a till.
 * Off while a dialog is open: dialogs own their keys, and Escape closes them.
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
      const key = e.shiftKey && (e.key === 'F6' || e.key === 'F7') ? `Shift+${e.key}` : e.key;
      switch (key) {
        case 'Shift+F6':
          h.startReturn?.();
          break;
        case 'Shift+F7':
          h.history?.();
          break;
        case 'F2':
          h.focusSearch();
          break;
        case 'F4':
          h.pay();
          break;
        case 'F3':
          h.overridePrice();
          break;
        case 'F6':
          h.discountLine();
          break;
        case 'F7':
          h.discountSale();
          break;
        case 'F8':
          h.voidSale();
          break;
        case 'F9':
          h.park();
          break;
        case 'F10':
          h.parked();
          break;
        case 'F1':
          h.customer?.();
          break;
        case 'F5':
          h.giftCard?.();
          break;
        case 'Delete':
          if (inField) handled = false;
          else h.voidLine();
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
