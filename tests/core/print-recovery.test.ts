import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/db/connection';
import { SimulatedPrinter } from '../../electron/core/devices/printer/simulated-printer';
import { pay, perTest, RESOURCES, startCore } from './harness';

const SOURDOUGH = '5010029032307';
const COLA = '5449000004178';
const ROOT = path.resolve(__dirname, '..', '..');

const { dir: freshDir, start } = perTest();

const jobStatuses = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('select status, count(*) as n from print_jobs group by status').all() as { status: string; n: number }[];
  db.close();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
};

describe('print jobs a stopped till left behind', () => {
  it('at the next start a job still queued is failed and waits for Reprint; one caught printing may have printed', async () => {
    const dir = freshDir();
    const first = await startCore(dir, { demo: true });
    const till = first.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    const queued = await pay(till, 500);
    await till.ok('cart.scan', { code: COLA });
    const printing = await pay(till, 500);
    await new Promise((r) => setTimeout(r, 100));
    await first.core.close();
    // What a SIGKILL leaves: one job never started, one mid-print.
    const raw = new Database(path.join(dir, DB_FILE));
    raw.prepare("update print_jobs set status = 'queued' where sale_id = ?").run(queued.saleId);
    raw.prepare("update print_jobs set status = 'printing' where sale_id = ?").run(printing.saleId);
    raw.close();
    const printer = new SimulatedPrinter();
    const second = await start(dir, { printer });
    // Nothing printed by itself at start, and no drawer kicked open.
    await new Promise((r) => setTimeout(r, 100));
    expect(printer.jobs).toEqual([]);
    const c = second.connect();
    await c.ok('session.login', { pin: '1111' });
    const unprinted = await c.ok('receipt.unprinted');
    expect(unprinted.map((j) => [j.receiptNumber, j.status])).toEqual([
      [printing.receiptNumber, 'interrupted'],
      [queued.receiptNumber, 'failed'],
    ]);
    expect(unprinted[0]?.error).toMatch(/may have printed/);
    expect(unprinted[1]?.error).toMatch(/Reprint/);

    // Never printed: the reprint is the original, and the drawer opens with it.
    await c.ok('receipt.reprint', { saleId: queued.saleId });
    // Maybe printed: the reprint is a COPY, and the drawer stays shut.
    await c.ok('receipt.reprint', { saleId: printing.saleId });
    const [original, copy] = printer.jobs;
    expect(original?.kind === 'receipt' && [original.doc.receiptNumber, original.doc.reprint, original.openedDrawer]).toEqual([
      queued.receiptNumber,
      false,
      true,
    ]);
    expect(copy?.kind === 'receipt' && [copy.doc.receiptNumber, copy.doc.reprint, copy.openedDrawer]).toEqual([
      printing.receiptNumber,
      true,
      false,
    ]);
    expect(await c.ok('receipt.unprinted')).toEqual([]);
  });

  it('after a SIGKILL in the middle of a storm of sales, no sale is lost, none is printed twice, and every unprinted one waits for Reprint', async () => {
    const dir = freshDir();
    // A till selling as fast as it can, with a printer slower than the sales.
    const script = `
      import { createCore } from './electron/core/core.ts';
      import { SimulatedPrinter } from './electron/core/devices/printer/simulated-printer.ts';
      import { connectRouter } from './electron/core/router-client.ts';
      class SlowPrinter extends SimulatedPrinter {
        async printReceipt(doc, opts) { await new Promise((r) => setTimeout(r, 15)); return super.printReceipt(doc, opts); }
      }
      const printer = new SlowPrinter();
      const core = await createCore({ dataDir: ${JSON.stringify(dir)}, demo: true, resourcesDir: ${JSON.stringify(RESOURCES)}, printerFactory: () => printer });
      const till = connectRouter(core.router, 'storm');
      await till.ok('session.login', { pin: '1111' });
      for (let i = 0; ; i++) {
        await till.ok('cart.scan', { code: i % 2 ? '${SOURDOUGH}' : '${COLA}' });
        const cart = await till.ok('cart.get');
        const sale = await till.ok('sale.payCash', { tendered: 1000, cartVersion: cart.version });
        process.stdout.write('sold ' + sale.receiptNumber + '\\n');
      }`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sold: string[] = [];
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        for (const m of d.toString().matchAll(/sold (\S+)/g)) sold.push(m[1] ?? '');
        if (sold.length >= 60) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the storm ended by itself (${code}): ${err}`)));
    });
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;

    const file = path.join(dir, DB_FILE);
    const left = jobStatuses(file);
    // The kill caught receipts waiting behind the slow printer: the situation under test.
    expect((left.queued ?? 0) + (left.printing ?? 0)).toBeGreaterThan(0);

    const printer = new SimulatedPrinter();
    const t = await start(dir, { printer });
    const after = jobStatuses(file);
    expect(after.queued ?? 0).toBe(0);
    expect(after.printing ?? 0).toBe(0);
    expect(printer.jobs).toEqual([]);

    const db = t.core.db.sqlite;
    const numbers = db.prepare('select receipt_number from sales order by receipt_no').pluck().all() as string[];
    // Every sale the till confirmed is there, and numbering has no gap.
    for (const n of sold) expect(numbers).toContain(n);
    expect(numbers).toEqual(numbers.map((_n, i) => `T01-${String(i + 1).padStart(6, '0')}`));
    // Each sale has exactly one job, and it either printed or waits for Reprint.
    expect(db.prepare('select count(*) from print_jobs').pluck().get()).toBe(numbers.length);
    const c = t.connect();
    await c.ok('session.login', { pin: '1111' });
    const unprinted = await c.ok('receipt.unprinted', { limit: 100 });
    expect(unprinted.length).toBe((after.failed ?? 0) + (after.interrupted ?? 0));
    expect(unprinted.length + (after.printed ?? 0)).toBe(numbers.length);
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    const v = await manager.ok('journal.verify', {});
    expect(v).toMatchObject({ intact: true, problems: [] });
  });
});
