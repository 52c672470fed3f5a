import { describe, it, expect } from 'vitest';
import {
  assertMinor,
  changeDue,
  divRound,
  formatMoney,
  formatQty,
  lineAmount,
  parseMoneyInput,
  quickCashAmounts,
  sumMinor,
  weightFromPrice,
} from '../../shared/money';

// Intl separates amount and symbol with a no-break space (U+00A0 or U+202F) in some locales.
const plainSpaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('divRound', () => {
  it('rounds half away from zero, symmetrically for refunds', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(3, 2)).toBe(2);
    expect(divRound(-3, 2)).toBe(-2);
    expect(divRound(2, 3)).toBe(1);
    expect(divRound(-2, 3)).toBe(-1);
    expect(divRound(1, 3)).toBe(0);
    expect(divRound(-1, 3)).toBe(0);
    expect(divRound(6, 3)).toBe(2);
    expect(divRound(-6, 3)).toBe(-2);
  });

  it('is exact at the edge of safe integers, where float division is off by one', () => {
    // 9007199254740991 / 3 = 3002399751580330.33..., but the float quotient rounds to ...331.
    expect(divRound(9007199254740991, 3)).toBe(3002399751580330);
    expect(divRound(-9007199254740991, 3)).toBe(-3002399751580330);
    // 9007199254740991 / 7 = 1286742750677284.43...
    expect(divRound(9007199254740991, 7)).toBe(1286742750677284);
    expect(divRound(9007199254740991, 1)).toBe(9007199254740991);
    // (2^53 - 1) / 2 = ...495.5, a half, so it goes away from zero.
    expect(divRound(9007199254740991, 2)).toBe(4503599627370496);
    expect(divRound(-9007199254740991, 2)).toBe(-4503599627370496);
  });

  it('refuses fractions, unsafe integers and non-positive divisors', () => {
    expect(() => divRound(1.5, 2)).toThrow(RangeError);
    expect(() => divRound(2, 1.5)).toThrow(RangeError);
    expect(() => divRound(Number.NaN, 2)).toThrow(RangeError);
    expect(() => divRound(2 ** 53, 2)).toThrow(RangeError);
    expect(() => divRound(1, 0)).toThrow(RangeError);
    expect(() => divRound(1, -2)).toThrow(RangeError);
  });
});

describe('assertMinor and sumMinor', () => {
  it('money is always a safe integer of minor units', () => {
    expect(assertMinor(1234)).toBe(1234);
    expect(assertMinor(-5)).toBe(-5);
    expect(() => assertMinor(12.34)).toThrow(RangeError);
    expect(() => assertMinor(Number.POSITIVE_INFINITY, 'price')).toThrow(/price/);
  });

  it('adds amounts exactly and refuses a sum that overflows', () => {
    expect(sumMinor([])).toBe(0);
    expect(sumMinor([10, 20, -5])).toBe(25);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumMinor([1, 0.5])).toThrow(RangeError);
  });
});

describe('lineAmount', () => {
  it('prices a weighed item by the gram and rounds once: 1.255 kg at 3.99/kg is 5.01', () => {
    // 399 * 1255 / 1000 = 500.745 -> 501
    expect(lineAmount(399, 1255)).toBe(501);
  });

  it('prices counted items exactly', () => {
    expect(lineAmount(250, 2000)).toBe(500);
    expect(lineAmount(250, 1000)).toBe(250);
  });

  it('rounds a refunded line to exactly the negative of the sold line', () => {
    // 100 * 5 / 1000 = 0.5 -> 1 and -1
    expect(lineAmount(100, 5)).toBe(1);
    expect(lineAmount(100, -5)).toBe(-1);
    expect(lineAmount(399, -1255)).toBe(-501);
  });

  it('refuses a line whose product would overflow instead of losing cents', () => {
    expect(() => lineAmount(Number.MAX_SAFE_INTEGER, 2000)).toThrow(RangeError);
    expect(() => lineAmount(Number.MAX_SAFE_INTEGER, 2000)).toThrow(/overflows/);
    // 9007199254740 x 1000 = 9007199254740000 fits under 2^53 - 1; one more minor unit does not.
    expect(lineAmount(9007199254740, 1000)).toBe(9007199254740);
    expect(() => lineAmount(9007199254741, 1000)).toThrow(/overflows/);
    expect(() => lineAmount(1.5, 1000)).toThrow(RangeError);
  });
});

