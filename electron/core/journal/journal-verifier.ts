import type { JournalHead, JournalVerifyResult } from '../../../shared/domain/journal';
import { fail } from '../errors';
import { askWorker } from '../workers/spawn-worker';
import type { VerifyJob } from './verify-worker';

type Reply = { ok: true; result: JournalVerifyResult } | { ok: false; message: string };

/**
 * Runs journal verification in a worker thread on a read-only connection. One check at
 * a time: a second request while one runs waits for that run when it asks the same
 * question, and is told the till is busy otherwise, so a flood of requests cannot start
 * a flood of threads.
 */
export class JournalVerifier {
  private running: { key: string; done: Promise<JournalVerifyResult> } | null = null;

  constructor(
    private readonly file: string,
    private readonly nativeBinding: string | undefined,
  ) {}

  verify(expected: JournalHead | null): Promise<JournalVerifyResult> {
    const key = expected ? `${expected.seq}:${expected.hash}` : '';
    if (this.running) {
      if (this.running.key === key) return this.running.done;
      fail('busy', 'A journal check is already running; try again when it has finished');
    }
    const done = this.run({ file: this.file, nativeBinding: this.nativeBinding, expected }).finally(() => {
      this.running = null;
    });
    this.running = { key, done };
    return done;
  }

  private async run(job: VerifyJob): Promise<JournalVerifyResult> {
    const reply = await askWorker<Reply>('journal-verify-worker', job, 'the journal check');
    if (!reply.ok) throw new Error(`journal check failed: ${reply.message}`);
    return reply.result;
  }
}
