export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | 'clear' | 'back';

export interface KeypadRules {
  /** Digits allowed after the decimal point; 0 means whole numbers only. */
  decimals: number;
  maxLength: number;
}

/** The text after pressing a key; keys that would make the text invalid are ignored. */
export function applyKey(text: string, key: KeypadKey, rules: KeypadRules): string {
  if (key === 'clear') return '';
  if (key === 'back') return text.slice(0, -1);
  if (key === '.') {
    if (rules.decimals === 0 || text.includes('.')) return text;
    return text === '' ? '0.' : `${text}.`;
  }
  if (text.length >= rules.maxLength) return text;
  const dot = text.indexOf('.');
  if (dot >= 0 && text.length - dot - 1 >= rules.decimals) return text;
  // "05" means 5: drop the leading zero rather than show it.
  if (text === '0') return key;
  return text + key;
}

/** Maps a physical key to a keypad key; both separators work whatever the keyboard layout. */
export function keypadKeyFor(key: string): KeypadKey | null {
  if (/^[0-9]$/.test(key)) return key as KeypadKey;
  if (key === '.' || key === ',' || key === 'Decimal') return '.';
  if (key === 'Backspace') return 'back';
  return null;
}
