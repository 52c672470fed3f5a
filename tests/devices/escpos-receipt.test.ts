import { describe, expect, it } from 'vitest';
import { renderReceipt } from '../../electron/core/devices/printer/escpos-receipt';
import type { ReceiptRenderOptions } from '../../electron/core/devices/printer/escpos-receipt';
import type { ReceiptDoc } from '../../shared/domain/receipt';
import type { EscPosCommand } from './escpos-decode';
import { decodeEscPos, hex } from './escpos-decode';
import { receiptFixture } from './fixtures';

const EPSON: ReceiptRenderOptions = { columns: 42, openDrawer: false, drawerPin: 2, type: 'epson' };

function render(doc: ReceiptDoc = receiptFixture(), opts: Partial<ReceiptRenderOptions> = {}) {
  const bytes = renderReceipt(doc, { ...EPSON, ...opts });
  return { bytes, hex: hex(bytes), ...decodeEscPos(bytes) };
}

const named = (commands: EscPosCommand[], name: string) => commands.filter((c) => c.name === name);

describe('ESC/POS receipt', () => {
  it('shows the store, the receipt number, every line, the total, the tax breakdown, tendered and change', () => {
    const { text } = render();
    const lines = text.map((l) => l.trimEnd());

    expect(lines).toContain('Corner Shop');
    expect(lines).toContain('1 High Street');
    expect(lines.some((l) => /^Till T01 +Receipt T01-000123$/.test(l))).toBe(true);
    expect(lines.some((l) => /Cashier: Alice$/.test(l))).toBe(true);

    expect(lines.some((l) => /^Milk +£2\.40 B$/.test(l))).toBe(true);
    expect(lines).toContain('  2 x £1.20');
    expect(lines.some((l) => /^Bananas +£5\.01 B$/.test(l))).toBe(true);
    expect(lines).toContain('  1.255 kg x £3.99/kg');
    expect(lines.some((l) => /^Soap +£2\.50 A$/.test(l))).toBe(true);
    // A single item needs no "1 x" line.
    expect(lines.some((l) => l.includes('1 x £2.50'))).toBe(false);

    expect(lines.some((l) => /^TOTAL +£9\.91$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Code +Rate +Net +Tax +Gross$/.test(l))).toBe(true);
    expect(lines.some((l) => /^A +20% +£2\.08 +£0\.42 +£2\.50$/.test(l))).toBe(true);
    expect(lines.some((l) => /^B +5% +£7\.06 +£0\.35 +£7\.41$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Cash tendered +£20\.00$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Change +£10\.09$/.test(l))).toBe(true);
  });

  it('prints the date and time in the store locale', () => {
    const doc = receiptFixture();
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(
      new Date(doc.createdAt),
    );
    expect(render(doc).text.some((l) => l.startsWith(expected))).toBe(true);
  });

  it('no line is wider than the paper, and the total fits in double width', () => {
    for (const columns of [32, 42, 48]) {
      const { text } = render(receiptFixture(), { columns });
      for (const line of text) expect(line.length, line).toBeLessThanOrEqual(columns);
      const total = text.find((l) => l.startsWith('TOTAL')) ?? '';
      expect(total.length).toBeLessThanOrEqual(Math.floor(columns / 2));
    }
  });

  it('the CODE128 payload is the receipt number, sent with code128() and not printBarcode()', () => {
    const barcodes = named(render().commands, 'GS k');
    expect(barcodes).toHaveLength(1);
    const [barcode] = barcodes;
    // Function B, type 73 (CODE128), then length and "{B".
    expect(barcode?.bytes.slice(0, 3)).toEqual([0x1d, 0x6b, 73]);
    expect(barcode?.data).toBe('T01-000123');
  });

  it('the drawer pulse is ESC p 0 25 250 and never the malformed openCashDrawer bytes', () => {
    const { hex: bytes, commands } = render(receiptFixture(), { openDrawer: true });
    expect(bytes).toContain('1b 70 00 19 fa');
    expect(bytes).not.toContain('1b 70 00 1b 70 01');
    expect(named(commands, 'ESC p').map((c) => c.bytes)).toEqual([[0x1b, 0x70, 0x00, 25, 250]]);
  });

  it('the drawer pulse comes before the cut, so the drawer opens while the paper feeds', () => {
    const { commands } = render(receiptFixture(), { openDrawer: true });
    const pulse = commands.findIndex((c) => c.name === 'ESC p');
    const cut = commands.findIndex((c) => c.name === 'GS V');
    expect(pulse).toBeGreaterThan(-1);
    expect(cut).toBeGreaterThan(pulse);
  });

  it('pin 5 pulses ESC p 1 25 250', () => {
    const { hex: bytes } = render(receiptFixture(), { openDrawer: true, drawerPin: 5 });
    expect(bytes).toContain('1b 70 01 19 fa');
    expect(bytes).not.toContain('1b 70 00');
  });

  it('a STAR receipt kicks the drawer with 1B 07 0B 37 07', () => {
    const { hex: bytes } = render(receiptFixture(), { openDrawer: true, type: 'star' });
    expect(bytes).toContain('1b 07 0b 37 07');
    expect(bytes).not.toContain('1b 70');
  });

  it('no pulse when the drawer stays shut', () => {
    const { hex: bytes, commands } = render(receiptFixture(), { openDrawer: false });
    expect(named(commands, 'ESC p')).toHaveLength(0);
    expect(bytes).not.toContain('1b 70');
  });

  it('every byte is a well-formed command or text', () => {
    const { commands } = render(receiptFixture({ reprint: true }), { openDrawer: true });
    const bad = commands.filter((c) => c.name === 'unknown' || c.name.startsWith('truncated'));
    expect(bad).toEqual([]);
    expect(commands[0]?.name).toBe('ESC @');
    expect(named(commands, 'GS V')).toHaveLength(1);
  });

  it('a reprint shows COPY and an original does not', () => {
    expect(render(receiptFixture({ reprint: true })).text.some((l) => l.includes('COPY'))).toBe(true);
    expect(render(receiptFixture({ reprint: false })).text.some((l) => l.includes('COPY'))).toBe(false);
  });

  it('long names wrap within the column width and keep every word', () => {
    const name = 'Organic free range extra large brown eggs from the farm down the road, box of twelve';
    const doc = receiptFixture();
    const first = doc.lines[0];
    if (first === undefined) throw new Error('fixture has no lines');
    const { text } = render({ ...doc, lines: [{ ...first, name }, ...doc.lines.slice(1)] }, { columns: 32 });

    for (const line of text) expect(line.length, line).toBeLessThanOrEqual(32);
    const start = text.findIndex((l) => l.startsWith('Organic'));
    expect(text[start]).toMatch(/£2\.40 B$/);
    const wrapped = text.slice(start, text.indexOf('  2 x £1.20'));
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join(' ').replace('£2.40 B', '').replace(/\s+/g, ' ').trim()).toBe(name);
  });

  it('prints the pound and euro signs from code page 858', () => {
    const gbp = render();
    expect(gbp.commands.some((c) => c.name === 'ESC t' && c.bytes[2] === 19)).toBe(true);
    expect(gbp.bytes.includes(0x9c)).toBe(true);

    const eur = render(receiptFixture({ store: { name: 'Eckladen', address: 'Hauptstraße 1', currency: 'EUR', currencyExponent: 2, locale: 'de-DE', taxNumber: '', phone: '', header: '', footer: '' } }));
    expect(eur.bytes.includes(0xd5)).toBe(true);
    expect(eur.text.some((l) => /^TOTAL +9,91 €$/.test(l))).toBe(true);
    expect(eur.text).toContain('Hauptstraße 1');
  });

  it('a product name cannot smuggle printer commands', () => {
    const doc = receiptFixture();
    const first = doc.lines[0];
    if (first === undefined) throw new Error('fixture has no lines');
    const evil = { ...first, name: 'Milk\x1b\x70\x00\x19\xfa\x1dV\x00' };
    const { commands } = render({ ...doc, lines: [evil] }, { openDrawer: false });
    expect(named(commands, 'ESC p')).toHaveLength(0);
    expect(named(commands, 'GS V')).toHaveLength(1);
  });
});
