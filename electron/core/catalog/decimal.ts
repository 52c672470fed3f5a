/**
 * Decimal text to integers by moving digits, never through a float: Number('0.29') * 100
 * is 28.999999999999996, and a catalog import must not lose a penny on the way in.
 */

/** Quantities are thousandths (shared/domain/units.ts), so stock takes three decimals. */
export const QTY_DECIMALS = 3;

export type DecimalResult = { ok: true; value: number } | { ok: false; message: string };

/** Reads "2.49" with `decimals` 2 as 249. More decimals than `decimals` is an error, not a rounding. */
export function parseDecimal(text: string, decimals: number): DecimalResult {
  const trimmed = text.trim();
  const normalized = withDecimalPoint(trimmed);
  if (normalized === null) {
    return { ok: false, message: `"${trimmed}" is ambiguous: write it without thousands separators, with a point for decimals.` };
  }
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(normalized);
  if (!match) return { ok: false, message: `"${trimmed}" is not a number.` };
  const [, minus, whole = '', fraction = ''] = match;
  if (fraction.length > decimals) {
    return {
      ok: false,
      message: decimals === 0 ? `"${trimmed}" must be a whole number.` : `"${trimmed}" has more than ${decimals} decimal places.`,
    };
  }
  const magnitude = Number(whole + fraction.padEnd(decimals, '0'));
  if (!Number.isSafeInteger(magnitude)) return { ok: false, message: `"${trimmed}" is too large.` };
  // `|| 0` turns "-0" into 0 rather than -0.
  return { ok: true, value: minus ? -magnitude || 0 : magnitude };
}

/**
 * A comma counts as the decimal point only where it cannot be a thousands separator: it is
 * the only separator and is not followed by exactly three digits. "1,250" stays an error
 * because it is 1250 in London and 1.25 in Berlin. Returns null when ambiguous.
 */
function withDecimalPoint(text: string): string | null {
  const comma = text.indexOf(',');
  if (comma < 0) return text;
  if (text.includes('.') || comma !== text.lastIndexOf(',') || /,\d{3}$/.test(text)) return null;
  return text.replace(',', '.');
}
