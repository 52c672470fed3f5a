/**
 * Discounts: how a line's and a sale's discount become the amounts that are taxed.
 *
 * The rule, in order:
 * 1. A line's gross is unit price x quantity (shared/money.ts lineAmount), or the amount a
 *    price label or a returned sale fixed. A price override changes the unit price; the
 *    catalog price is kept beside it, so the receipt can show what was overridden.
 * 2. A line discount comes off that line: a percentage rounds once (half away from zero),
 *    an amount is capped at the line's gross. Lines with a fixed amount from a returned sale
 *    and gift card lines take no discount.
 * 3. A sale discount is worked out on the sum of the discountable lines after their own
 *    discounts (a percentage rounds once; an amount is capped at that sum), then allocated
 *    to those lines in proportion to their amounts by the largest-remainder method: each
 *    line takes the floor of its exact share, and the minor units left over go one each to
 *    the lines with the largest remainders, ties to the larger line, then to the lower
 *    `key`. Keys are line ids, not positions, so the same lines in any order get the same
 *    shares, and the shares add up to the sale discount exactly.
 * 4. A line's amount is its gross less both discounts; that amount, never a discount, is
 *    what shared/tax.ts groups by rate and rounds once per rate. So every rate's tax is
 *    exact on what the customer pays for goods at that rate, and the receipt's total is
 *    always the sum of the line amounts: no cent appears or vanishes whatever the order of
 *    lines and discounts.
 */
import type { Bps, Minor, Qty } from './domain/units';
import { divRound, sumMinor } from './money';

export type DiscountKind = 'percent' | 'amount';

/** A discount as the cashier gave it: basis points for 'percent', minor units for 'amount'. */
export interface DiscountSpec {
  kind: DiscountKind;
  value: number;
}

export interface PricedLineInput {
  /** A stable id: ties in the allocation go by it, never by position. */
  key: string;
  /** Price x quantity, or the amount a label or a returned sale fixed (negative for returns). */
  gross: Minor;
  discount: DiscountSpec | null;
  /** Return lines and gift cards take no discount. */
  discountable: boolean;
}

export interface PricedLine {
  key: string;
  gross: Minor;
  /** The line's own discount. */
  lineDiscount: Minor;
  /** The line's share of the sale discount. */
  saleDiscount: Minor;
  /** gross - lineDiscount - saleDiscount: what is taxed and paid. */
  amount: Minor;
}

export interface PricedCart {
  lines: PricedLine[];
  /** The sale discount as worked out (before allocation, equal to the sum of the shares). */
  saleDiscount: Minor;
  /** Every discount of the sale: line discounts plus the sale discount. */
  discountTotal: Minor;
}

const BPS_ONE = 10_000;

function assertSpec(spec: DiscountSpec): void {
  if (!Number.isSafeInteger(spec.value) || spec.value < 0) {
    throw new RangeError(`a discount is a non-negative integer, got ${spec.value}`);
  }
  if (spec.kind === 'percent' && spec.value > BPS_ONE) {
    throw new RangeError(`a percentage discount is at most 100% (10000 bps), got ${spec.value}`);
  }
}

/** The discount a spec takes off a non-negative base, rounded once and never above the base. */
export function discountOn(base: Minor, spec: DiscountSpec): Minor {
  assertSpec(spec);
  if (base <= 0) return 0;
  if (spec.kind === 'amount') return Math.min(spec.value, base);
  const product = base * spec.value;
  if (!Number.isSafeInteger(product)) throw new RangeError(`discount on ${base} overflows`);
  return Math.min(divRound(product, BPS_ONE), base);
}

/**
 * Splits `total` over `weights` (non-negative) in proportion, by largest remainder; the
 * parts add up to `total` exactly. Ties go to the larger weight, then the lower key.
 */
