/**
 * Rounding rules for money.
 *
 * - Amounts are integers in the currency's minor unit (Minor); quantities are integer
 *   thousandths (Qty). Arithmetic stays in integers so that adding up a day of sales gives
 *   the same figure on every till, in every report, forever: floats would drift.
 * - Where a division is unavoidable (price x weight, tax) it rounds once, half away from
 *   zero (1.5 -> 2, -1.5 -> -2). That is the rule shoppers and tax offices expect, and its
 *   symmetry means a refund is exactly the negative of the sale it undoes.
 * - Every result must be a safe integer; anything that would overflow throws a RangeError
 *   instead of silently losing a cent.
 * - Floats appear only where a number is shown to a person (formatMoney, formatQty).
 */
import type { Minor, Qty } from './domain/units';
import { QTY_ONE } from './domain/units';
import { MAX_CURRENCY_EXPONENT } from './iso-4217';

function assertSafe(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`);
}

/** Integer n / d rounded half away from zero, exact for every safe integer. */
export function divRound(n: number, d: number): number {
  assertSafe(n, 'dividend');
  assertSafe(d, 'divisor');
  if (d <= 0) throw new RangeError(`divisor must be positive, got ${d}`);
  const r = n % d;
  // n - r is an exact multiple of d, so this division has no rounding of its own;
  // n / d in floating point can be off by one near 2^53.
  const q = (n - r) / d;
  // Doubling is exact in binary floating point, so this comparison cannot overflow.
  if (Math.abs(r) * 2 >= d) return n < 0 ? q - 1 : q + 1;
  return q;
}

export function assertMinor(n: number, what = 'amount'): Minor {
  assertSafe(n, what);
  return n;
}

/** unitPrice per 1 each or 1 kg, times a quantity in thousandths, rounded once. */
export function lineAmount(unitPrice: Minor, qty: Qty): Minor {
  assertSafe(unitPrice, 'unit price');
  assertSafe(qty, 'quantity');
  const product = unitPrice * qty;
  // If the true product passed 2^53 the float result did too, so this catches overflow
  // before a silently rounded product reaches divRound.
  if (!Number.isSafeInteger(product)) {
    throw new RangeError(`line amount overflows: ${unitPrice} x ${qty}`);
  }
  return divRound(product, QTY_ONE);
}

/**
 * The weight a price label stands for on a product sold by weight: the label's price
 * divided by the price per kg, in grams (Qty), rounded once half away from zero like
 * every other division here. 2.50 at 1.10/kg is 2.272727 kg -> 2.273 kg.
 *
 * The scale that printed the label weighed the goods and rounded the price; this only
 * recovers the weight to the gram, so the line keeps the label's price as its amount and
 * lineAmount(unitPricePerKg, weight) may differ from it by the worth of half a gram.
 * A price per kg of zero has no weight to derive: RangeError, like any other division by
 * zero here; the cart refuses such a label before it gets this far.
 */
export function weightFromPrice(price: Minor, unitPricePerKg: Minor): Qty {
  assertSafe(price, 'price');
  assertSafe(unitPricePerKg, 'unit price');
  if (unitPricePerKg <= 0) throw new RangeError(`a weight needs a positive price per kg, got ${unitPricePerKg}`);
  const scaled = price * QTY_ONE;
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`weight from price overflows: ${price}`);
  return divRound(scaled, unitPricePerKg);
}

export function sumMinor(values: readonly Minor[]): Minor {
  let total = 0;
  for (const v of values) {
    assertSafe(v, 'amount');
    total += v;
    assertSafe(total, 'sum');
  }
  return total;
}

/**
 * How money is shown: the currency, the minor-unit exponent the store saved at setup
 * (shared/iso-4217.ts), and the locale. StoreSettings is one.
 */
export interface MoneyFormat {
  currency: string;
  currencyExponent: number;
  locale: string;
}

function assertExponent(exponent: number): void {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > MAX_CURRENCY_EXPONENT) {
    throw new RangeError(`a currency exponent is an integer from 0 to ${MAX_CURRENCY_EXPONENT}, got ${exponent}`);
  }
}

// The cart re-renders on every scan; building a NumberFormat is far slower than using one.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount as the store's locale writes it, with exactly the store's saved number of
 * decimals. Intl still picks the symbol, separators and sign, but not the digits: left to
 * itself it rounds to its own idea of the currency's digits, which comes from the
 * runtime's CLDR data (Node 20 with ICU 78 gives HUF none, ISO 4217 two), so 1234567 minor
 * units would show as "12 346 Ft" instead of "12 345,67 Ft".
 */
export function formatMoney(amount: Minor, format: MoneyFormat): string {
  assertSafe(amount, 'amount');
  const { currency, currencyExponent: exp, locale } = format;
  assertExponent(exp);
  const key = `${locale}|${currency.toUpperCase()}|${exp}`;
  let fmt = moneyFormats.get(key);
  if (fmt === undefined) {
    fmt = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exp,
      maximumFractionDigits: exp,
    });
    moneyFormats.set(key, fmt);
  }
  // The one place money becomes a float: display only, and the nearest double to
  // amount / 10^exp rounds back to the same digits at the currency's precision.
  return fmt.format(amount / 10 ** exp);
}

/**
 * What a cashier typed ("12.5", "12,50", "12") in minor units of a currency with
 * `currencyExponent` decimals, or null if it is not a plain non-negative amount. Works on
 * the digits as text so "0.29" can never become 28.999... cents.
 */
export function parseMoneyInput(text: string, currencyExponent: number): Minor | null {
  assertExponent(currencyExponent);
  // Either separator is accepted because keypads and keyboard layouts differ;
  // grouping separators are not, since "1,234" would be ambiguous.
  const m = /^(\d*)(?:[.,](\d*))?$/.exec(text.trim());
  if (m === null) return null;
  const whole = m[1] ?? '';
  const frac = m[2] ?? '';
  if (whole === '' && frac === '') return null;
  if (frac.length > currencyExponent) return null;
  const minor = Number(whole + frac.padEnd(currencyExponent, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

const qtyFormats = new Map<string, Intl.NumberFormat>();

function qtyFormat(locale: string, minDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minDigits}`;
  let fmt = qtyFormats.get(key);
  if (fmt === undefined) {
    // Three digits is the resolution of Qty: one gram, one thousandth of an item.
    fmt = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: 3,
    });
    qtyFormats.set(key, fmt);
  }
  return fmt;
}

