/**
 * Tax and totals over random carts (fast-check): whatever the lines, their order, and
 * whether the store's prices include tax, the receipt's figures add up to the cent.
 * The per-rate rule is checked against an oracle in BigInt, written from the rule itself
 * (shared/tax.ts) rather than with the functions under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QTY_ONE } from '../../shared/domain/units';
import { lineAmount } from '../../shared/money';
import { computeTotals, type TaxableLine } from '../../shared/tax';

interface Rate {
  taxRateId: string;
  rateBps: number;
  rateName: string;
  rateCode: string;
}

// Zero-rated, the usual European and American rates, and a fractional one (8.25%).
const RATES: readonly Rate[] = [
  { taxRateId: 'rate-z', rateBps: 0, rateName: 'Zero', rateCode: 'Z' },
  { taxRateId: 'rate-r', rateBps: 500, rateName: 'Reduced', rateCode: 'R' },
  { taxRateId: 'rate-s', rateBps: 2000, rateName: 'Standard', rateCode: 'S' },
  { taxRateId: 'rate-d', rateBps: 1900, rateName: 'Regelsatz', rateCode: 'D' },
  { taxRateId: 'rate-f', rateBps: 550, rateName: 'Taux réduit', rateCode: 'F' },
  { taxRateId: 'rate-t', rateBps: 825, rateName: 'Sales tax', rateCode: 'T' },
  { taxRateId: 'rate-h', rateBps: 2700, rateName: 'Normál', rateCode: 'H' },
];

/** A cart line as the cart builds its amount: counted, weighed, or fixed by a price label. */
const line = (rates: readonly Rate[]): fc.Arbitrary<TaxableLine> =>
  fc
    .tuple(
      fc.constantFrom(...rates),
      fc.oneof(
        // Items sold each: up to 1000.00 a piece, 1 to 50 of them.
        fc
          .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 50 }))
          .map(([price, n]) => lineAmount(price, n * QTY_ONE)),
        // Weighed: up to 500.00 per kg, 1 g to 50 kg.
        fc
          .tuple(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 50_000 }))
          .map(([perKg, grams]) => lineAmount(perKg, grams)),
        // A price label: the five digits of an EAN-13 in-store code.
        fc.integer({ min: 1, max: 99_999 }),
      ),
    )
    .map(([rate, amount]) => ({ ...rate, amount }));

const cart = fc.subarray([...RATES], { minLength: 1 }).chain((rates) => fc.array(line(rates), { maxLength: 40 }));

/** A cart and the same lines in another order. */
const cartAndShuffle = cart.chain((lines) =>
  fc
    .shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length })
    .map((shuffled) => ({ lines, shuffled })),
);

/** The tax rule, from its definition: amount x rate / (10000 + rate) or / 10000, half away from zero. */
function oracleTax(sum: number, rateBps: number, inclusive: boolean): number {
  const n = BigInt(sum) * BigInt(rateBps);
  const d = BigInt(inclusive ? 10_000 + rateBps : 10_000);
  const q = n / d;
  const r = n % d;
  const abs = r < 0n ? -r : r;
  if (abs * 2n >= d) return Number(n < 0n ? q - 1n : q + 1n);
  return Number(q);
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('tax and totals over random carts', () => {
  it('the sum of lines, the per-rate tax and the total agree to the cent, tax-inclusive or exclusive, in any order', () => {
    fc.assert(
      fc.property(cartAndShuffle, fc.boolean(), ({ lines, shuffled }, inclusive) => {
        const totals = computeTotals(lines, inclusive);
        const all = [totals.net, totals.tax, totals.total, ...totals.breakdown.flatMap((r) => [r.net, r.tax, r.gross])];
        for (const v of all) expect(Number.isSafeInteger(v)).toBe(true);

        // What the customer pays is net plus tax, and the lines are the gross or the net.
        expect(totals.inclusive).toBe(inclusive);
        expect(totals.total).toBe(totals.net + totals.tax);
        const lineSum = sum(lines.map((l) => l.amount));
        expect(inclusive ? totals.total : totals.net).toBe(lineSum);

        // One row per rate used, each adding up, and the rows adding up to the totals.
        const used = [...new Set(lines.map((l) => l.taxRateId))].sort();
        expect(totals.breakdown.map((r) => r.taxRateId).sort()).toEqual(used);
        for (const row of totals.breakdown) expect(row.gross).toBe(row.net + row.tax);
        expect(sum(totals.breakdown.map((r) => r.net))).toBe(totals.net);
        expect(sum(totals.breakdown.map((r) => r.tax))).toBe(totals.tax);
        expect(sum(totals.breakdown.map((r) => r.gross))).toBe(totals.total);

        // Each rate's tax is the rule applied once to that rate's sum, not per line.
        for (const row of totals.breakdown) {
          const rateSum = sum(lines.filter((l) => l.taxRateId === row.taxRateId).map((l) => l.amount));
          expect(row.tax).toBe(oracleTax(rateSum, row.rateBps, inclusive));
          expect(inclusive ? row.gross : row.net).toBe(rateSum);
        }

        // The order lines were rung in changes nothing, down to the order of the rows.
        expect(computeTotals(shuffled, inclusive)).toEqual(totals);
      }),
      { numRuns: 2000 },
    );
  });

  it('refunding every line gives exactly the negative totals', () => {
    fc.assert(
      fc.property(cart, fc.boolean(), (lines, inclusive) => {
        const sale = computeTotals(lines, inclusive);
        const refund = computeTotals(
          lines.map((l) => ({ ...l, amount: -l.amount })),
          inclusive,
        );
        // `+ 0` turns -0 into 0: a zero-rated or empty row has no sign.
        const negate = (n: number) => -n + 0;
        expect(refund.net).toBe(negate(sale.net));
        expect(refund.tax).toBe(negate(sale.tax));
        expect(refund.total).toBe(negate(sale.total));
        expect(refund.breakdown.map((r) => [r.taxRateId, r.net, r.tax, r.gross])).toEqual(
          sale.breakdown.map((r) => [r.taxRateId, negate(r.net), negate(r.tax), negate(r.gross)]),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