const gbp = { currency: 'GBP', currencyExponent: 2, locale: 'en-GB' };

describe('formatMoney', () => {
  it('shows pounds the British way', () => {
    expect(formatMoney(123456, gbp)).toBe('£1,234.56');
    expect(formatMoney(5, gbp)).toBe('£0.05');
    expect(formatMoney(-500, gbp)).toBe('-£5.00');
  });

  it('shows euros the German way', () => {
    expect(plainSpaces(formatMoney(123456, { currency: 'EUR', currencyExponent: 2, locale: 'de-DE' }))).toBe(
      '1.234,56 €',
    );
  });

  it('shows yen with no minor digits', () => {
    expect(formatMoney(1234, { currency: 'JPY', currencyExponent: 0, locale: 'ja-JP' })).toMatch(/^[¥￥]1,234$/);
  });

  it('shows a three-decimal currency to the fils', () => {
    expect(plainSpaces(formatMoney(1234, { currency: 'BHD', currencyExponent: 3, locale: 'en-GB' }))).toBe('BHD 1.234');
  });

  it("formats with the store's saved exponent, not the digits the runtime's Intl gives the currency", () => {
    // ISO 4217 gives the forint and the rupiah 2 decimals; CLDR (Node 20, ICU 78) gives them
    // none, so Intl left alone would print 12 346 Ft and drop the fillér the till stored.
    expect(plainSpaces(formatMoney(1234567, { currency: 'HUF', currencyExponent: 2, locale: 'hu-HU' }))).toBe(
      '12 345,67 Ft',
    );
    expect(plainSpaces(formatMoney(123456, { currency: 'IDR', currencyExponent: 2, locale: 'en-US' }))).toBe(
      'IDR 1,234.56',
    );
    // The Iraqi dinar has 3 in ISO 4217 (Intl: 0); the Chilean UF has 4.
    expect(plainSpaces(formatMoney(1234567, { currency: 'IQD', currencyExponent: 3, locale: 'en-US' }))).toBe(
      'IQD 1,234.567',
    );
    expect(plainSpaces(formatMoney(123456, { currency: 'CLF', currencyExponent: 4, locale: 'en-US' }))).toBe(
      'CLF 12.3456',
    );
  });

  it('refuses an exponent no currency has', () => {
    expect(() => formatMoney(1, { ...gbp, currencyExponent: 5 })).toThrow(RangeError);
    expect(() => formatMoney(1, { ...gbp, currencyExponent: 1.5 })).toThrow(RangeError);
    expect(() => formatMoney(1, { ...gbp, currencyExponent: -1 })).toThrow(RangeError);
  });
});

describe('parseMoneyInput', () => {
  it('reads what a cashier types with either decimal separator', () => {
    expect(parseMoneyInput('12.5', 2)).toBe(1250);
    expect(parseMoneyInput('12,50', 2)).toBe(1250);
    expect(parseMoneyInput('12', 2)).toBe(1200);
    expect(parseMoneyInput('0.29', 2)).toBe(29);
    expect(parseMoneyInput(' 7 ', 2)).toBe(700);
    expect(parseMoneyInput('.5', 2)).toBe(50);
    expect(parseMoneyInput('12.', 2)).toBe(1200);
    expect(parseMoneyInput('1200', 0)).toBe(1200);
    expect(parseMoneyInput('1.234', 3)).toBe(1234);
  });

  it("reads the cashier's amount at the store's saved exponent", () => {
    // A forint store (ISO 4217: 2 decimals) takes fillér, whatever Intl thinks of HUF.
    expect(parseMoneyInput('1234,56', 2)).toBe(123456);
    expect(parseMoneyInput('12.3456', 4)).toBe(123456);
  });

  it('rejects garbage, negatives and more decimals than the currency has', () => {
    for (const bad of ['', ' ', '.', 'abc', '12a', '1.2.3', '1e3', '-1', '+1', '1,234.50']) {
      expect(parseMoneyInput(bad, 2), bad).toBeNull();
    }
    expect(parseMoneyInput('12.345', 2)).toBeNull();
    expect(parseMoneyInput('12.5', 0)).toBeNull();
    expect(parseMoneyInput('99999999999999999', 2)).toBeNull();
  });
});

