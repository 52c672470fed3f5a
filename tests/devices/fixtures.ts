/**
 * A small GBP sale with two tax rates and a weighed line. Totals are worked out by hand
 * here, tax-inclusive and rounded once per rate, half away from zero:
 *
 *   Milk     2 x 1.20             = 2.40  B  5%
 *   Bananas  1.255 kg x 3.99/kg   = 5.00745 -> 5.01  B  5%
 *   Soap     1 x 2.50             = 2.50  A 20%
 *
 *   B gross 7.41, tax 7.41 x 5/105  = 0.3529 -> 0.35, net 7.06
 *   A gross 2.50, tax 2.50 x 20/120 = 0.4167 -> 0.42, net 2.08
 *   total 9.91 = net 9.14 + tax 0.77; cash 20.00, change 10.09
 */
import type { ReceiptDoc } from '../../shared/domain/receipt';

export function receiptFixture(overrides: Partial<ReceiptDoc> = {}): ReceiptDoc {
  return {
    saleId: '01959a4e-5c00-7000-8000-000000000123',
    receiptNumber: 'T01-000123',
    tillCode: 'T01',
    cashierName: 'Alice',
    createdAt: '2025-03-14T09:30:00.000Z',
    store: { name: 'Corner Shop', address: '1 High Street\nLondon N1 1AA', currency: 'GBP', currencyExponent: 2, locale: 'en-GB', taxNumber: '', phone: '', header: '', footer: '' },
    lines: [
      { name: 'Milk', qty: 2000, unit: 'each', unitPrice: 120, amount: 240, rateBps: 500, taxCode: 'B', listPrice: null, discount: 0, discountReason: null },
      { name: 'Bananas', qty: 1255, unit: 'kg', unitPrice: 399, amount: 501, rateBps: 500, taxCode: 'B', listPrice: null, discount: 0, discountReason: null },
      { name: 'Soap', qty: 1000, unit: 'each', unitPrice: 250, amount: 250, rateBps: 2000, taxCode: 'A', listPrice: null, discount: 0, discountReason: null },
    ],
    totals: {
      inclusive: true,
      net: 914,
      tax: 77,
      total: 991,
      breakdown: [
        { taxRateId: 'rate-a', code: 'A', name: 'Standard', rateBps: 2000, net: 208, tax: 42, gross: 250 },
        { taxRateId: 'rate-b', code: 'B', name: 'Reduced', rateBps: 500, net: 706, tax: 35, gross: 741 },
      ],
    },
    payments: [
      {
        method: 'cash',
        methodName: 'Cash',
        kind: 'cash',
        amount: 991,
        tendered: 2000,
        change: 1009,
        cardLast4: null,
        approvalCode: null,
        giftCardLast4: null,
      },
    ],
    tendered: 2000,
    change: 1009,
    rounding: 0,
    discountTotal: 0,
    saleDiscountReason: null,
    customer: null,
    returnOf: null,
    refund: false,
    itemCount: 4,
    itemsReturned: 0,
    reprint: false,
    ...overrides,
  };
}
