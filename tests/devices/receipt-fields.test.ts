/**
 * Every field of a ReceiptDoc on the printed receipt, read back from the ESC/POS bytes.
 */
import { describe, expect, it } from 'vitest';
import { renderReceipt } from '../../electron/core/devices/printer/escpos-receipt';
import { itemCountText } from '../../electron/core/devices/printer/receipt-layout';
import type { ReceiptDoc, ReceiptPayment } from '../../shared/domain/receipt';
import { decodeEscPos } from './escpos-decode';
import { receiptFixture } from './fixtures';

const textOf = (doc: ReceiptDoc, columns = 42): string[] =>
  decodeEscPos(renderReceipt(doc, { columns, openDrawer: false, drawerPin: 2, type: 'epson' })).text.map((l) => l.trimEnd());

const cash = (over: Partial<ReceiptPayment> = {}): ReceiptPayment => ({
  method: 'cash',
  methodName: 'Cash',
  kind: 'cash',
  amount: 991,
  tendered: 2000,
  change: 1009,
  cardLast4: null,
  approvalCode: null,
  giftCardLast4: null,
  ...over,
});

const base = receiptFixture();

describe('the printed receipt shows every field of the receipt document', () => {
  it("the store's tax number, phone, header and footer", () => {
    const text = textOf(
      receiptFixture({
        store: { ...base.store, taxNumber: 'GB123456789', phone: '020 7946 0000', header: 'Open 8 till 8\nFree parking', footer: 'Returns within 30 days\nwith this receipt' },
      }),
    );
    expect(text.some((l) => l.trim() === 'Tax no. GB123456789')).toBe(true);
    expect(text.some((l) => l.trim() === 'Tel. 020 7946 0000')).toBe(true);
    expect(text.some((l) => l.trim() === 'Open 8 till 8')).toBe(true);
    expect(text.some((l) => l.trim() === 'Free parking')).toBe(true);
    expect(text.some((l) => l.trim() === 'Returns within 30 days')).toBe(true);
    expect(text.some((l) => l.trim() === 'with this receipt')).toBe(true);
    // The store's footer replaces the default thanks.
    expect(text.join('\n')).not.toContain('Thank you for shopping with us');
  });

  it('a header cannot smuggle printer commands', () => {
    const { commands } = decodeEscPos(
      renderReceipt(receiptFixture({ store: { ...base.store, header: 'Hi\x1b\x70\x00\x19\xfa' } }), {
        columns: 42,
        openDrawer: false,
        drawerPin: 2,
        type: 'epson',
      }),
    );
    expect(commands.filter((c) => c.name === 'ESC p')).toHaveLength(0);
  });

  it("each line's discount with its reason, and the list price when the price was overridden", () => {
    const [milk, bananas, soap] = base.lines;
    if (!milk || !bananas || !soap) throw new Error('fixture lines');
    const text = textOf(
      receiptFixture({
        lines: [
          { ...milk, amount: 216, discount: 24, discountReason: 'Short date' },
          bananas,
          { ...soap, unitPrice: 200, amount: 200, listPrice: 250 },
        ],
        discountTotal: 24,
        saleDiscountReason: 'Staff discount',
      }),
    );
    expect(text).toContain('  Discount -£0.24 (Short date)');
    expect(text).toContain('  Price was £2.50');
    expect(text.some((l) => /^Discounts +-£0\.24$/.test(l))).toBe(true);
    expect(text).toContain('  Staff discount');
  });

  it('a refund says REFUND plainly and names the original receipt; negative quantities and total', () => {
    const text = textOf(
      receiptFixture({
        lines: [{ ...(base.lines[0] ?? ({} as never)), qty: -1000, amount: -120 }],
        totals: { ...base.totals, total: -120, net: -114, tax: -6, breakdown: [] },
        payments: [cash({ amount: -120, tendered: 0, change: 0 })],
        tendered: 0,
        change: 0,
        refund: true,
        returnOf: 'T01-000042',
        itemCount: 0,
        itemsReturned: 1,
      }),
    );
    expect(text.some((l) => l.trim() === '*** REFUND ***')).toBe(true);
    expect(text).toContain('Return of T01-000042');
    expect(text).toContain('  -1 x £1.20');
    expect(text.some((l) => /^TOTAL +-£1\.20$/.test(l))).toBe(true);
    expect(text.some((l) => /^Cash refunded +-£1\.20$/.test(l))).toBe(true);
    expect(text).toContain('1 item returned');
  });

  it('an exchange names the original receipt without saying REFUND', () => {
    const text = textOf(receiptFixture({ returnOf: 'T01-000042' }));
    expect(text).toContain('Return of T01-000042');
    expect(text.some((l) => l.includes('REFUND'))).toBe(false);
  });

  it('every tender by name: card last 4 and approval code, gift card last 4, cash and change', () => {
    const text = textOf(
      receiptFixture({
        payments: [
          { method: 'gift_card', methodName: 'Gift card', kind: 'gift_card', amount: 300, tendered: 0, change: 0, cardLast4: null, approvalCode: null, giftCardLast4: '7788' },
          { method: 'card', methodName: 'Card', kind: 'card', amount: 500, tendered: 0, change: 0, cardLast4: '4242', approvalCode: 'A1B2C3', giftCardLast4: null },
          cash({ amount: 191, tendered: 500, change: 309 }),
        ],
        tendered: 500,
        change: 309,
      }),
    );
    expect(text.some((l) => /^Gift card +£3\.00$/.test(l))).toBe(true);
    expect(text).toContain('  **** 7788');
    expect(text.some((l) => /^Card +£5\.00$/.test(l))).toBe(true);
    expect(text).toContain('  **** 4242 Auth A1B2C3');
    expect(text.some((l) => /^Cash tendered +£5\.00$/.test(l))).toBe(true);
    expect(text.some((l) => /^Change +£3\.09$/.test(l))).toBe(true);
  });

  it('cash rounding is a line of its own', () => {
    const text = textOf(receiptFixture({ rounding: -1 }));
    expect(text.some((l) => /^Cash rounding +-£0\.01$/.test(l))).toBe(true);
    expect(textOf(receiptFixture()).some((l) => l.startsWith('Cash rounding'))).toBe(false);
  });

  it("the customer's name and tax id", () => {
    const text = textOf(receiptFixture({ customer: { name: 'Ada Lovelace', taxId: 'VAT 99' } }));
    expect(text).toContain('Customer: Ada Lovelace');
    expect(text).toContain('Tax ID: VAT 99');
  });

  it('the item count counts units, with correct plurals', () => {
    expect(textOf(receiptFixture({ itemCount: 4 }))).toContain('4 items');
    expect(textOf(receiptFixture({ itemCount: 1 }))).toContain('1 item');
    // The store locale's plural rules pick the form; the words stay English.
    expect(itemCountText(1, 'fr-FR')).toBe('1 item');
    expect(itemCountText(0, 'fr-FR')).toBe('0 item');
    expect(itemCountText(0, 'en-GB')).toBe('0 items');
    expect(itemCountText(2, 'not a locale')).toBe('2 items');
  });

  it('an exchange prints the items sold and the items returned, each with its plural', () => {
    const text = textOf(receiptFixture({ itemCount: 1, itemsReturned: 2 }));
    expect(text).toContain('1 item');
    expect(text).toContain('2 items returned');
    const onlyBack = textOf(receiptFixture({ itemCount: 0, itemsReturned: 1 }));
    expect(onlyBack).toContain('1 item returned');
    expect(onlyBack).not.toContain('0 items');
  });

  it('a receipt with every field still fits the paper', () => {
    const doc = receiptFixture({
      store: { ...base.store, taxNumber: 'GB123456789', phone: '020 7946 0000', header: 'x'.repeat(48), footer: 'y'.repeat(48) },
      customer: { name: 'A very long customer name that goes on and on', taxId: 'VAT 1234567890' },
      returnOf: 'T01-000042',
      refund: true,
      reprint: true,
      rounding: 2,
      discountTotal: 10,
    });
    for (const columns of [32, 42, 48]) for (const line of textOf(doc, columns)) expect(line.length, line).toBeLessThanOrEqual(columns);
  });
});
