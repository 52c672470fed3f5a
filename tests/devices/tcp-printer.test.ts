import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrinter } from '../../electron/core/devices/printer/create-printer';
import { renderReceipt } from '../../electron/core/devices/printer/escpos-receipt';
import type { DeviceError, ReceiptPrinter } from '../../electron/core/devices/types';
import { decodeEscPos, hex } from './escpos-decode';
import { GBP_EXPONENT, gbpExponent, receiptFixture } from './fixtures';
import type { LoopbackPrinter } from './loopback-printer';
import { closedPort, startLoopbackPrinter } from './loopback-printer';

const GBP = { currencyExponent: gbpExponent };
const EPSON_42 = { columns: 42, drawerPin: 2, type: 'epson', currencyExponent: GBP_EXPONENT } as const;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function loopback(options?: { answerStatus?: boolean }): Promise<LoopbackPrinter> {
  const printer = await startLoopbackPrinter(options);
  cleanups.push(() => printer.stop());
  return printer;
}

async function enabled(printer: ReceiptPrinter): Promise<ReceiptPrinter> {
  await printer.open();
  await printer.claim();
  await printer.enable();
  return printer;
}

async function failure(promise: Promise<unknown>): Promise<{ error: DeviceError; ms: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    return { error: error as DeviceError, ms: Date.now() - started };
  }
  throw new Error('expected the call to fail');
}

