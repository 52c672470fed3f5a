import { describe, it, expect } from 'vitest';
import { computeTotals, rateLabel, taxFromGross, taxFromNet } from '../../shared/tax';
import type { TaxableLine } from '../../shared/tax';

const plainSpaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

const STANDARD = { taxRateId: 'rate-std', rateBps: 2000, rateName: 'Standard', rateCode: 'S' };
const REDUCED = { taxRateId: 'rate-red', rateBps: 500, rateName: 'Reduced', rateCode: 'R' };
const ZERO = { taxRateId: 'rate-zero', rateBps: 0, rateName: 'Zero', rateCode: 'Z' };

const std = (amount: number): TaxableLine => ({ ...STANDARD, amount });
const red = (amount: number): TaxableLine => ({ ...REDUCED, amount });
const zero = (amount: number): TaxableLine => ({ ...ZERO, amount });

describe('taxFromGross and taxFromNet', () => {
  it('carves the tax out of a tax-inclusive price', () => {
    // 1200 * 2000 / 12000 = 200
    expect(taxFromGross(1200, 2000)).toBe(200);
    // 105 * 2000 / 12000 = 17.5 -> 18
    expect(taxFromGross(105, 2000)).toBe(18);
    expect(taxFromGross(1000, 0)).toBe(0);
  });

  it('adds tax on top of a net price', () => {
    // 1000 * 2000 / 10000 = 200
    expect(taxFromNet(1000, 2000)).toBe(200);
    // 25 * 1000 / 10000 = 2.5 -> 3
    expect(taxFromNet(25, 1000)).toBe(3);
  });

  it('rounds the tax on a refund to exactly the negative of the sale', () => {
    expect(taxFromGross(-105, 2000)).toBe(-18);
    expect(taxFromNet(-25, 1000)).toBe(-3);
  });

  it('refuses negative or fractional rates and amounts that overflow', () => {
    expect(() => taxFromNet(100, -1)).toThrow(RangeError);
    expect(() => taxFromGross(100, 5.5)).toThrow(RangeError);
    expect(() => taxFromNet(Number.MAX_SAFE_INTEGER, 2000)).toThrow(/overflows/);
    expect(() => taxFromGross(Number.MAX_SAFE_INTEGER, 2000)).toThrow(/overflows/);
  });
});

describe('computeTotals', () => {
  it('computes tax once per rate, not per line, so a receipt never drifts by a cent', () => {
    // Per line: 105 * 2000 / 12000 = 17.5 -> 18, three times = 54.
    // Once on the sum: 315 * 2000 / 12000 = 52.5 -> 53.
    const totals = computeTotals([std(105), std(105), std(105)], true);
    expect(totals.tax).toBe(53);
    expect(totals.net).toBe(262);
    expect(totals.total).toBe(315);
  });

  it('a tax-inclusive sale with two rates carves tax out of the shelf prices', () => {
    // Standard 20%: gross 105+105+105 = 315, tax 315*2000/12000 = 52.5 -> 53, net 262.
    // Reduced 5%: gross 1000+250 = 1250, tax 1250*500/10500 = 59.52 -> 60, net 1190.
    // Sale: total 315+1250 = 1565, tax 53+60 = 113, net 262+1190 = 1452.
    const totals = computeTotals([std(105), red(1000), std(105), red(250), std(105)], true);
    expect(totals).toEqual({
      inclusive: true,
      net: 1452,
      tax: 113,
      total: 1565,
      breakdown: [
        { taxRateId: 'rate-red', code: 'R', name: 'Reduced', rateBps: 500, net: 1190, tax: 60, gross: 1250 },
        { taxRateId: 'rate-std', code: 'S', name: 'Standard', rateBps: 2000, net: 262, tax: 53, gross: 315 },
      ],
    });
  });

  it('an exclusive-tax sale adds tax on top of the shelf price', () => {
    // Standard 20%: net 333*3 = 999, tax 999*2000/10000 = 199.8 -> 200, gross 1199
    //   (per line it would be 66.6 -> 67, three times = 201).
    // Reduced 5%: net 1290, tax 1290*500/10000 = 64.5 -> 65, gross 1355.
    // Sale: net 999+1290 = 2289, tax 200+65 = 265, total 1199+1355 = 2554.
    const totals = computeTotals([std(333), std(333), std(333), red(1290)], false);
    expect(totals).toEqual({
      inclusive: false,
      net: 2289,
      tax: 265,
      total: 2554,
      breakdown: [
        { taxRateId: 'rate-red', code: 'R', name: 'Reduced', rateBps: 500, net: 1290, tax: 65, gross: 1355 },
        { taxRateId: 'rate-std', code: 'S', name: 'Standard', rateBps: 2000, net: 999, tax: 200, gross: 1199 },
      ],
    });
  });

  it('a sale with two rates prints one breakdown row per rate, ordered by rate code', () => {
    const totals = computeTotals([zero(500), std(1200), red(2100), std(600)], true);
    expect(totals.breakdown.map((r) => r.code)).toEqual(['R', 'S', 'Z']);
    const s = totals.breakdown.find((r) => r.code === 'S');
    // 1200 + 600 = 1800, tax 1800*2000/12000 = 300
    expect(s).toMatchObject({ gross: 1800, tax: 300, net: 1500 });
  });

  it('a zero-rated group still appears on the breakdown with no tax', () => {
    const totals = computeTotals([zero(500), zero(250)], true);
    expect(totals.breakdown).toEqual([
      { taxRateId: 'rate-zero', code: 'Z', name: 'Zero', rateBps: 0, net: 750, tax: 0, gross: 750 },
    ]);
    expect(totals.total).toBe(750);
  });

  it('an empty cart totals zero with no breakdown', () => {
    expect(computeTotals([], true)).toEqual({ inclusive: true, net: 0, tax: 0, total: 0, breakdown: [] });
    expect(computeTotals([], false)).toEqual({ inclusive: false, net: 0, tax: 0, total: 0, breakdown: [] });
  });

  it('a refund totals to exactly the negative of the sale it undoes', () => {
    for (const inclusive of [true, false]) {
      const sale = computeTotals([std(105), std(105), std(105), red(1290)], inclusive);
      const refund = computeTotals([std(-105), std(-105), std(-105), red(-1290)], inclusive);
      expect(refund.total).toBe(-sale.total);
      expect(refund.tax).toBe(-sale.tax);
      expect(refund.net).toBe(-sale.net);
    }
    // -315 at 20% inclusive: -52.5 -> -53
    expect(computeTotals([std(-315)], true).tax).toBe(-53);
  });

  it('refuses a cart where one tax rate id carries two different rates', () => {
    expect(() => computeTotals([std(100), { ...STANDARD, rateBps: 1000, amount: 100 }], true)).toThrow(
      /rate-std/,
    );
  });
});

describe('rateLabel', () => {
  it('labels a rate as a percentage with only the decimals it needs', () => {
    expect(rateLabel(2000, 'en-GB')).toBe('20%');
    expect(rateLabel(550, 'en-GB')).toBe('5.5%');
    expect(rateLabel(700, 'en-GB')).toBe('7%');
    expect(rateLabel(1234, 'en-GB')).toBe('12.34%');
    expect(rateLabel(0, 'en-GB')).toBe('0%');
  });

  it('follows the locale for the decimal separator and spacing', () => {
    expect(plainSpaces(rateLabel(550, 'de-DE'))).toBe('5,5 %');
  });
});