/** "2" for items; "1.255 kg", "0.5 l", "2.25 m" for measured goods, always to the thousandth. */
export function formatQty(qty: Qty, unit: 'each' | 'kg' | 'l' | 'm', locale: string): string {
  assertSafe(qty, 'quantity');
  // Display edge: a float is fine here for the same reason as in formatMoney.
  const value = qty / QTY_ONE;
  if (unit === 'each') return qtyFormat(locale, 0).format(value);
  return `${qtyFormat(locale, unit === 'kg' ? 3 : 0).format(value)} ${unit}`;
}

export function changeDue(total: Minor, tendered: Minor): Minor {
  assertSafe(total, 'total');
  assertSafe(tendered, 'tendered');
  if (tendered < total) {
    throw new RangeError(`tendered ${tendered} does not cover total ${total}`);
  }
  return tendered - total;
}

// Notes (and large coins) a customer is likely to hand over, in major units.
const NOTE_STEPS = [5, 10, 20, 50, 100];
// Zero-decimal currencies (JPY, KRW...) have notes two orders of magnitude higher, and the
// 2000 note is rare enough that a button for it would mostly be noise.
const NOTE_STEPS_NO_DECIMALS = [500, 1000, 5000, 10000];
const MAX_QUICK_NOTES = 4;

/**
 * Quick-cash buttons: the exact amount, then the next round note amounts above it, for a
 * currency with `currencyExponent` decimals (the store's saved exponent).
 */
export function quickCashAmounts(total: Minor, currencyExponent: number): Minor[] {
  assertSafe(total, 'total');
  assertExponent(currencyExponent);
  // Nothing to tender on a zero or refund total: only "exact" makes sense.
  if (total <= 0) return [total];
  const exp = currencyExponent;
  const steps = exp === 0 ? NOTE_STEPS_NO_DECIMALS : NOTE_STEPS.map((s) => s * 10 ** exp);
  const notes = new Set<Minor>();
  for (const step of steps) {
    const r = total % step;
    const next = r === 0 ? total : total - r + step;
    if (next !== total && Number.isSafeInteger(next)) notes.add(next);
  }
  const sorted = [...notes].sort((a, b) => a - b).slice(0, MAX_QUICK_NOTES);
  return [total, ...sorted];
}