describe('ESC/POS printer over TCP', () => {
  it('a receipt job arrives whole, on one connection, and decodes', async () => {
    const lp = await loopback();
    const printer = await enabled(createPrinter(lp.uri, GBP));
    const doc = receiptFixture();

    await printer.printReceipt(doc, { openDrawer: true });

    expect(lp.jobs).toHaveLength(1);
    const expected = renderReceipt(doc, { ...EPSON_42, openDrawer: true });
    expect(hex(lp.jobs[0] ?? [])).toBe(hex(expected));
    const { text, commands } = decodeEscPos(lp.allBytes());
    expect(text.some((l) => /^TOTAL +£9\.91$/.test(l))).toBe(true);
    expect(commands.filter((c) => c.name === 'ESC p')).toHaveLength(1);
  });

  it('jobs sent at once are printed one after another, never interleaved', async () => {
    const lp = await loopback();
    const printer = await enabled(createPrinter(lp.uri, GBP));
    await Promise.all([
      printer.printReceipt(receiptFixture({ receiptNumber: 'T01-000001' }), { openDrawer: false }),
      printer.status(),
      printer.printReceipt(receiptFixture({ receiptNumber: 'T01-000002' }), { openDrawer: false }),
    ]);
    const receipts = lp.jobs.filter((j) => j[0] === 0x1b).map((j) => decodeEscPos(j).commands.find((c) => c.name === 'GS k')?.data);
    expect(receipts).toEqual(['T01-000001', 'T01-000002']);
  });

  it('openDrawer sends the pulse and nothing else', async () => {
    const lp = await loopback();
    const printer = await enabled(createPrinter(lp.uri, { ...GBP, drawerPin: 5 }));
    await printer.openDrawer();
    expect(lp.jobs.map((j) => hex(j))).toEqual(['1b 70 01 19 fa']);
  });

  it('status() reads paper near end and an open drawer', async () => {
    const lp = await loopback();
    const printer = await enabled(createPrinter(lp.uri, { ...GBP, drawerOpenWhenHigh: true }));
    lp.setStatus(4, 0x1e);
    lp.setStatus(1, 0x16);

    expect(await printer.status()).toEqual({
      online: true,
      coverOpen: false,
      paperEnd: false,
      paperNearEnd: true,
      drawerOpen: true,
      error: false,
    });
    expect(await printer.checkHealth()).toEqual({ ok: true, state: 'enabled', detail: 'Receipt paper is running low' });
  });

  it('status() reports a cover left open', async () => {
    const lp = await loopback();
    const printer = await enabled(createPrinter(lp.uri, GBP));
    lp.setStatus(1, 0x1a);
    lp.setStatus(2, 0x16);
    const status = await printer.status();
    expect(status.online).toBe(false);
    expect(status.coverOpen).toBe(true);
    expect(await printer.checkHealth()).toEqual({ ok: false, state: 'enabled', detail: 'Receipt printer cover is open' });
  });

  it('an unreachable printer fails fast with device_offline and never hangs', async () => {
    const port = await closedPort();
    const printer = await enabled(createPrinter(`tcp://127.0.0.1:${port}`, { ...GBP, timeoutMs: 3000 }));

    const print = await failure(printer.printReceipt(receiptFixture(), { openDrawer: true }));
    expect(print.error.code).toBe('device_offline');
    expect(print.error.message).toBe(`Receipt printer at 127.0.0.1:${port} is not reachable`);
    expect(print.ms).toBeLessThan(1000);

    const status = await failure(printer.status());
    expect(status.error.code).toBe('device_offline');

    const health = await printer.checkHealth();
    expect(health.ok).toBe(false);
    expect(health.detail).toContain('is not reachable');
  });

  it('a printer that accepts the connection but never answers a status query gives device_timeout within the configured timeout', async () => {
    const lp = await loopback({ answerStatus: false });
    const printer = await enabled(createPrinter(lp.uri, { ...GBP, timeoutMs: 300 }));

    const { error, ms } = await failure(printer.status());
    expect(error.code).toBe('device_timeout');
    expect(error.message).toBe(`Receipt printer at 127.0.0.1:${lp.port} did not answer within 0.3 s`);
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(1500);
  });

  it('a printer that takes the bytes but never closes the connection gives device_timeout, not a false success', async () => {
    // Only a clean close proves the printer read the whole job; a timeout here tells the
    // print queue "maybe printed", which it must not silently retry.
    const held = new Set<net.Socket>();
    const server = net.createServer({ allowHalfOpen: true }, (socket) => {
      held.add(socket);
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of held) socket.destroy();
          server.close(() => resolve());
        }),
    );
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const printer = await enabled(createPrinter(`tcp://127.0.0.1:${address.port}`, { ...GBP, timeoutMs: 300 }));

    const { error, ms } = await failure(printer.printReceipt(receiptFixture(), { openDrawer: false }));
    expect(error.code).toBe('device_timeout');
    expect(error.message).toBe(`Receipt printer at 127.0.0.1:${address.port} did not take the receipt within 0.3 s`);
    expect(ms).toBeLessThan(1500);
  });

  it('printReceipt before enable rejects device_not_enabled and sends nothing', async () => {
    const lp = await loopback();
    const printer = createPrinter(lp.uri, GBP);

    expect((await failure(printer.printReceipt(receiptFixture(), { openDrawer: false }))).error.code).toBe(
      'device_not_enabled',
    );
    await printer.open();
    await printer.claim();
    expect((await failure(printer.openDrawer())).error.code).toBe('device_not_enabled');
    expect(lp.jobs).toHaveLength(0);

    await printer.enable();
    await printer.printReceipt(receiptFixture(), { openDrawer: false });
    await printer.disable();
    expect((await failure(printer.printReceipt(receiptFixture(), { openDrawer: false }))).error.code).toBe(
      'device_not_enabled',
    );
    expect(lp.jobs).toHaveLength(1);
  });

  it('the lifecycle goes closed -> opened -> claimed -> enabled and back, and rejects steps out of order', async () => {
    const printer = createPrinter('tcp://127.0.0.1:9', GBP);
    expect(printer.state).toBe('closed');
    expect((await failure(printer.enable())).error.code).toBe('device_not_enabled');
    await enabled(printer);
    expect(printer.state).toBe('enabled');
    expect((await failure(printer.open())).error.code).toBe('device_not_enabled');
    await printer.release();
    expect(printer.state).toBe('opened');
    await printer.close();
    expect(printer.state).toBe('closed');
    expect(await printer.checkHealth()).toEqual({ ok: false, state: 'closed', detail: 'Receipt printer tcp://127.0.0.1:9 is closed' });
  });
});
