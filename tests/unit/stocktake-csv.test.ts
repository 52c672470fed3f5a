import { describe, expect, it } from 'vitest';
import { csvRow, moneyText, qtyText, uncountedCsvRows, varianceCsvRows } from '../../shared/stocktake-csv';

describe('the variance report as CSV', () => {
  it('writes quantities and money as plain decimals, exactly', () => {
    expect([qtyText(-1500), qtyText(1234), qtyText(7), qtyText(0)]).toEqual(['-1.500', '1.234', '0.007', '0.000']);
    expect([moneyText(1050, 2), moneyText(-5, 2), moneyText(1233, 0)]).toEqual(['10.50', '-0.05', '1233']);
  });

  it('quotes separators and defuses formulas in product names', () => {
    expect(csvRow(['a,b', 'say "hi"', 'plain'])).toBe('"a,b","say ""hi""",plain');
    const [row] = varianceCsvRows(
      [
        {
          productId: 'p',
          sku: '=SUM(A1)',
          name: 'Cheddar, mature',
          unit: 'kg',
          expected: 2000,
          counted: 1500,
          variance: -500,
          unitCost: 999,
          varianceValue: -500,
          countedBy: ['Ann', 'Bob'],
          tracksLots: false,
        },
      ],
      2,
    );
    expect(row).toBe(`counted,'=SUM(A1),"Cheddar, mature",kg,2.000,1.500,-0.500,9.99,-5.00,Ann; Bob`);
    expect(uncountedCsvRows([{ productId: 'q', sku: 'S1', name: 'Salt', unit: 'each', onHand: 3000, unitCost: null, stockValue: 0 }], 2)).toEqual([
      'uncounted,S1,Salt,each,3.000,,,,,',
    ]);
  });
});
