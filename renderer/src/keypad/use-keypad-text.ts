import { useCallback, useEffect, useRef, useState } from 'react';
import { applyKey, keypadKeyFor } from './keypad-text';
import type { KeypadKey, KeypadRules } from './keypad-text';

interface KeypadTextOptions extends KeypadRules {
  /** Listen to the physical keyboard (only while the keypad is on screen). */
  active: boolean;
  onEnter: (text: string) => void;
  /** What the field opens on (a line's current quantity); the first key replaces it. */
  initial?: string;
}

/**
 * Text typed on an on-screen keypad or the physical keyboard. The latest text also lives
 * in a ref: a fast "2","0",Enter arrives before React re-renders, and Enter must see "20".
 */
export function useKeypadText({ active, onEnter, decimals, maxLength, initial = '' }: KeypadTextOptions) {
  const [text, setTextState] = useState(initial);
  const textRef = useRef(initial);
  // After a preset (a quick-cash amount) the next key starts a new entry instead of
  // appending to the preset's digits.
  const replaceNextRef = useRef(initial !== '');
  const onEnterRef = useRef(onEnter);
  useEffect(() => {
    onEnterRef.current = onEnter;
  });

  const setText = useCallback((next: string, replaceOnNextKey = false) => {
    textRef.current = next;
    replaceNextRef.current = replaceOnNextKey;
    setTextState(next);
  }, []);

  const press = useCallback(
    (key: KeypadKey) => {
      const base = replaceNextRef.current && key !== 'back' ? '' : textRef.current;
      setText(applyKey(base, key, { decimals, maxLength }));
    },
    [setText, decimals, maxLength],
  );

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Enter') {
        // Also stops a focused keypad button from being "clicked" by Enter.
        e.preventDefault();
        onEnterRef.current(textRef.current);
        return;
      }
      const key = keypadKeyFor(e.key);
      if (key === null) return;
      e.preventDefault();
      press(key);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, press]);

  return { text, setText, press };
}
