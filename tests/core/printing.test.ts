import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJobView } from '../../shared/domain/sale';
import { pay, startCore, tempDataDir, type TestCore, waitFor } from './harness';

const SOURDOUGH = '5010029032307';

describe('receipts when the printer is offline', () => {
  const data = tempDataDir();
  let t: TestCore;
  const pushed: PrintJobView[] = [];

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    t.core.events.on('print.job', (job) => pushed.push(job));
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  it('the sale commits, the cashier is told printing failed, and a reprint prints it', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    t.printer.setOnline(false);
    await till.ok('cart.scan', { code: SOURDOUGH });
    const sale = await pay(till, 500);
    expect(sale.printJob?.status).toBe('queued');
    await waitFor(() => pushed.some((j) => j.id === sale.printJob?.id));
    const failed = pushed.find((j) => j.id === sale.printJob?.id);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toMatch(/offline|not reachable/i);
    expect((await till.ok('sale.recent', { limit: 5 }))[0]?.receiptNumber).toBe(sale.receiptNumber);

    t.printer.setOnline(true);
    const again = await till.ok('receipt.reprint', { saleId: sale.saleId });
    expect(again.status).toBe('printed');
    const printed = t.printer.jobs.filter((j) => j.kind === 'receipt');
    // Never printed before, so this is the original, and the drawer opens with it.
    expect(printed.at(-1)?.kind === 'receipt' && printed.at(-1)).toMatchObject({ openedDrawer: true });
    expect(printed.at(-1)?.kind === 'receipt' && printed.at(-1)?.doc.reprint).toBe(false);

    const copy = await till.ok('receipt.reprint', { saleId: sale.saleId });
    expect(copy.status).toBe('printed');
    const last = t.printer.jobs.at(-1);
    expect(last?.kind === 'receipt' && last.doc.reprint).toBe(true);
    expect(last?.kind === 'receipt' && last.openedDrawer).toBe(false);
  });

  it('printer status reports an offline printer', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    t.printer.setOnline(false);
    expect((await till.ok('devices.printerStatus')).online).toBe(false);
    t.printer.setOnline(true);
    expect((await till.ok('devices.printerStatus')).online).toBe(true);
  });
});
