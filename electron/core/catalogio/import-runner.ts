import type { Worker } from 'node:worker_threads';
import type { ColumnMapping, DryRunReport, ImportJobView } from '../../../shared/domain/catalog-io';
import { newId } from '../clock';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { spawnWorker } from '../workers/spawn-worker';
import type { ImportWorkerJob, ImportWorkerMessage } from './import-worker';
import { recoverImports } from './rollback';
import { applyPlan } from './run-import';
import type { PlanRow } from './validate-rows';
import type { Upload } from './uploads';

type Running = { kind: 'check' } | { kind: 'import'; view: ImportJobView; cancel: boolean };

/**
 * Runs imports one at a time (a dry run while an import publishes would check against half
 * a catalog): a worker thread reads and checks the file, the till's writer applies it in
 * short batches, and progress is pushed as catalogio.progress.
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

  /** Starts an import and returns at once; progress is pushed, and status reads it. */
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
    const running: Running = { kind: 'import', view, cancel: false };
    this.claim(running);
    this.lastId = view.id;
    const started = performance.now();
    const update = (patch: Partial<ImportJobView>) => {
      Object.assign(view, patch, { ms: Math.round(performance.now() - started) });
      this.ctx.events.emit('catalogio.progress', { ...view, issues: [...view.issues] });
    };
    const deps = { db: this.ctx.db, clock: this.ctx.clock, writer: this.ctx.documents };
    const job = { id: view.id, tillId: who.tillId, staffId: who.staffId, fileName: upload.name };
    this.run({ mode: 'plan', mapping, ...this.base(upload) })
      .then(async (reply) => {
        if (reply.type === 'error') return update({ status: 'failed', error: reply.message });
        if (reply.type !== 'plan') return update({ status: 'failed', error: 'The file could not be checked' });
        if ('issues' in reply.result) return update({ status: 'failed', issues: reply.result.issues });
        update({ status: 'publishing', total: reply.result.plan.length });
        const outcome = await applyPlan(deps, job, reply.result.plan, {
          cancelled: () => running.cancel,
          progress: (phase, n, counts) => update({ status: phase, done: n, ...counts }),
          // One turn of the event loop between batches: a sale or a scan waiting runs now.
          pause: () => new Promise((resolve) => setImmediate(resolve)),
        });
        if (outcome.status === 'done') update({ status: 'done', created: outcome.created, updated: outcome.updated, done: view.total });
        else if (outcome.status === 'cancelled') update({ status: 'cancelled', created: 0, updated: 0, done: 0 });
        else if (outcome.status === 'failed') update({ status: 'failed', issues: outcome.issues, error: outcome.error, created: 0, updated: 0 });
      })
      .catch((err: unknown) => {
        // Whatever broke, the catalog is not left half imported: undo or finish it now, as a restart would.
        recoverImports(deps);
        update({ status: 'failed', error: err instanceof Error ? err.message : String(err) });
      })
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
      // Read between batches; once committing, the import finishes instead (publish.ts).
      r.cancel = true;
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

  private async run(job: ImportWorkerJob): Promise<ImportWorkerMessage> {
    const worker: Worker = await spawnWorker('catalog-import-worker', job);
    return new Promise((resolve, reject) => {
      let settled = false;
      const parts: PlanRow[][] = [];
      const onMessage = (m: ImportWorkerMessage) => {
        if (m.type === 'planPart') return void parts.push(m.rows);
        settled = true;
        worker.off('message', onMessage);
        resolve(m.type === 'plan' && 'plan' in m.result ? { type: 'plan', result: { plan: parts.flat() } } : m);
      };
      worker.on('message', onMessage);
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