export function allocate(total: Minor, weights: readonly { key: string; weight: Minor }[]): Map<string, Minor> {
  const parts = new Map<string, Minor>();
  const sum = sumMinor(weights.map((w) => w.weight));
  if (total === 0 || sum <= 0) {
    for (const w of weights) parts.set(w.key, 0);
    return parts;
  }
  if (total < 0 || total > sum) throw new RangeError(`cannot allocate ${total} over ${sum}`);
  // total * weight can pass 2^53 on absurd carts: BigInt keeps the floor and remainder exact.
  const big = BigInt(total);
  const bigSum = BigInt(sum);
  const shares = weights.map((w) => {
    if (w.weight < 0) throw new RangeError('allocation weights are non-negative');
    const exact = big * BigInt(w.weight);
    return { key: w.key, weight: w.weight, floor: Number(exact / bigSum), rem: exact % bigSum };
  });
  let left = total - sumMinor(shares.map((s) => s.floor));
  const order = [...shares].sort(
    (a, b) => (a.rem === b.rem ? 0 : a.rem > b.rem ? -1 : 1) || b.weight - a.weight || compareKeys(a.key, b.key),
  );
  for (const s of order) {
    if (left === 0) break;
    s.floor += 1;
    left -= 1;
  }
  for (const s of shares) parts.set(s.key, s.floor);
  return parts;
}

/** The rule above: each line's discounts and amount, and the sale's discount total. */
export function priceCart(lines: readonly PricedLineInput[], saleDiscount: DiscountSpec | null): PricedCart {
  const afterLine = lines.map((l) => {
    const lineDiscount = l.discountable && l.discount !== null ? discountOn(l.gross, l.discount) : 0;
    return { ...l, lineDiscount, net: l.gross - lineDiscount };
  });
  const eligible = afterLine.filter((l) => l.discountable && l.net > 0);
  const base = sumMinor(eligible.map((l) => l.net));
  const sale = saleDiscount === null ? 0 : discountOn(base, saleDiscount);
  const shares = allocate(
    sale,
    eligible.map((l) => ({ key: l.key, weight: l.net })),
  );
  const priced = afterLine.map((l) => {
    const share = shares.get(l.key) ?? 0;
    return { key: l.key, gross: l.gross, lineDiscount: l.lineDiscount, saleDiscount: share, amount: l.net - share };
  });
  return {
    lines: priced,
    saleDiscount: sale,
    discountTotal: sumMinor(priced.map((l) => l.lineDiscount + l.saleDiscount)),
  };
}

/**
 * How deep a discount cuts, in basis points of what it comes off, for comparing with a
 * role's limit: a percentage is itself; an amount or a price override is measured against
 * the gross, rounded up so a limit is never passed by rounding.
 */
export function discountDepthBps(gross: Minor, discount: Minor): Bps {
  if (gross <= 0 || discount <= 0) return 0;
  const product = discount * BPS_ONE;
  if (!Number.isSafeInteger(product)) throw new RangeError('discount depth overflows');
  const rem = product % gross;
  // Exact integer ceiling: product - rem divides evenly, so the division cannot round.
  return (product - rem) / gross + (rem > 0 ? 1 : 0);
}

// Plain code-unit order, like shared/tax.ts: never the OS locale's.
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Cash rounding: the remainder a cash payment settles, to the nearest `increment` minor
 * units (5 for Swiss and Australian 0.05, 10 for 0.10), halves away from zero. An
 * increment of 0 or 1 means no rounding. Returns the rounded amount; the rounding line is
 * the difference. Works for refunds (negative remainders) the same way.
 */
export function roundCash(remainder: Minor, increment: Minor): Minor {
  if (!Number.isSafeInteger(increment) || increment < 0) {
    throw new RangeError(`a cash rounding increment is a non-negative integer, got ${increment}`);
  }
  if (increment <= 1) return remainder;
  return divRound(remainder, increment) * increment;
}

/**
 * What returning `qty` of a sold line refunds (positive): the line's amount after its
 * discounts, in proportion to the quantity, rounded once. The return that takes back the
 * last of the line refunds exactly what is left, so however a line is returned, in one go
 * or piece by piece, the refunds add up to what was paid for it and never more; discounts
 * therefore come back in proportion too, and tax is worked out on the refund per rate.
 */
export function refundFor(
  line: { soldQty: Qty; soldAmount: Minor; leftQty: Qty; leftAmount: Minor },
  qty: Qty,
): Minor {
  if (!Number.isSafeInteger(qty) || qty <= 0 || qty > line.leftQty) {
    throw new RangeError(`can return 1 to ${line.leftQty} thousandths of this line, not ${qty}`);
  }
  if (qty === line.leftQty) return line.leftAmount;
  const product = line.soldAmount * qty;
  if (!Number.isSafeInteger(product)) throw new RangeError('refund overflows');
  return Math.min(divRound(product, line.soldQty), line.leftAmount);
}
