import type { TillSettings } from '../../../shared/contract/admin';
import type { PrinterStatusView } from '../../../shared/domain/devices';
import type { PrintJobView } from '../../../shared/domain/sale';
import { newId, nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import { isDeviceError, type ReceiptPrinter } from '../devices/types';
import { fail } from '../errors';
import type { EventBus } from '../events';
import { loadReceiptDoc } from '../sales/receipt-doc';

export type PrinterFactory = (settings: TillSettings) => ReceiptPrinter;

/**
 * Prints receipts after the sale has committed. A printer that is offline never
 * blocks or loses a sale: the job is recorded, fails visibly, and can be reprinted.
 * Jobs run one at a time so two receipts never interleave on the paper.
 */
export class PrintService {
  private printer: ReceiptPrinter;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly factory: PrinterFactory,
    settings: TillSettings,
  ) {
    this.printer = factory(settings);
  }

  /** Take the printer through open -> claim -> enable; an unreachable printer is reported, not fatal. */
  async start(): Promise<void> {
    const p = this.printer;
    try {
      await p.open();
      await p.claim(1000);
      await p.enable();
    } catch (err) {
      console.warn(`receipt printer ${p.name}: ${(err as Error).message}`);
    }
  }

  async reconfigure(settings: TillSettings): Promise<void> {
    await this.serial(async () => {
      await this.shutdownPrinter();
      this.printer = this.factory(settings);
    });
    await this.start();
    void this.status().then((s) => this.events.emit('printer.status', s));
  }

  /** Print a queued job; resolves with the job's final state and never rejects. */
  print(jobId: string): Promise<PrintJobView> {
    return this.serial(() => this.run(jobId));
  }

  /** A new job for a finalized sale; marked COPY once any receipt of it has printed. */
  reprint(saleId: string): Promise<PrintJobView> {
    const sale = this.db.first(this.db.q.selectFrom('sales').select('id').where('id', '=', saleId));
    if (!sale) fail('not_found', 'No such sale');
    const at = nowIso(this.clock);
    const id = newId(this.clock);
    this.db.run(
      this.db.q
        .insertInto('print_jobs')
        .values({ id, sale_id: saleId, status: 'queued', attempts: 0, error: null, created_at: at, updated_at: at }),
    );
    return this.print(id);
  }

  job(jobId: string): PrintJobView {
    const row =
      this.db.first(
        this.db.q
          .selectFrom('print_jobs as j')
          .innerJoin('sales as s', 's.id', 'j.sale_id')
          .select(['j.id', 'j.sale_id', 's.receipt_number', 'j.status', 'j.attempts', 'j.error', 'j.updated_at'])
          .where('j.id', '=', jobId),
      ) ?? fail('not_found', 'No such print job');
    return {
      id: row.id,
      saleId: row.sale_id,
      receiptNumber: row.receipt_number,
      status: row.status,
      attempts: row.attempts,
      error: row.error,
      updatedAt: row.updated_at,
    };
  }

  async status(): Promise<PrinterStatusView> {
    const p = this.printer;
    const health = await p.checkHealth();
    const base = { configured: p.name !== 'none', name: p.name, detail: health.detail };
    try {
      const s = await p.status();
      return { ...base, online: s.online, paperNearEnd: s.paperNearEnd, paperEnd: s.paperEnd, coverOpen: s.coverOpen };
    } catch {
      return { ...base, online: false, paperNearEnd: false, paperEnd: false, coverOpen: false };
    }
  }

  async stop(): Promise<void> {
    await this.serial(() => this.shutdownPrinter());
  }

  private async run(jobId: string): Promise<PrintJobView> {
    const job = this.job(jobId);
    const printedBefore = this.db.first(
      this.db.q.selectFrom('print_jobs').select('id').where('sale_id', '=', job.saleId).where('status', '=', 'printed'),
    );
    const doc = loadReceiptDoc(this.db, job.saleId, { reprint: printedBefore !== undefined });
    let error: string | null = null;
    try {
      // The drawer is wired to the printer: it opens with the first receipt that prints.
      await this.printer.printReceipt(doc, { openDrawer: printedBefore === undefined });
    } catch (err) {
      error = isDeviceError(err) ? err.message : `Printing failed: ${(err as Error).message}`;
    }
    this.db.run(
      this.db.q
        .updateTable('print_jobs')
        .set({
          status: error ? 'failed' : 'printed',
          attempts: job.attempts + 1,
          error,
          updated_at: nowIso(this.clock),
        })
        .where('id', '=', jobId),
    );
    const done = this.job(jobId);
    this.events.emit('print.job', done);
    return done;
  }

  private async shutdownPrinter(): Promise<void> {
    const p = this.printer;
    for (const step of [() => p.disable(), () => p.release(), () => p.close()]) {
      try {
        await step();
      } catch {
        // Already further down the lifecycle: nothing to undo.
      }
    }
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
