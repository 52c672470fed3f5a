import { describe, expect, it } from 'vitest';
import { currencyProblem, ISO_4217_CODES, isoCurrencyExponent, savedCurrencyExponent } from '../../shared/iso-4217';
import { formatMoney } from '../../shared/money';

/** What the runtime's Intl thinks a currency's digits are: the number this code no longer uses. */
function intlDigits(code: string): number | undefined {
  return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
}

describe('ISO 4217 minor units', () => {
  it("the currency's minor-unit exponent comes from ISO 4217, never from the runtime's Intl", () => {
    const expected: Record<string, number> = {
      EUR: 2,
      GBP: 2,
      USD: 2,
      JPY: 0,
      KRW: 0,
      ISK: 0,
      BHD: 3,
      // Intl on Node 20 (ICU 78, CLDR 48) gives these 0: CLDR counts what is used in cash.
      HUF: 2,
      IDR: 2,
      IQD: 3,
      // Funds codes with four digits, where older ICU versions disagreed too.
      CLF: 4,
      UYW: 4,
    };
    for (const [code, exponent] of Object.entries(expected)) expect(isoCurrencyExponent(code), code).toBe(exponent);

    // Where this runtime disagrees the table wins. Reported, not asserted: the list depends
    // on the ICU a runtime bundles, which is the very reason nothing here reads it.
    const differ = ISO_4217_CODES.filter((code) => intlDigits(code) !== isoCurrencyExponent(code));
    console.log(
      `Intl (ICU ${process.versions.icu}) and ISO 4217 differ on: ` +
        differ.map((c) => `${c} ISO ${isoCurrencyExponent(c)}/Intl ${intlDigits(c)}`).join(', '),
    );
  });

  it('money shows exactly the saved number of decimals for every ISO currency, whatever Intl thinks', () => {
    for (const code of ISO_4217_CODES) {
      const exponent = isoCurrencyExponent(code) ?? -1;
      const text = formatMoney(1234567, { currency: code, currencyExponent: exponent, locale: 'en-US' });
      const decimals = /\.(\d+)/.exec(text)?.[1] ?? '';
      expect(decimals.length, `${code}: ${text}`).toBe(exponent);
    }
  });

  it('the table is current: XCG is in, ANG and BGN are withdrawn, nothing is priced in gold or test codes', () => {
    expect(isoCurrencyExponent('XCG')).toBe(2);
    expect(isoCurrencyExponent('ZWG')).toBe(2);
    expect(isoCurrencyExponent('SLE')).toBe(2);
    for (const gone of ['ANG', 'BGN', 'HRK', 'SLL', 'ZWL', 'CUC']) expect(isoCurrencyExponent(gone), gone).toBeNull();
    // "N.A." minor units in ISO 4217: no store can sell in them.
    for (const none of ['XAU', 'XAG', 'XDR', 'XTS', 'XXX', 'XSU', 'XUA'])
      expect(isoCurrencyExponent(none), none).toBeNull();
    expect(ISO_4217_CODES).toHaveLength(165);
    for (const code of ISO_4217_CODES) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).toContain(isoCurrencyExponent(code));
    }
  });

  it('a store saved with a withdrawn currency still has its last minor units; a new store cannot choose it', () => {
    expect(savedCurrencyExponent('BGN')).toBe(2);
    expect(savedCurrencyExponent('ANG')).toBe(2);
    expect(savedCurrencyExponent('EUR')).toBe(2);
    expect(savedCurrencyExponent('XYZ')).toBeNull();
    expect(currencyProblem('BGN')).toBe(
      'BGN was withdrawn from ISO 4217 in 2026-01; choose the currency that replaced it',
    );
  });

  it('a currency not in ISO 4217 is refused with a clear message', () => {
    expect(currencyProblem('EUR')).toBeNull();
    expect(currencyProblem('XCG')).toBeNull();
    expect(currencyProblem('XYZ')).toBe('XYZ is not an ISO 4217 currency');
    expect(currencyProblem('XAU')).toBe('XAU has no minor units in ISO 4217: nothing can be priced in it');
    expect(currencyProblem('eur')).toBe('A currency is a three-letter ISO 4217 code, e.g. EUR');
    expect(currencyProblem('EURO')).toBe('A currency is a three-letter ISO 4217 code, e.g. EUR');
  });
});
