/**
 * ISO 4217 minor units: how many digits a currency has after the decimal point.
 *
 * Why a table here and not `Intl` or the `currency-codes` package:
 * - Intl's digits come from CLDR through the runtime's ICU, and differ from ISO 4217 for
 *   some currencies and between ICU versions (Node 20 with ICU 78 says HUF, IDR, COP, PKR
 *   and a dozen more have 0 digits and IQD 0 where ISO says 2 and 3). A till's amounts are
 *   integers in minor units, so the exponent must never change under a saved store.
 * - currency-codes 2.2.0, the latest release, carries ISO's list of 2024-06-25: it lacks
 *   XCG (the Caribbean guilder of Curaçao and Sint Maarten since 2025-03-31), still lists
 *   ANG and BGN (withdrawn 2025-03 and 2026-01), and turns "N.A." minor units (gold, SDR,
 *   the testing code) into 0, which would let a store sell in XAU with whole units.
 *
 * Source: ISO 4217 list one as published by SIX, the maintenance agency, captured on
 * 2026-02-01 (github.com/datasets/currency-codes, data/codes-all.csv, which is rebuilt
 * monthly from six-group.com list-one.xml). Codes whose minor unit is "N.A." are left out:
 * nothing can be priced in them. Fund codes with minor units (CHE, CHW, CLF, UYW...) stay:
 * some businesses do trade in them. When ISO publishes an amendment, edit this table and
 * the test in tests/unit/iso-4217.test.ts; a saved store keeps the exponent it was set up
 * with whatever this table later says (see StoreSettings.currencyExponent).
 */

/** Current codes, grouped by minor units; every code not listed under 0, 3 or 4 has 2. */
const CURRENT: Record<number, string> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  2:
    'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
    'GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK ' +
    'LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO ' +
    'NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS ' +
    'SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST ' +
    'XAD XCD XCG YER ZAR ZMW ZWG',
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

/**
 * Withdrawn codes a store may have been set up with before they left list one (setup used
 * to accept whatever the runtime's Intl knew), with the minor units they last had. Only
 * used to fill in the exponent of such a store once; a new store cannot choose them.
 */
const WITHDRAWN: ReadonlyMap<string, { exponent: number; withdrawn: string }> = new Map([
  ['ANG', { exponent: 2, withdrawn: '2025-03' }],
  ['BGN', { exponent: 2, withdrawn: '2026-01' }],
  ['CUC', { exponent: 2, withdrawn: '2021-06' }],
  ['HRK', { exponent: 2, withdrawn: '2023-01' }],
  ['SLL', { exponent: 2, withdrawn: '2023-12' }],
  ['ZWL', { exponent: 2, withdrawn: '2024-09' }],
]);

/** In list one with minor units "N.A.": precious metals, SDR, bond units, testing, no currency. */
const NO_MINOR_UNITS = new Set('XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX'.split(' '));

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  Object.entries(CURRENT).flatMap(([exponent, codes]) => codes.split(' ').map((code) => [code, Number(exponent)])),
);

/** Every current ISO 4217 code a store can be set up with, in alphabetical order. */
export const ISO_4217_CODES: readonly string[] = [...EXPONENTS.keys()].sort();

/** The largest minor-unit exponent ISO 4217 gives any currency (CLF, UYW). */
export const MAX_CURRENCY_EXPONENT = 4;

/** Whether a code is a current ISO 4217 currency with minor units. Exact: "eur" is not. */
export function isIsoCurrency(code: string): boolean {
  return EXPONENTS.has(code);
}

/** The minor units of a current ISO 4217 currency (EUR 2, JPY 0, BHD 3, CLF 4), or null. */
export function isoCurrencyExponent(code: string): number | null {
  return EXPONENTS.get(code) ?? null;
}

/**
 * The minor units of a code a store may already have been saved with: a current one, or
 * one withdrawn since (with the units it last had). Null for anything else.
 */
export function savedCurrencyExponent(code: string): number | null {
  return EXPONENTS.get(code) ?? WITHDRAWN.get(code)?.exponent ?? null;
}

/** When a withdrawn code left ISO 4217 ("2026-01"), so setup can say why it is refused. */
export function withdrawnSince(code: string): string | null {
  return WITHDRAWN.get(code)?.withdrawn ?? null;
}

/** Why a code cannot be a new store's currency, in English; null when it can. */
export function currencyProblem(code: string): string | null {
  if (!/^[A-Z]{3}$/.test(code)) return 'A currency is a three-letter ISO 4217 code, e.g. EUR';
  if (isIsoCurrency(code)) return null;
  const since = withdrawnSince(code);
  if (since !== null) return `${code} was withdrawn from ISO 4217 in ${since}; choose the currency that replaced it`;
  if (NO_MINOR_UNITS.has(code)) return `${code} has no minor units in ISO 4217: nothing can be priced in it`;
  return `${code} is not an ISO 4217 currency`;
}
