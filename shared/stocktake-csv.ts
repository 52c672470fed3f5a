import type { UncountedLine, VarianceLine } from './domain/stocktake';
import type { Minor, Qty } from './domain/units';

/**
 * The variance report as CSV, for a spreadsheet: plain decimals with a point (not the
 * store's locale, which a spreadsheet would misread), quantities in units (3 decimals),
 * money in the currency's major unit. Text cells that a spreadsheet would run as a
 * formula (=, +, -, @ first) are prefixed with an apostrophe: a product name is hostile.
 */
export const VARIANCE_CSV_HEADER = ['status', 'sku', 'name', 'unit', 'expected', 'counted', 'variance', 'unit_cost', 'variance_value', 'counted_by'];

export function varianceCsvRows(lines: readonly VarianceLine[], currencyExponent: number): string[] {
  return lines.map((l) =>
    csvRow([
      'counted',
      text(l.sku),
      text(l.name),
      l.unit,
      qtyText(l.expected),
      qtyText(l.counted),
      qtyText(l.variance),
      l.unitCost === null ? '' : moneyText(l.unitCost, currencyExponent),
      moneyText(l.varianceValue, currencyExponent),
      text(l.countedBy.join('; ')),
    ]),
  );
}

export function uncountedCsvRows(lines: readonly UncountedLine[], currencyExponent: number): string[] {
  return lines.map((l) =>
    csvRow([
      'uncounted',
      text(l.sku),
      text(l.name),
      l.unit,
      qtyText(l.onHand),
      '',
      '',
      l.unitCost === null ? '' : moneyText(l.unitCost, currencyExponent),
      '',
      '',
    ]),
  );
}

export function csvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
}

function text(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** Thousandths as a decimal: -1500 is -1.500. */
export function qtyText(qty: Qty): string {
  return fixed(qty, 3);
}

/** Minor units as a decimal of the currency: 1050 cents is 10.50. */
export function moneyText(amount: Minor, exponent: number): string {
  return fixed(amount, exponent);
}

function fixed(n: number, decimals: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(n)).padStart(decimals + 1, '0');
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
