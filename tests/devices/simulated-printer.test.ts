import { describe, expect, it } from 'vitest';
import { SimulatedPrinter } from '../../electron/core/devices/printer/simulated-printer';
import { decodeEscPos, hex } from './escpos-decode';
import { gbpExponent, receiptFixture } from './fixtures';

async function enabledSimulator(): Promise<SimulatedPrinter> {
  const printer = new SimulatedPrinter({ currencyExponent: gbpExponent });
  await printer.open();
  await printer.claim();
  await printer.enable();
  return printer;
}

describe('SimulatedPrinter', () => {
  it('keeps each receipt as the document and the bytes a real printer would get', async () => {
    const printer = await enabledSimulator();
    const doc = receiptFixture();
    await printer.printReceipt(doc, { openDrawer: true });

    const [job] = printer.jobs;
    expect(job?.kind).toBe('receipt');
    if (job?.kind !== 'receipt') return;
    expect(job.doc).toEqual(doc);
    expect(job.openedDrawer).toBe(true);
    expect(decodeEscPos(job.bytes).text.some((l) => /^TOTAL +£9\.91$/.test(l))).toBe(true);
    expect((await printer.status()).drawerOpen).toBe(true);
  });

  it('a printed receipt does not change when the caller edits its document afterwards', async () => {
    const printer = await enabledSimulator();
    const doc = receiptFixture();
    await printer.printReceipt(doc, { openDrawer: false });
    doc.cashierName = 'Mallory';
    const [job] = printer.jobs;
    expect(job?.kind === 'receipt' && job.doc.cashierName).toBe('Alice');
  });

  it('offline, every job fails with device_offline and nothing is recorded', async () => {
    const printer = await enabledSimulator();
    printer.setOnline(false);
    await expect(printer.printReceipt(receiptFixture(), { openDrawer: true })).rejects.toMatchObject({
      code: 'device_offline',
    });
    await expect(printer.openDrawer()).rejects.toMatchObject({ code: 'device_offline' });
    await expect(printer.status()).rejects.toMatchObject({ code: 'device_offline' });
    expect((await printer.checkHealth()).ok).toBe(false);
    expect(printer.jobs).toHaveLength(0);

    printer.setOnline(true);
    await printer.printReceipt(receiptFixture(), { openDrawer: false });
    expect(printer.jobs).toHaveLength(1);
  });

  it('a no-sale is the drawer pulse alone', async () => {
    const printer = await enabledSimulator();
    await printer.openDrawer();
    expect(printer.jobs.map((j) => [j.kind, hex(j.bytes)])).toEqual([['drawer', '1b 70 00 19 fa']]);
    printer.closeDrawer();
    expect((await printer.status()).drawerOpen).toBe(false);
  });

  it('follows the same lifecycle as a real printer', async () => {
    const printer = new SimulatedPrinter({ currencyExponent: gbpExponent });
    await expect(printer.printReceipt(receiptFixture(), { openDrawer: false })).rejects.toMatchObject({
      code: 'device_not_enabled',
    });
    printer.setStatus({ paperNearEnd: true });
    await printer.open();
    await printer.claim();
    expect(await printer.checkHealth()).toEqual({ ok: true, state: 'claimed', detail: 'Receipt paper is running low' });
  });
});
