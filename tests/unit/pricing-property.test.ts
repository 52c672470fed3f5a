/**
 * The discount rule of shared/pricing.ts over random carts (fast-check): whatever the
 * lines, their order and the discounts on them, every line's amount and the sale's totals
 * come out the same to the cent, the sale discount's shares add up to it exactly, and no
 * line goes below zero. Tax is then worked out per rate on what the lines pay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceCart, type DiscountSpec, type PricedLineInput } from '../../shared/pricing';
import { computeTotals, taxFromGross, taxFromNet } from '../../shared/tax';

const RATES = [
  { taxRateId: 'r0', rateBps: 0, rateName: 'Zero', rateCode: 'Z' },
  { taxRateId: 'r5', rateBps: 500, rateName: 'Reduced', rateCode: 'R' },
  { taxRateId: 'r20', rateBps: 2000, rateName: 'Standard', rateCode: 'S' },
  { taxRateId: 'r825', rateBps: 825, rateName: 'Sales tax', rateCode: 'T' },
] as const;

const spec: fc.Arbitrary<DiscountSpec> = fc.oneof(
  fc.record({ kind: fc.constant('percent' as const), value: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), value: fc.integer({ min: 0, max: 50_000 }) }),
);

interface Line extends PricedLineInput {
  rate: number;
}

const line: fc.Arbitrary<Omit<Line, 'key'>> = fc.record({
  // Mostly sales; now and then a return line (negative, no discount) or a gift card line.
  gross: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: -50_000, max: -1 }) },
  ),
  discount: fc.option(spec, { nil: null }),
  discountable: fc.boolean(),
  rate: fc.integer({ min: 0, max: RATES.length - 1 }),
});

const cart = fc
  .array(line, { minLength: 1, maxLength: 12 })
  .map((ls) => ls.map((l, i) => ({ ...l, key: `line-${String(i).padStart(2, '0')}`, discountable: l.gross >= 0 && l.discountable })));

function shuffled<T>(items: readonly T[], seed: number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed[i] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function totalsOf(lines: readonly Line[], priced: ReturnType<typeof priceCart>, inclusive: boolean) {
  return computeTotals(
    priced.lines.map((p) => {
      const rate = RATES[lines.find((l) => l.key === p.key)?.rate ?? 0] ?? RATES[0];
      return { amount: p.amount, ...rate };
    }),
    inclusive,
  );
}

describe('discounts over random carts', () => {
  it('totals never drift by a cent whatever the order of lines and discounts', () => {
    fc.assert(
      fc.property(cart, fc.option(spec, { nil: null }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), fc.boolean(), (lines, sale, seed, inclusive) => {
        const a = priceCart(lines, sale);
        const shuffledLines = shuffled(lines, seed);
        const b = priceCart(shuffledLines, sale);
        const byKey = (p: typeof a) => new Map(p.lines.map((l) => [l.key, l]));
        expect(byKey(b)).toEqual(byKey(a));
        expect(b.discountTotal).toBe(a.discountTotal);
        expect(totalsOf(shuffledLines, b, inclusive)).toEqual(totalsOf(lines, a, inclusive));
      }),
    );
  });

  it("the sale discount's shares add up to it exactly, and every line pays its gross less its discounts", () => {
    fc.assert(
      fc.property(cart, fc.option(spec, { nil: null }), (lines, sale) => {
        const p = priceCart(lines, sale);
        expect(p.lines.reduce((s, l) => s + l.saleDiscount, 0)).toBe(p.saleDiscount);
        expect(p.discountTotal).toBe(p.lines.reduce((s, l) => s + l.lineDiscount + l.saleDiscount, 0));
        for (const l of p.lines) expect(l.amount).toBe(l.gross - l.lineDiscount - l.saleDiscount);
      }),
    );
  });

  it('no line goes negative, and lines that take no discount keep their gross', () => {
    fc.assert(
      fc.property(cart, fc.option(spec, { nil: null }), (lines, sale) => {
        const p = priceCart(lines, sale);
        p.lines.forEach((l, i) => {
          const input = lines[i] as Line;
          if (input.discountable) expect(l.amount).toBeGreaterThanOrEqual(0);
          else expect(l.amount).toBe(input.gross);
          expect(l.lineDiscount).toBeGreaterThanOrEqual(0);
          expect(l.saleDiscount).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });

  it('a percent discount of 100% on the sale makes every discountable line, and so a sale of them, 0', () => {
    fc.assert(
      fc.property(cart, (lines) => {
        const p = priceCart(lines, { kind: 'percent', value: 10_000 });
        p.lines.forEach((l, i) => {
          if ((lines[i] as Line).discountable) expect(l.amount).toBe(0);
        });
        const sellable = lines.map((l) => ({ ...l, discountable: true, gross: Math.abs(l.gross) }));
        const all = priceCart(sellable, { kind: 'percent', value: 10_000 });
        expect(all.lines.reduce((s, l) => s + l.amount, 0)).toBe(0);
      }),
    );
  });

  it("per-rate tax equals the tax computed on the rate's summed amounts", () => {
    fc.assert(
      fc.property(cart, fc.option(spec, { nil: null }), fc.boolean(), (lines, sale, inclusive) => {
        const p = priceCart(lines, sale);
        const totals = totalsOf(lines, p, inclusive);
        for (const row of totals.breakdown) {
          const sum = p.lines
            .filter((l) => RATES[lines.find((x) => x.key === l.key)?.rate ?? 0]?.taxRateId === row.taxRateId)
            .reduce((s, l) => s + l.amount, 0);
          expect(row.tax).toBe(inclusive ? taxFromGross(sum, row.rateBps) : taxFromNet(sum, row.rateBps));
        }
        expect(totals.total).toBe(inclusive ? p.lines.reduce((s, l) => s + l.amount, 0) : totals.net + totals.tax);
      }),
    );
  });
});
