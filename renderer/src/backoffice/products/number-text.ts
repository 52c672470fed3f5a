import type { Qty } from '../../../../shared/domain/units';
import { QTY_ONE } from '../../../../shared/domain/units';

/**
 * "12" -> 12000, "2.5" -> 2500: a quantity typed in units of the product, in thousandths.
 * On the digits as text, never through a float; null when it is not a plain number with at
 * most three decimals.
 */
export function unitsToQty(text: string): Qty | null {
  const m = /^(\d{0,9})(?:[.,](\d{0,3}))?$/.exec(text.trim());
  if (m === null) return null;
  const whole = m[1] ?? '';
  const frac = m[2] ?? '';
  if (whole === '' && frac === '') return null;
  return Number(whole || '0') * QTY_ONE + Number(frac.padEnd(3, '0'));
}

/** 12000 -> "12", 2500 -> "2.5": the form's text for a quantity in thousandths. */
export function qtyToUnits(qty: Qty): string {
  const whole = Math.trunc(qty / QTY_ONE);
  const frac = String(qty % QTY_ONE)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return frac === '' ? String(whole) : `${whole}.${frac}`;
}

/**
 * "10" -> 1000, "-5" -> -500, "2.5" -> 250, "+7,25" -> 725 basis points: a price change
 * typed as a signed percentage, with at most two decimals; null otherwise, or when it would
 * take a price to zero or below (-100 % or less).
 */
export function signedPercentToBps(text: string): number | null {
  const m = /^([+-]?)(\d{1,4})(?:[.,](\d{0,2}))?$/.exec(text.trim());
  if (m === null) return null;
  const size = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  const bps = m[1] === '-' ? -size : size;
  if (bps === 0 || bps <= -10_000 || bps > 100_000) return null;
  return bps;
}

/** The minor units as the form's text, with the store's decimals: 1250 -> "12.50". */
export function minorToText(amount: number, exponent: number): string {
  if (exponent === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const unit = 10 ** exponent;
  return `${sign}${Math.trunc(abs / unit)}.${String(abs % unit).padStart(exponent, '0')}`;
}
