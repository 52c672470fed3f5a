import type { Kysely } from 'kysely';
import type { TillSettings } from '../../../shared/contract/admin';
import type { PrinterStatusView } from '../../../shared/domain/devices';
import type { LabelDoc } from '../../../shared/domain/shelf-labels';
import type { PrintJobStatus, PrintJobView } from '../../../shared/domain/sale';
import { newId, nowIso, type Clock } from '../clock';
import { prepared, type Arg } from '../db/prepared';
import type { DB } from '../db/schema';
import type { SqlDb } from '../db/sql';
import { isDeviceError, type ReceiptPrinter } from '../devices/types';
import { fail } from '../errors';
import { SerialQueue } from '../serial-queue';
import type { EventBus } from '../events';
import { saleOpensDrawer } from '../sales/opens-drawer';
import { loadReceiptDoc } from '../sales/receipt-doc';

export type PrinterFactory = (settings: TillSettings) => ReceiptPrinter;

const STOPPED_BEFORE = 'Tillbox stopped before this receipt was printed. Press Reprint to print it.';
const STOPPED_WHILE = 'Tillbox stopped while this receipt was printing; it may have printed. A reprint is marked COPY.';

type JobRow = {
  id: string;
  sale_id: string;
  receipt_number: string;
  status: PrintJobStatus;
  attempts: number;
  error: string | null;
  updated_at: string;
};

function toJobView(row: JobRow): PrintJobView {
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

/**
 * Prints receipts after the sale has committed. A printer that is offline never
 * blocks or loses a sale: the job is recorded, fails visibly, and can be reprinted.
 * Jobs run one at a time so two receipts never interleave on the paper.
 */
export class PrintService {
  private printer: ReceiptPrinter;
  private readonly queue = new SerialQueue();
  /** Whether the printer answered the last status read; null before the first. */
  private lastOnline: boolean | null = null;

  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly factory: PrinterFactory,
    settings: TillSettings,
  ) {
    this.printer = factory(settings);
  }

  /**
   * Jobs a previous run left unfinished: it was killed, or the power went. A job still
   * queued never sent a byte, so it is marked failed and waits for Reprint rather than
   * printing by itself, and kicking the drawer open, minutes later at startup. A job
   * caught printing may or may not have printed: it is marked interrupted, and any
   * reprint of its sale is a COPY that leaves the drawer shut. Nothing is ever printed
   * twice without a person asking, and nothing is dropped silently.
   */
  recoverUnfinished(): { failed: number; interrupted: number } {
    const at = nowIso(this.clock);
    return this.db.tx(() => {
      const failed = this.db.run(
        this.db.q
          .updateTable('print_jobs')
          .set({ status: 'failed', error: STOPPED_BEFORE, updated_at: at })
          .where('status', '=', 'queued'),
      ).changes;
      const interrupted = this.db.run(
        this.db.q
          .updateTable('print_jobs')
          .set({ status: 'interrupted', error: STOPPED_WHILE, updated_at: at })
          .where('status', '=', 'printing'),
      ).changes;
      return { failed, interrupted };
    });
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

  /** Print a queued job; resolves with the job's final state and never rejects. A job no longer queued is left alone. */
  print(jobId: string): Promise<PrintJobView> {
    return this.serial(() => this.run(jobId));
  }

  /**
   * A run of labels on the receipt printer, in the same queue as receipts: a label run
   * waits for the receipt printing before it, and a receipt paid meanwhile waits for the
   * run, so the two never share the paper. Rejects with the printer's DeviceError.
   */
  printLabels(labels: readonly LabelDoc[]): Promise<void> {
    return this.serial(() => this.printer.printLabels(labels));
  }

  /** Receipts of this till whose latest print job did not print, newest first: what Reprint is for. */
  unprinted(tillId: string, limit: number): PrintJobView[] {
    const rows = this.db.all(
      this.jobs()
        .where('s.till_id', '=', tillId)
        .where('j.status', 'in', ['failed', 'interrupted'])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('print_jobs as later')
                .select('later.id')
                .whereRef('later.sale_id', '=', 'j.sale_id')
                // UUIDv7 ids sort by creation time.
                .whereRef('later.id', '>', 'j.id'),
            ),
          ),
        )
        .orderBy('s.receipt_no', 'desc')
        .limit(limit),
    );
    return rows.map(toJobView);
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
      this.db.first(jobById.with({ jobId })) ?? fail('not_found', 'No such print job');
    return toJobView(row);
  }

  async status(): Promise<PrinterStatusView> {
    const view = await this.readStatus();
    this.lastOnline = view.online;
    return view;
  }

  private async readStatus(): Promise<PrinterStatusView> {
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
    if (job.status !== 'queued') return job;
    // A receipt that printed, or may have (interrupted), makes every later one a COPY.
    const printedBefore = this.db.first(
      this.db.q
        .selectFrom('print_jobs')
        .select('id')
        .where('sale_id', '=', job.saleId)
        .where('status', 'in', ['printed', 'interrupted']),
    );
    let error: string | null = null;
    try {
      const doc = loadReceiptDoc(this.db, job.saleId, { reprint: printedBefore !== undefined });
      // Marked before the first byte leaves, so a crash from here on reads as "may have printed".
      this.setStatus(jobId, { status: 'printing', attempts: job.attempts + 1, error: null });
      // The drawer is wired to the printer: it opens with the first receipt that prints,
      // when a tender of the sale is set to open it.
      const openDrawer = printedBefore === undefined && saleOpensDrawer(this.db, job.saleId);
      await this.printer.printReceipt(doc, { openDrawer });
    } catch (err) {
      error = isDeviceError(err) ? err.message : `Printing failed: ${(err as Error).message}`;
    }
    this.setStatus(jobId, { status: error ? 'failed' : 'printed', attempts: job.attempts + 1, error });
    const done = this.job(jobId);
    this.events.emit('print.job', done);
    // A job that printed where the printer was last seen offline, or failed where it was
    // seen online, means the status bar is out of date: read it again, in this queue so
    // the query never shares the printer with a receipt.
    if (this.lastOnline !== (error === null)) {
      void this.serial(() => this.status()).then((st) => this.events.emit('printer.status', st));
    }
    return done;
  }

  /** Print jobs with their sale's receipt number, as every job view is read. */
  private jobs() {
    return jobSelect(this.db.q);
  }

  private setStatus(jobId: string, s: { status: PrintJobStatus; attempts: number; error: string | null }): void {
    this.db.run(
      this.db.q
        .updateTable('print_jobs')
        .set({ ...s, updated_at: nowIso(this.clock) })
        .where('id', '=', jobId),
    );
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
    return this.queue.run(fn);
  }
}

const jobSelect = (q: Kysely<DB>) =>
  q
    .selectFrom('print_jobs as j')
    .innerJoin('sales as s', 's.id', 'j.sale_id')
    .select(['j.id', 'j.sale_id', 's.receipt_number', 'j.status', 'j.attempts', 'j.error', 'j.updated_at']);

/** Read after every sale; prepared once (db/prepared.ts). */
const jobById = prepared((q, arg: Arg<{ jobId: string }>) => jobSelect(q).where('j.id', '=', arg('jobId')));
