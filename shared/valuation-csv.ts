import type { ValuationReport } from './domain/stock';
import { minorToDecimal } from './valuation-decimal';

/** One CSV cell: quoted when it holds a separator, a quote or a line break; a name that reads as a formula defused. */
function cell(v: string, i: number): string {
  const safe = i < 3 && /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The valuation as CSV, one row per category and location, then each category's total and
 * the grand total. Money as decimals of the store's currency, quantities in units.
 */
export function valuationCsv(
  r: ValuationReport,
  exponent: number,
  labels: { noCategory: string; total: string; now: string },
): string {
  const rows: string[][] = [['as_of', 'category', 'location', 'qty', 'value']];
  const asOf = r.asOf ?? labels.now;
  for (const c of r.categories) {
    const name = c.categoryId === null ? labels.noCategory : c.name;
    for (const l of c.locations) rows.push([asOf, name, l.name, '', minorToDecimal(l.stockValue, exponent)]);
    rows.push([asOf, name, labels.total, minorToDecimal(c.qty, 3), minorToDecimal(c.stockValue, exponent)]);
  }
  rows.push([asOf, labels.total, labels.total, '', minorToDecimal(r.total, exponent)]);
  return rows.map((row) => row.map((v, i) => cell(v, i)).join(',')).join('\r\n') + '\r\n';
}
