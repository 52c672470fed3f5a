import type { Unit } from '../../../shared/domain/catalog';
import type { Qty } from '../../../shared/domain/units';
import { QTY_ONE } from '../../../shared/domain/units';

// The contract's upper bound for a quantity (1000 each / 1000 kg).
const MAX_QTY = 1_000_000;

/**
 * Keypad text to integer thousandths: "1.25" kg (or l, m) -> 1250, "3" each -> 3000. Parsed on
 * the digits, never through a float, and null for anything that is not a positive amount
 * the line can hold.
 */
export function parseQtyInput(text: string, unit: Unit): Qty | null {
  const m = unit !== 'each' ? /^(\d{0,4})(?:[.,](\d{0,3}))?$/.exec(text.trim()) : /^(\d{1,4})$/.exec(text.trim());
  if (m === null) return null;
  const whole = m[1] ?? '';
  const frac = m[2] ?? '';
  if (whole === '' && frac === '') return null;
  const qty = Number(whole || '0') * QTY_ONE + Number(frac.padEnd(3, '0'));
  return qty >= 1 && qty <= MAX_QTY ? qty : null;
}

/** Thousandths as keypad text: 3000 each -> "3", 750 kg -> "0.75", 1500 l -> "1.5". */
export function qtyKeypadText(qty: Qty, unit: Unit): string {
  const whole = Math.trunc(qty / QTY_ONE);
  const frac = String(qty % QTY_ONE).padStart(3, '0').replace(/0+$/, '');
  return unit !== 'each' && frac !== '' ? `${whole}.${frac}` : String(whole);
}