describe('weightFromPrice', () => {
  it('a price label on a weighed product stands for price / price per kg, to the gram, rounded half away from zero', () => {
    // 2.50 at 1.10/kg = 2.272727 kg -> 2.273 kg
    expect(weightFromPrice(250, 110)).toBe(2273);
    // 5.01 at 3.99/kg = 1.255639 kg -> 1.256 kg
    expect(weightFromPrice(501, 399)).toBe(1256);
    // 1.00 at 4.00/kg = 0.25 kg exactly
    expect(weightFromPrice(100, 400)).toBe(250);
    // 0.01 at 20.00/kg = 0.5 g, a half: away from zero, 1 g
    expect(weightFromPrice(1, 2000)).toBe(1);
    // 0.01 at 30.00/kg = 0.33 g -> 0 g: the cart refuses such a label
    expect(weightFromPrice(1, 3000)).toBe(0);
    // Symmetric for a refund
    expect(weightFromPrice(-250, 110)).toBe(-2273);
  });

  it('has no weight to give without a price per kg, and refuses fractions and overflow', () => {
    expect(() => weightFromPrice(250, 0)).toThrow(RangeError);
    expect(() => weightFromPrice(250, -110)).toThrow(RangeError);
    expect(() => weightFromPrice(2.5, 110)).toThrow(RangeError);
    expect(() => weightFromPrice(Number.MAX_SAFE_INTEGER, 110)).toThrow(/overflows/);
  });
});

describe('formatQty', () => {
  it('shows counted items without needless decimals', () => {
    expect(formatQty(2000, 'each', 'en-GB')).toBe('2');
    expect(formatQty(2500, 'each', 'en-GB')).toBe('2.5');
    expect(formatQty(2500, 'each', 'de-DE')).toBe('2,5');
  });

  it('shows weights to the gram with the locale decimal separator', () => {
    expect(formatQty(1255, 'kg', 'en-GB')).toBe('1.255 kg');
    expect(formatQty(1000, 'kg', 'en-GB')).toBe('1.000 kg');
    expect(formatQty(1255, 'kg', 'de-DE')).toBe('1,255 kg');
  });
});

describe('changeDue', () => {
  it('gives back what was tendered above the total', () => {
    expect(changeDue(1234, 2000)).toBe(766);
    expect(changeDue(1234, 1234)).toBe(0);
  });

  it('refuses to finish a cash sale that is short', () => {
    expect(() => changeDue(1234, 1233)).toThrow(RangeError);
  });
});

describe('quickCashAmounts', () => {
  it('offers the exact amount then the next round notes', () => {
    expect(quickCashAmounts(1234, 2)).toEqual([1234, 1500, 2000, 5000, 10000]);
  });

  it('does not offer the total twice when it is already round', () => {
    expect(quickCashAmounts(1500, 2)).toEqual([1500, 2000, 5000, 10000]);
    expect(quickCashAmounts(10000, 2)).toEqual([10000]);
  });

  it('offers at most four notes, the smallest first', () => {
    // next 5.00: 125.00, 10.00: 130.00, 20.00: 140.00, 50.00: 150.00, 100.00: 200.00
    expect(quickCashAmounts(12345, 2)).toEqual([12345, 12500, 13000, 14000, 15000]);
  });

  it('scales to yen notes for a currency without minor units', () => {
    // 500: 2500, 1000: 3000, 5000: 5000, 10000: 10000 (no 2000-yen button)
    expect(quickCashAmounts(2345, 0)).toEqual([2345, 2500, 3000, 5000, 10000]);
  });

  it('offers only the exact amount when nothing is owed', () => {
    expect(quickCashAmounts(0, 2)).toEqual([0]);
  });
});
