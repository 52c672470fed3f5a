import type { Worker } from 'node:worker_threads';
import type { ColumnMapping, DryRunReport, ImportJobView } from '../../../shared/domain/catalog-io';
import { newId } from '../clock';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { spawnWorker } from '../workers/spawn-worker';
import type { ImportWorkerJob, ImportWorkerMessage } from './import-worker';
import type { Upload } from './uploads';

/** How long the import worker leaves the write lock free after each batch, so a sale gets in. */
const PAUSE_MS = 4;

type Running = { kind: 'check' } | { kind: 'import'; view: ImportJobView; cancel: Int32Array };

/**
 * Runs imports in a worker thread, one at a time (a dry run while an import publishes would
 * check against half a catalog), and pushes their progress as catalogio.progress.
 */
export class ImportRunner {
  private running: Running | null = null;
  private readonly finished = new Map<string, ImportJobView>();
  private lastId: string | null = null;

  constructor(
    private readonly ctx: CoreContext,
    private readonly opts: { dbFile: string; nativeBinding: string | undefined },
  ) {}

  async inspect(upload: Upload): Promise<{ headers: string[]; rows: number }> {
    const reply = await this.run({ mode: 'inspect', ...this.base(upload) });
    if (reply.type !== 'inspected') fail('import_refused', reply.type === 'error' ? reply.message : 'The file could not be read');
    return reply;
  }

  async dryRun(upload: Upload, mapping: ColumnMapping): Promise<DryRunReport> {
    this.claim({ kind: 'check' });
    try {
      const reply = await this.run({ mode: 'dryRun', mapping, ...this.base(upload) });
      if (reply.type !== 'report') fail('import_refused', reply.type === 'error' ? reply.message : 'The file could not be checked');
      return reply.report;
    } finally {
      this.running = null;
    }
  }

  /** Starts an import and returns at once; the returned view is updated by progress pushes. */
  start(upload: Upload, mapping: ColumnMapping, who: { staffId: string; tillId: string }, done: () => void): ImportJobView {
    const view: ImportJobView = {
      id: newId(this.ctx.clock),
      fileName: upload.name,
      status: 'validating',
      total: 0,
      done: 0,
      created: 0,
      updated: 0,
      issues: [],
      error: null,
      ms: 0,
    };
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    this.claim({ kind: 'import', view, cancel });
    this.lastId = view.id;
    const started = performance.now();
    const job: ImportWorkerJob = {
      mode: 'import',
      mapping,
      ...this.base(upload),
      job: { id: view.id, tillId: who.tillId, staffId: who.staffId, fileName: upload.name },
      cancel: cancel.buffer as SharedArrayBuffer,
      pauseMs: PAUSE_MS,
    };
    const update = (patch: Partial<ImportJobView>) => {
      Object.assign(view, patch, { ms: Math.round(performance.now() - started) });
      this.ctx.events.emit('catalogio.progress', { ...view, issues: [...view.issues] });
    };
    this.run(job, (m) => {
      if (m.type === 'progress') update({ status: m.phase, done: m.done, created: m.created, updated: m.updated, total: Math.max(view.total, m.done) });
    })
      .then((reply) => {
        if (reply.type === 'error') return update({ status: 'failed', error: reply.message });
        if (reply.type !== 'outcome') return update({ status: 'failed', error: 'The import stopped unexpectedly' });
        const o = reply.outcome;
        if (o.status === 'done') update({ status: 'done', created: o.created, updated: o.updated, done: o.created + o.updated, total: o.created + o.updated });
        else if (o.status === 'cancelled') update({ status: 'cancelled', created: 0, updated: 0 });
        else if (o.status === 'failed') update({ status: 'failed', issues: o.issues, error: o.error });
        else update({ status: 'failed', error: 'halted' });
      })
      .catch((err: unknown) => update({ status: 'failed', error: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        this.finished.set(view.id, { ...view });
        this.running = null;
        if (view.status === 'done') done();
      });
    return { ...view };
  }

  cancel(jobId: string): ImportJobView {
    const r = this.running;
    if (r?.kind === 'import' && r.view.id === jobId) {
      // Read between batches; once committing, the worker finishes instead (publish.ts).
      Atomics.store(r.cancel, 0, 1);
      return { ...r.view };
    }
    return this.finished.get(jobId) ?? fail('not_found', 'No such import');
  }

  status(jobId: string | undefined): ImportJobView | null {
    const id = jobId ?? this.lastId;
    if (id === null) return null;
    const r = this.running;
    if (r?.kind === 'import' && r.view.id === id) return { ...r.view };
    return this.finished.get(id) ?? (jobId === undefined ? null : fail('not_found', 'No such import'));
  }

  private claim(run: Running): void {
    // Claimed before any await, so two requests cannot both start.
    if (this.running !== null) fail('busy', 'An import or a check is already running; wait until it has finished');
    this.running = run;
  }

  private base(upload: Upload) {
    return { file: upload.file, format: upload.format, dbFile: this.opts.dbFile, nativeBinding: this.opts.nativeBinding };
  }

  private async run(job: ImportWorkerJob, onProgress?: (m: ImportWorkerMessage) => void): Promise<ImportWorkerMessage> {
    const worker: Worker = await spawnWorker('catalog-import-worker', job);
    return new Promise((resolve, reject) => {
      let settled = false;
      worker.on('message', (m: ImportWorkerMessage) => {
        if (m.type === 'progress') return onProgress?.(m);
        settled = true;
        resolve(m);
      });
      worker.once('error', (err) => {
        settled = true;
        reject(err);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`the import worker stopped (exit ${code})`));
      });
    });
  }
}
