import { describe, expect, it } from 'vitest';
import { valuationCsv } from '../../shared/valuation-csv';
import { minorToDecimal } from '../../shared/valuation-decimal';

describe('valuation CSV', () => {
  it('a valuation exports one row per category and location, each category total and the grand total', () => {
    const csv = valuationCsv(
      {
        asOf: '2026-03-02',
        total: 3905,
        negativeCount: 1,
        ms: 3,
        locations: [],
        categories: [
          {
            categoryId: 'c1',
            name: 'Dairy, "fresh"',
            qty: 13_000,
            stockValue: 3900,
            negativeCount: 1,
            locations: [
              { locationId: 'h', name: 'Shop floor', stockValue: 2400 },
              { locationId: 'b', name: 'Back room', stockValue: 1500 },
            ],
          },
          {
            categoryId: null,
            name: '',
            qty: 500,
            stockValue: 5,
            negativeCount: 0,
            locations: [{ locationId: 'h', name: '=cmd', stockValue: 5 }],
          },
        ],
      },
      2,
      { noCategory: 'No category', total: 'Total', now: 'Now' },
    );
    expect(csv.split('\r\n')).toEqual([
      'as_of,category,location,qty,value',
      '2026-03-02,"Dairy, ""fresh""",Shop floor,,24.00',
      '2026-03-02,"Dairy, ""fresh""",Back room,,15.00',
      '2026-03-02,"Dairy, ""fresh""",Total,13.000,39.00',
      "2026-03-02,No category,'=cmd,,0.05",
      '2026-03-02,No category,Total,0.500,0.05',
      '2026-03-02,Total,Total,,39.05',
      '',
    ]);
  });

  it('minor units become decimal text without floating point', () => {
    expect(minorToDecimal(123456, 2)).toBe('1234.56');
    expect(minorToDecimal(-5, 2)).toBe('-0.05');
    expect(minorToDecimal(700, 0)).toBe('700');
    expect(minorToDecimal(2500, 3)).toBe('2.500');
  });
});
