/**
 * Tax rules.
 *
 * - Rates are basis points (20% = 2000); amounts are Minor. Rounding follows
 *   shared/money.ts: integer division, half away from zero, so a refund's tax is exactly
 *   the negative of the sale's.
 * - Tax-inclusive shops (most of Europe) print shelf prices with tax in: tax is carved out
 *   of the gross. Tax-exclusive shops (US-style) add tax on top of the net.
 * - Tax is computed once per rate over the whole sale, never per line. Rounding every line
 *   drifts by up to a cent per line, so the receipt's breakdown would not add up; one
 *   rounding per rate is what a tax breakdown prints and what EU/UK invoices do.
 */
import type { Bps, Minor } from './domain/units';
import type { TaxBreakdownRow, Totals } from './domain/totals';
import { divRound, sumMinor } from './money';

const BPS_ONE = 10_000;

function assertRate(rateBps: Bps): void {
  if (!Number.isSafeInteger(rateBps) || rateBps < 0) {
    throw new RangeError(`tax rate must be a non-negative integer of basis points, got ${rateBps}`);
  }
}

function times(amount: Minor, rateBps: Bps): number {
  const product = amount * rateBps;
  if (!Number.isSafeInteger(product)) {
    throw new RangeError(`tax on ${amount} at ${rateBps} bps overflows`);
  }
  return product;
}

/** The tax contained in a tax-inclusive amount. */
export function taxFromGross(gross: Minor, rateBps: Bps): Minor {
  assertRate(rateBps);
  return divRound(times(gross, rateBps), BPS_ONE + rateBps);
}

/** The tax to add on top of a tax-exclusive amount. */
export function taxFromNet(net: Minor, rateBps: Bps): Minor {
  assertRate(rateBps);
  return divRound(times(net, rateBps), BPS_ONE);
}

export interface TaxableLine {
  amount: Minor;
  taxRateId: string;
  rateBps: Bps;
  rateName: string;
  rateCode: string;
}

interface RateGroup {
  first: TaxableLine;
  amounts: Minor[];
}

/** Net, tax and total of a sale, with one breakdown row per tax rate. */
export function computeTotals(lines: readonly TaxableLine[], inclusive: boolean): Totals {
  const groups = new Map<string, RateGroup>();
  for (const line of lines) {
    const group = groups.get(line.taxRateId);
    if (group === undefined) {
      groups.set(line.taxRateId, { first: line, amounts: [line.amount] });
    } else if (group.first.rateBps !== line.rateBps) {
      // One id with two rates means the cart was built from inconsistent data; guessing
      // which rate is right would print a wrong tax figure.
      throw new Error(`tax rate ${line.taxRateId} appears with ${group.first.rateBps} and ${line.rateBps} bps`);
    } else {
      group.amounts.push(line.amount);
    }
  }

  const breakdown: TaxBreakdownRow[] = [];
  for (const [taxRateId, { first, amounts }] of groups) {
    const sum = sumMinor(amounts);
    const tax = inclusive ? taxFromGross(sum, first.rateBps) : taxFromNet(sum, first.rateBps);
    breakdown.push({
      taxRateId,
      code: first.rateCode,
      name: first.rateName,
      rateBps: first.rateBps,
      net: inclusive ? sum - tax : sum,
      tax,
      gross: inclusive ? sum : sum + tax,
    });
  }
  // A stable order so the same sale prints the same receipt whatever order lines were rung.
  breakdown.sort((a, b) => compare(a.code, b.code) || compare(a.taxRateId, b.taxRateId));

  return {
    inclusive,
    net: sumMinor(breakdown.map((r) => r.net)),
    tax: sumMinor(breakdown.map((r) => r.tax)),
    total: sumMinor(breakdown.map((r) => r.gross)),
    breakdown,
  };
}

// Plain code-unit order, not localeCompare: receipts must not reorder with the OS locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** "20%", "5.5%", "7%" in the shop's locale. */
export function rateLabel(rateBps: Bps, locale: string): string {
  assertRate(rateBps);
  let fmt = percentFormats.get(locale);
  if (fmt === undefined) {
    // Two digits is the resolution of basis points expressed as a percentage.
    fmt = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    percentFormats.set(locale, fmt);
  }
  return fmt.format(rateBps / BPS_ONE);
}
