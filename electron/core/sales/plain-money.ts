import type { Minor } from '../../../shared/domain/units';

export type PlainMoney = (amount: Minor) => string;

/**
 * Amounts in error messages, with the store's decimals and no currency sign ("5.02",
 * "500" for yen): the core has no locale at hand, and the screen shows its own
 * translated message for the code anyway.
 */
export function plainMoney(exponent: number): PlainMoney {
  return (amount) => {
    const sign = amount < 0 ? '-' : '';
    const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
    return exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  };
}
