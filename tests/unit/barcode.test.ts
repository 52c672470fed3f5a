import { describe, it, expect } from 'vitest';
import {
  classifyCode,
  gtinCheckDigit,
  isValidGtin,
  normalizeScan,
  parseInStoreCode,
  withCheckDigit,
} from '../../shared/barcode';
import { defaultInStoreRules, type InStoreRule } from '../../shared/instore-rules';

/** A euro store's default rules: 21 a weight to the gram, 23 a price to the cent. */
const EURO_RULES = defaultInStoreRules(2);

const KNOWN_GOOD = ['5901234123457', '036000291452', '96385074'];

describe('GTIN check digit', () => {
  it('weights digits 3,1,3,1 from the right of the body', () => {
    expect(gtinCheckDigit('590123412345')).toBe(7);
    expect(gtinCheckDigit('03600029145')).toBe(2);
    expect(gtinCheckDigit('9638507')).toBe(4);
    // A sum that is already a multiple of 10 gives 0, not 10.
    expect(gtinCheckDigit('210000500000')).toBe(0);
  });

  it('refuses a body that is not all digits', () => {
    expect(() => gtinCheckDigit('59012341234a')).toThrow(RangeError);
    expect(() => gtinCheckDigit('')).toThrow(RangeError);
  });

  it('appends the check digit to a body', () => {
    expect(withCheckDigit('590123412345')).toBe('5901234123457');
    expect(withCheckDigit('230500000000')).toBe('2305000000004');
  });

  it('accepts EAN-13, UPC-A, EAN-8 and GTIN-14 with a correct check digit', () => {
    for (const code of KNOWN_GOOD) expect(isValidGtin(code), code).toBe(true);
    expect(isValidGtin('15901234123454')).toBe(true);
  });

  it('rejects a code with any single wrong digit', () => {
    for (const code of KNOWN_GOOD) {
      for (let i = 0; i < code.length; i++) {
        const digit = Number(code[i]);
        for (let wrong = 0; wrong <= 9; wrong++) {
          if (wrong === digit) continue;
          const bad = code.slice(0, i) + String(wrong) + code.slice(i + 1);
          expect(isValidGtin(bad), bad).toBe(false);
        }
      }
    }
  });

  it('rejects lengths that are not GTINs, and non-digits', () => {
    // Each of these ends in a correct check digit; only the length is wrong.
    for (const body of ['123456', '12345678', '123456789', '1234567890', '123456789012345']) {
      expect(isValidGtin(withCheckDigit(body)), body).toBe(false);
    }
    expect(isValidGtin('')).toBe(false);
    expect(isValidGtin('590123412345 ')).toBe(false);
    expect(isValidGtin('590123412345a')).toBe(false);
  });
});

describe('normalizeScan', () => {
  it('strips the scanner prefix and suffix control characters and spaces', () => {
    expect(normalizeScan('\x025901234123457\x03\r\n')).toBe('5901234123457');
    expect(normalizeScan('  5901234123457\t')).toBe('5901234123457');
    expect(normalizeScan('5901234123457\r')).toBe('5901234123457');
    expect(normalizeScan('\x1b\x00ABC-1')).toBe('ABC-1');
    expect(normalizeScan('\r\n')).toBe('');
  });
});

describe('parseInStoreCode', () => {
  it('reads a weight-embedded code as kilograms of the product with the value zeroed', () => {
    expect(parseInStoreCode('2100005080002', EURO_RULES, 2)).toEqual({
      lookupCode: '2100005000000',
      weight: 8000,
    });
  });

  it('reads a price-embedded code as a price in minor units', () => {
    expect(parseInStoreCode('2305000123451', EURO_RULES, 2)).toEqual({
      lookupCode: '2305000000004',
      price: 12345,
    });
  });

  it('rejects an in-store code with a wrong check digit', () => {
    expect(parseInStoreCode('2100005080003', EURO_RULES, 2)).toBeNull();
    expect(parseInStoreCode('2305000123450', EURO_RULES, 2)).toBeNull();
  });

  it('ignores codes no rule claims and codes that are not EAN-13', () => {
    expect(parseInStoreCode('5901234123457', EURO_RULES, 2)).toBeNull();
    // 22 is in the in-store range but no default rule claims it.
    expect(parseInStoreCode(withCheckDigit('220000508000'), EURO_RULES, 2)).toBeNull();
    expect(parseInStoreCode('96385074', EURO_RULES, 2)).toBeNull();
    expect(parseInStoreCode('2100005080002', [], 2)).toBeNull();
  });

  it('matches rules in order, as the store configured them', () => {
    const rules: InStoreRule[] = [
      { prefix: '23', kind: 'weight', decimals: 3 },
      { prefix: '23', kind: 'price', decimals: 2 },
    ];
    expect(parseInStoreCode('2305000123451', rules, 2)).toEqual({
      lookupCode: '2305000000004',
      weight: 12345,
    });
  });

  it('scales a weight given to fewer decimals into grams', () => {
    // 00800 with 2 decimals = 8.00 kg = 8000 g
    const rules: InStoreRule[] = [{ prefix: '21', kind: 'weight', decimals: 2 }];
    expect(parseInStoreCode('2100005008006', rules, 2)).toEqual({
      lookupCode: '2100005000000',
      weight: 8000,
    });
  });

  it("converts an embedded price into the minor units of the store's saved exponent", () => {
    // 12345 with 2 decimals = 123.45; a BHD store saved 3 minor digits -> 123450 fils.
    expect(parseInStoreCode('2300001123455', EURO_RULES, 3)?.price).toBe(123450);
    // A yen store saved none: 12345 with 0 decimals is 12345 yen.
    const yen: InStoreRule[] = [{ prefix: '23', kind: 'price', decimals: 0 }];
    expect(parseInStoreCode('2300001123455', yen, 0)?.price).toBe(12345);
    // A forint store saved ISO's 2 (Intl in Node 20 says 0): 123.45 Ft is 12345 fillér.
    expect(parseInStoreCode('2300001123455', defaultInStoreRules(2), 2)?.price).toBe(12345);
  });

  it("the default price rule carries the store's own exponent: a yen store's 23 label is whole yen", () => {
    expect(defaultInStoreRules(0)).toEqual([
      { prefix: '21', kind: 'weight', decimals: 3 },
      { prefix: '23', kind: 'price', decimals: 0 },
    ]);
    expect(parseInStoreCode('2300001012346', defaultInStoreRules(0), 0)?.price).toBe(1234);
    expect(parseInStoreCode('2300001012346', defaultInStoreRules(3), 3)?.price).toBe(1234);
    expect(parseInStoreCode('2300001012346', defaultInStoreRules(2), 2)?.price).toBe(1234);
  });
});

describe('classifyCode', () => {
  it('tells a product barcode from an in-store code from a typed SKU', () => {
    expect(classifyCode('5901234123457')).toBe('gtin');
    expect(classifyCode('036000291452')).toBe('gtin');
    expect(classifyCode('96385074')).toBe('gtin');
    expect(classifyCode('2100005080002')).toBe('instore');
    expect(classifyCode('2305000123451')).toBe('instore');
    expect(classifyCode('ABC-123')).toBe('other');
    expect(classifyCode('12345')).toBe('other');
    expect(classifyCode('5901234123458')).toBe('other');
  });
});
