import type { Unit } from '../../../shared/domain/catalog';
import { QTY_ONE } from '../../../shared/domain/units';
import { parseDecimal, QTY_DECIMALS } from '../catalog/decimal';

/** A cell read to a value, or the reason it cannot be. Pure: the row checks decide what a blank means. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Money in minor units at the store's exponent; never through a float (catalog/decimal.ts). */
export function money(text: string, exponent: number, what: string): Parsed<number> {
  const parsed = parseDecimal(stripCurrency(text), exponent);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return bad(`The ${what} cannot be negative.`);
  if (parsed.value > 100_000_000_000) return bad(`The ${what} "${text}" is too large.`);
  return parsed;
}

/** "£2.49", "2.49 EUR": a currency sign or code around the number is decoration. */
function stripCurrency(text: string): string {
  return text.replace(/^[^\d\-.,]*/u, '').replace(/\s*[A-Za-z\p{Sc}]*$/u, '');
}

/** A quantity in thousandths: "12" is 12000, "0.250" is 250. */
export function quantity(text: string, unit: Unit, what: string): Parsed<number> {
  const parsed = parseDecimal(text, QTY_DECIMALS);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return bad(`The ${what} cannot be negative.`);
  if (parsed.value > 1_000_000_000_000) return bad(`The ${what} "${text}" is too large.`);
  if (unit === 'each' && parsed.value % QTY_ONE !== 0) return bad(`The ${what} of a product sold each is a whole number.`);
  return parsed;
}

const UNIT_WORDS: Record<string, Unit> = {
  each: 'each',
  ea: 'each',
  pc: 'each',
  pcs: 'each',
  piece: 'each',
  unit: 'each',
  kg: 'kg',
  kilo: 'kg',
  kilogram: 'kg',
  l: 'l',
  litre: 'l',
  liter: 'l',
  m: 'm',
  metre: 'm',
  meter: 'm',
};

export function unit(text: string): Parsed<Unit> {
  const found = UNIT_WORDS[text.trim().toLowerCase()];
  return found ? ok(found) : bad(`Unknown unit "${text}"; use each, kg, l or m.`);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'on', 'active']);
const NO = new Set(['no', 'n', 'false', '0', 'off', 'inactive']);

export function flag(text: string, what: string): Parsed<boolean> {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return bad(`"${text}" is not yes or no (${what}).`);
}

/** Barcodes in one cell, separated by "|", ";", "," or spaces. */
export function barcodeList(text: string): string[] {
  return text
    .split(/[|;,\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** Text for a product field: control characters out (a name reaches the receipt printer), trimmed, bounded. */
export function cleanText(text: string, max: number): Parsed<string> {
  const clean = text.replace(/\p{Cc}/gu, ' ').trim();
  return clean.length > max ? bad(`"${clean.slice(0, 40)}…" is longer than ${max} characters.`) : ok(clean);
}
