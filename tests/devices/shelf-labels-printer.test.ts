import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { createPrinter } from '../../electron/core/devices/printer/create-printer';
import { renderLabels } from '../../electron/core/devices/printer/escpos-labels';
import { connectRouter } from '../../electron/core/router-client';
import type { LabelDoc } from '../../shared/domain/shelf-labels';
import { pay, RESOURCES, tempDataDir, waitFor } from '../core/harness';
import { decodeEscPos } from './escpos-decode';
import { startLoopbackPrinter, type LoopbackPrinter } from './loopback-printer';

const SOURDOUGH = '5010029032307';
const COLA = '5449000004178';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** The demo shop printing to a network printer on 127.0.0.1, as a till with a real printer does. */
async function shopWithPrinter(): Promise<{ core: Core; lp: LoopbackPrinter }> {
  const lp = await startLoopbackPrinter();
  cleanups.push(() => lp.stop());
  const data = tempDataDir();
  cleanups.push(() => data.remove());
  const core = await createCore({ dataDir: data.dir, demo: true, resourcesDir: RESOURCES, printerFactory: () => createPrinter(lp.uri) });
  cleanups.push(() => core.close());
  return { core, lp };
}

async function login(core: Core, pin: string) {
  const c = connectRouter(core.router, `test:${pin}:${Math.random()}`);
  await c.ok('session.login', { pin });
  return c;
}

const isLabelRun = (job: Buffer, code: string) => decodeEscPos(job).commands.some((c) => c.name === 'GS k' && c.data === code);
const isReceipt = (job: Buffer) => decodeEscPos(job).text.some((l) => /^TOTAL\b/.test(l));

function label(over: Partial<LabelDoc>): LabelDoc {
  return { kind: 'shelf', productId: 'p', name: 'Tea', sku: 'T-1', price: '£2.00', unitPrice: null, barcode: null, date: '14/03/2025', ...over };
}

describe('labels on the receipt printer', () => {
  it("labels print on the receipt printer with the product's barcode in a barcode command", async () => {
    const { core, lp } = await shopWithPrinter();
    const m = await login(core, '9999');
    const bread = (await m.ok('catalog.lookup', { code: SOURDOUGH })).id;

    expect(await m.ok('shelfLabels.print', { items: [{ productId: bread, copies: 2 }], kind: 'shelf' })).toEqual({ labels: 2 });

    // One run is one job on one connection.
    expect(lp.jobs).toHaveLength(1);
    const { text, commands } = decodeEscPos(lp.jobs[0] ?? Buffer.alloc(0));
    const barcodes = commands.filter((c) => c.name === 'GS k');
    expect(barcodes.map((c) => c.data)).toEqual([SOURDOUGH, SOURDOUGH]);
    // GS k function B, m = 67: EAN-13, drawn and its digits printed (GS H 2) by the printer.
    expect(barcodes.map((c) => c.bytes.slice(0, 4))).toEqual([[0x1d, 0x6b, 67, 13], [0x1d, 0x6b, 67, 13]]);
    expect(commands.filter((c) => c.name === 'GS H').map((c) => c.bytes[2])).toEqual([2, 2]);
    // A cut after each label.
    expect(commands.filter((c) => c.name === 'GS V')).toHaveLength(2);
    expect(text.filter((l) => l === 'Sourdough Loaf 800g')).toHaveLength(2);
    expect(text.filter((l) => l === '£3.25')).toHaveLength(2);
    expect(text.filter((l) => l.startsWith('SKU BAK-001'))).toHaveLength(2);
    expect(commands.some((c) => c.name === 'unknown' || c.name.startsWith('truncated'))).toBe(false);
  });

  it('a label run and a receipt never interleave', async () => {
    const { core, lp } = await shopWithPrinter();
    const m = await login(core, '9999');
    const cashier = await login(core, '1111');
    const bread = (await m.ok('catalog.lookup', { code: SOURDOUGH })).id;
    await cashier.ok('cart.scan', { code: COLA });

    // The label run and the sale's receipt are asked for at the same moment.
    const [run, sale] = await Promise.all([
      m.ok('shelfLabels.print', { items: [{ productId: bread, copies: 60 }], kind: 'barcode' }),
      pay(cashier, 500),
    ]);
    expect(run.labels).toBe(60);
    // Status reads (DLE EOT) travel on connections of their own; print jobs start with ESC @.
    const printed = () => lp.jobs.filter((j) => j[0] === 0x1b);
    await waitFor(() => printed().length >= 2);

    expect(printed()).toHaveLength(2);
    // Each job is wholly one thing: every label of the run together, the receipt alone.
    const runs = printed().filter((j) => isLabelRun(j, SOURDOUGH));
    const receipts = printed().filter(isReceipt);
    expect(runs).toHaveLength(1);
    expect(receipts).toHaveLength(1);
    expect(isReceipt(runs[0] ?? Buffer.alloc(0))).toBe(false);
    expect(isLabelRun(receipts[0] ?? Buffer.alloc(0), SOURDOUGH)).toBe(false);
    expect(decodeEscPos(runs[0] ?? Buffer.alloc(0)).commands.filter((c) => c.name === 'GS k')).toHaveLength(60);
    expect(decodeEscPos(receipts[0] ?? Buffer.alloc(0)).commands.find((c) => c.name === 'GS k')?.data).toBe(sale.receiptNumber);
    // And the printer never had two jobs open at once.
    expect(lp.maxJobsAtOnce()).toBe(1);
  });

  it('a code that is not a retail GTIN prints as Code 128; EAN-8 and UPC-A as themselves', () => {
    const labels = [
      label({ barcode: { symbology: 'code128', data: 'TEA-{1}' } }),
      label({ barcode: { symbology: 'ean8', data: '96385074' } }),
      label({ barcode: { symbology: 'upca', data: '036000291452' } }),
    ];
    const { commands } = decodeEscPos(renderLabels(labels, { columns: 42, type: 'epson' }));
    expect(commands.filter((c) => c.name === 'GS k').map((c) => [c.bytes[2], c.data])).toEqual([
      [73, 'TEA-{1}'],
      [68, '96385074'],
      [65, '036000291452'],
    ]);
  });

  it('a code too wide for the paper prints as text, never as a broken barcode', () => {
    const long = 'X'.repeat(40);
    const { text, commands } = decodeEscPos(renderLabels([label({ barcode: { symbology: 'code128', data: long } })], { columns: 32, type: 'epson' }));
    expect(commands.some((c) => c.name === 'GS k')).toBe(false);
    expect(text).toContain(long);
  });

  it('a long name is shortened to two lines on a shelf label and one on a barcode label', () => {
    const name = 'Extra Mature Farmhouse Cheddar Cheese Aged Eighteen Months In Caves 400g';
    const shelf = decodeEscPos(renderLabels([label({ name })], { columns: 32, type: 'epson' })).text;
    const barcode = decodeEscPos(renderLabels([label({ name, kind: 'barcode' })], { columns: 32, type: 'epson' })).text;
    expect(shelf.slice(0, 3)).toEqual(['Extra Mature Farmhouse Cheddar', 'Cheese Aged Eighteen Months...', '£2.00']);
    expect(barcode[0]).toBe('Extra Mature Farmhouse...');
    expect(barcode[0]?.length).toBeLessThanOrEqual(32);
  });
});
