/**
 * A price label on a weighed product, as the receipt printer gets it: the line shows the
 * weight the price bought, never "1.000 kg". Once from a document, once from a real sale
 * printed over TCP to a loopback printer by the core's own printer factory.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { renderReceipt } from '../../electron/core/devices/printer/escpos-receipt';
import { connectRouter } from '../../electron/core/router-client';
import { withCheckDigit } from '../../shared/barcode';
import { RESOURCES, tempDataDir, waitFor } from '../core/harness';
import { decodeEscPos } from './escpos-decode';
import { receiptFixture } from './fixtures';
import { startLoopbackPrinter, type LoopbackPrinter } from './loopback-printer';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const textOf = (bytes: Buffer): string[] => decodeEscPos(bytes).text.map((l) => l.trimEnd());

describe('a price label on a weighed product, on the printed receipt', () => {
  it('the receipt line shows the weight derived from the price, never 1.000 kg', () => {
    // 2.50 of bananas at 1.10/kg: the cart recorded 2.273 kg and the label's 2.50.
    const doc = receiptFixture({
      lines: [{ name: 'Bananas', qty: 2273, unit: 'kg', unitPrice: 110, amount: 250, rateBps: 500, taxCode: 'B', listPrice: null, discount: 0, discountReason: null }],
    });
    const text = textOf(
      renderReceipt(doc, { columns: 42, openDrawer: false, drawerPin: 2, type: 'epson' }),
    );
    expect(text.some((l) => /^Bananas +£2\.50 B$/.test(l))).toBe(true);
    expect(text).toContain('  2.273 kg x £1.10/kg');
    expect(text.join('\n')).not.toContain('1.000 kg');
  });

  it('a sale rung from a price label prints the derived weight over ESC/POS, never 1.000 kg', async () => {
    const printer: LoopbackPrinter = await startLoopbackPrinter();
    cleanups.push(() => printer.stop());
    const data = tempDataDir();
    cleanups.push(() => data.remove());
    const core = await createCore({ dataDir: data.dir, resourcesDir: RESOURCES, demo: true, printerUri: printer.uri });
    cleanups.push(() => core.close());
    // The demo's bananas, registered under a 23 code as a price-labelling scale would have them.
    core.db.sqlite
      .prepare("insert into barcodes (code, product_id) select ?, id from products where sku = 'FRV-001'")
      .run(withCheckDigit('230000100000'));

    const till = connectRouter(core.router, 'till');
    await till.ok('session.login', { pin: '1111' });
    const cart = await till.ok('cart.scan', { code: withCheckDigit('230000100250') });
    const sale = await till.ok('sale.payCash', { tendered: 500, cartVersion: cart.version });

    await waitFor(() => printer.jobs.length > 0, 10_000);
    const text = textOf(printer.allBytes());
    expect(text.some((l) => l.includes(sale.receiptNumber))).toBe(true);
    expect(text.some((l) => /^Bananas \(loose\) +£2\.50 B$/.test(l))).toBe(true);
    expect(text).toContain('  2.273 kg x £1.10/kg');
    expect(text.join('\n')).not.toContain('1.000 kg');
  });
});
