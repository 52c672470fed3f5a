import { describe, expect, it } from 'vitest';
import { allocate, discountDepthBps, discountOn, priceCart, refundFor, roundCash } from '../../shared/pricing';

describe('discountOn', () => {
  it('a percentage rounds once, half away from zero', () => {
    expect(discountOn(325, { kind: 'percent', value: 1000 })).toBe(33); // 32.5
    expect(discountOn(325, { kind: 'percent', value: 2500 })).toBe(81); // 81.25
  });
  it('an amount is capped at the base, so a discount never makes a line negative', () => {
    expect(discountOn(325, { kind: 'amount', value: 1000 })).toBe(325);
    expect(discountOn(0, { kind: 'amount', value: 50 })).toBe(0);
  });
  it('a percentage above 100% or a negative discount is refused', () => {
    expect(() => discountOn(100, { kind: 'percent', value: 10_001 })).toThrow(RangeError);
    expect(() => discountOn(100, { kind: 'amount', value: -1 })).toThrow(RangeError);
  });
});

describe('allocate', () => {
  it('the shares add up to the total exactly, leftovers to the largest remainders', () => {
    const parts = allocate(100, [
      { key: 'a', weight: 300 },
      { key: 'b', weight: 300 },
      { key: 'c', weight: 300 },
    ]);
    expect([...parts.values()].reduce((s, v) => s + v, 0)).toBe(100);
    expect(parts.get('a')).toBe(34); // the tie goes to the lower key
  });
  it('a discount cannot be shared over less than itself', () => {
    expect(() => allocate(100, [{ key: 'a', weight: 3 }])).toThrow(RangeError);
  });
  it('a tie in remainders goes to the larger line before the lower key', () => {
    const parts = allocate(1, [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 3 },
    ]);
    expect(parts.get('b')).toBe(1);
  });
  it('the same lines in any order get the same shares', () => {
    const w = [
      { key: 'x', weight: 7 },
      { key: 'y', weight: 13 },
      { key: 'z', weight: 5 },
    ];
    expect(allocate(10, w)).toEqual(allocate(10, [...w].reverse()));
  });
});

describe('discountDepthBps', () => {
  it('rounds up, so a limit is never passed by rounding', () => {
    expect(discountDepthBps(325, 32)).toBe(985); // 9.846%
    expect(discountDepthBps(300, 30)).toBe(1000);
    expect(discountDepthBps(3, 1)).toBe(3334);
  });
  it('nothing off, or nothing to take it off, is no depth', () => {
    expect(discountDepthBps(0, 10)).toBe(0);
    expect(discountDepthBps(100, 0)).toBe(0);
  });
});

describe('roundCash', () => {
  it('cash settles to the nearest increment, halves away from zero, refunds alike', () => {
    expect(roundCash(1002, 5)).toBe(1000);
    expect(roundCash(1003, 5)).toBe(1005);
    expect(roundCash(-1003, 5)).toBe(-1005);
    expect(roundCash(1025, 10)).toBe(1030);
  });
  it('an increment of 0 or 1 means no rounding', () => {
    expect(roundCash(1003, 0)).toBe(1003);
    expect(roundCash(1003, 1)).toBe(1003);
  });
});

describe('refundFor', () => {
  it('a refund never exceeds what was paid, however the line is returned', () => {
    const sold = { soldQty: 3000, soldAmount: 100 };
    const one = refundFor({ ...sold, leftQty: 3000, leftAmount: 100 }, 1000);
    const two = refundFor({ ...sold, leftQty: 2000, leftAmount: 100 - one }, 1000);
    const last = refundFor({ ...sold, leftQty: 1000, leftAmount: 100 - one - two }, 1000);
    expect([one, two, last]).toEqual([33, 33, 34]);
    expect(one + two + last).toBe(100);
  });
  it('returning more than is left is refused', () => {
    expect(() => refundFor({ soldQty: 1000, soldAmount: 100, leftQty: 0, leftAmount: 0 }, 1000)).toThrow(RangeError);
  });
});

describe('priceCart', () => {
  it('return lines and gift cards take no discount and no share of the sale discount', () => {
    const p = priceCart(
      [
        { key: 'a', gross: 1000, discount: null, discountable: true },
        { key: 'r', gross: -500, discount: { kind: 'percent', value: 5000 }, discountable: false },
      ],
      { kind: 'percent', value: 1000 },
    );
    expect(p.lines.map((l) => l.amount)).toEqual([900, -500]);
  });
});
