import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as ReceiptDocModule from '../../electron/core/sales/receipt-doc';
import { snapshot, startCore, tempDataDir, type TestCore } from './harness';

const failing = vi.hoisted(() => ({ receipt: false }));
vi.mock('../../electron/core/sales/receipt-doc', async (original) => {
  const real = await original<typeof ReceiptDocModule>();
  return {
    ...real,
    loadReceiptDoc: (...args: Parameters<typeof real.loadReceiptDoc>) => {
      if (failing.receipt) throw new Error('the disk went away after the commit');
      return real.loadReceiptDoc(...args);
    },
  };
});

describe('a committed sale is never reported as failed', () => {
  const data = tempDataDir();
  let t: TestCore;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  it('when showing the receipt, queueing its print and updating other screens all fail after the commit', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: '5010029032307' });
    const before = snapshot(t.core);
    const printing = t.core.services.printing;
    const carts = t.core.services.carts;
    const job = vi.spyOn(printing, 'job').mockImplementation(() => {
      throw new Error('print queue unreadable');
    });
    const print = vi.spyOn(printing, 'print').mockImplementation(() => {
      throw new Error('printer driver crashed');
    });
    const realView = carts.view.bind(carts);
    const { version } = await till.ok('cart.get');
    // The sale's own read of the cart runs inside its transaction; the push's read after it fails.
    const view = vi.spyOn(carts, 'view').mockImplementation((tillId) => {
      if (!t.core.db.sqlite.inTransaction) throw new Error('cart view failed');
      return realView(tillId);
    });
    failing.receipt = true;
    try {
      const sale = await till.ok('sale.payCash', { tendered: 500, cartVersion: version });
      expect(sale).toMatchObject({ receiptNumber: 'T01-000001', total: 325, tendered: 500, change: 175, receipt: null, printJob: null });
      expect(sale.warnings.sort()).toEqual(['print_not_queued', 'receipt_not_loaded', 'screens_not_updated']);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      failing.receipt = false;
      job.mockRestore();
      print.mockRestore();
      view.mockRestore();
    }
    expect(snapshot(t.core).sales).toBe((before.sales ?? 0) + 1);
    // The receipt is there to reprint once the fault clears.
    const recent = await till.ok('sale.recent', { limit: 1 });
    expect(recent[0]?.receiptNumber).toBe('T01-000001');
    expect((await till.ok('receipt.reprint', { saleId: recent[0]?.id ?? '' })).status).toBe('printed');
  });
});
