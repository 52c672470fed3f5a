import type { Minor } from '../../../shared/domain/units';

/** 2000 -> "20.00" for a 2-digit currency: the keypad text that parseMoneyInput reads back. */
export function minorToKeypadText(amount: Minor, exponent: number): string {
  if (exponent === 0) return String(amount);
  const digits = String(amount).padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
