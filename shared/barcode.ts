/**
 * Scan and barcode rules (see HARDWARE.md, "Barcode scanners").
 *
 * - GTIN check digit (EAN-8, UPC-A, EAN-13, GTIN-14): weights 3,1,3,1... from the rightmost
 *   data digit; check = (10 - sum mod 10) mod 10. It catches every single wrong digit.
 * - In-store EAN-13 codes carry a weight or a price in 5 digits; the product is found by
 *   zeroing those digits and recomputing the check digit. Which prefix means what is a
 *   store setting, so rules are passed in and matched in order.
 */
import type { Minor, Qty } from './domain/units';
import type { InStoreRule } from './instore-rules';
import { divRound } from './money';

const GTIN_LENGTHS = new Set([8, 12, 13, 14]);
const DIGITS = /^\d+$/;

export function gtinCheckDigit(body: string): number {
  if (!DIGITS.test(body)) throw new RangeError(`a GTIN body is digits only, got "${body}"`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin(code: string): boolean {
  if (!GTIN_LENGTHS.has(code.length) || !DIGITS.test(code)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.slice(-1));
}

export function withCheckDigit(body: string): string {
  return body + String(gtinCheckDigit(body));
}

/** A scan as the scanner sent it, minus the framing bytes (STX/ETX, CR, LF, Tab). */
export function normalizeScan(raw: string): string {
  // Scanners are configured with prefixes and suffixes of control characters; they are
  // never part of a code, wherever they appear.
  return raw.replace(/\p{Cc}/gu, '').trim();
}

export interface InStoreScan {
  /** The code the product is registered under: value digits zeroed, check recomputed. */
  lookupCode: string;
  weight?: Qty;
  price?: Minor;
}

// EAN-13 layout: 2 prefix digits, 5 item digits, 5 value digits, 1 check digit.
const VALUE_START = 7;
const VALUE_END = 12;
const QTY_DECIMALS = 3;

/** Moves a value with `from` decimals to `to` decimals, rounding if digits are lost. */
function rescale(value: number, from: number, to: number): number {
  if (!Number.isInteger(from) || from < 0) {
    throw new RangeError(`in-store rule decimals must be a non-negative integer, got ${from}`);
  }
  return to >= from ? value * 10 ** (to - from) : divRound(value, 10 ** (from - to));
}

/**
 * The weight or price an in-store label carries, by the first rule whose prefix it starts
 * with; null if it is not a valid EAN-13 or no rule claims it. A price comes out in the
 * store's minor units, so `currencyExponent` is the store's saved exponent.
 */
export function parseInStoreCode(
  code: string,
  rules: readonly InStoreRule[],
  currencyExponent: number,
): InStoreScan | null {
  if (code.length !== 13 || !isValidGtin(code)) return null;
  const rule = rules.find((r) => r.prefix !== '' && code.startsWith(r.prefix));
  if (rule === undefined) return null;
  const lookupCode = withCheckDigit(`${code.slice(0, VALUE_START)}00000`);
  const value = Number(code.slice(VALUE_START, VALUE_END));
  if (rule.kind === 'weight') {
    return { lookupCode, weight: rescale(value, rule.decimals, QTY_DECIMALS) };
  }
  return { lookupCode, price: rescale(value, rule.decimals, currencyExponent) };
}

export type CodeKind = 'gtin' | 'instore' | 'other';

/**
 * Whether something scanned or typed is a product barcode, an in-store (weight/price)
 * code, or something else such as a SKU. A digits-only SKU can pass a check digit by
 * chance (1 in 10), so callers should still fall back to a SKU lookup.
 */
export function classifyCode(code: string): CodeKind {
  if (!isValidGtin(code)) return 'other';
  // GS1 reserves EAN-13 prefixes 20-29 for restricted, in-store use.
  return code.length === 13 && code.startsWith('2') ? 'instore' : 'gtin';
}

/**
 * A code shaped like a GTIN (8, 12, 13 or 14 digits) whose check digit is wrong: a scanner
 * misread or a finger slip. In-store 2x labels carry a check digit too, so they count.
 */
export function isMisreadGtin(code: string): boolean {
  return GTIN_LENGTHS.has(code.length) && DIGITS.test(code) && !isValidGtin(code);
}

/**
 * The codes that name the same item as `code`: itself, and for a valid 12-digit UPC-A the
 * EAN-13 with a leading zero (and back). The till reads them as one product, so no two
 * products may hold them.
 */
export function sameItemCodes(code: string): string[] {
  if (code.length === 12 && isValidGtin(code)) return [code, `0${code}`];
  if (code.length === 13 && code.startsWith('0') && isValidGtin(code)) return [code, code.slice(1)];
  return [code];
}
