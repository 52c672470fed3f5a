import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TRANSFER_CHUNK_BYTES, type ExportChunk, type ExportFormat, type ExportKind, type ExportView } from '../../../shared/domain/catalog-io';
import { fail } from '../errors';
import { askWorker } from '../workers/spawn-worker';
import type { ExportJob, ExportReply } from './export-worker';

const KEEP = 4;

/**
 * Exports are written to a file in the data folder's exports/ by a worker thread, then read
 * back in base64 chunks (catalogio.download). A file rather than one reply: a 200,000-product
 * XLSX is tens of MB, more than a web host frame, and the browser can only download bytes it
 * was sent; Electron takes the same path, so both are tested by one.
 */
export class Exports {
  private readonly files = new Map<string, { file: string; name: string }>();
  private running = false;

  constructor(
    private readonly dir: string,
    private readonly opts: { dbFile: string; nativeBinding: string | undefined },
  ) {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  async run(input: { kind: ExportKind; format: ExportFormat; from?: string | undefined; to?: string | undefined }, exponent: number, day: string): Promise<ExportView> {
    if (this.running) fail('busy', 'An export is already being written; try again when it has finished');
    this.running = true;
    try {
      const started = performance.now();
      fs.mkdirSync(this.dir, { recursive: true });
      const exportId = randomUUID();
      const out = path.join(this.dir, `${exportId}.${input.format}`);
      const job: ExportJob = { ...this.opts, out, exponent, ...input };
      const reply = await this.work(job);
      if (!reply.ok) throw new Error(`export failed: ${reply.message}`);
      const fileName = `tillbox-${input.kind}-${day}.${input.format}`;
      this.files.set(exportId, { file: out, name: fileName });
      while (this.files.size > KEEP) this.drop(this.files.keys().next().value ?? '');
      return { exportId, fileName, bytes: fs.statSync(out).size, rows: reply.rows, ms: Math.round(performance.now() - started) };
    } finally {
      this.running = false;
    }
  }

  chunk(exportId: string, offset: number): ExportChunk {
    const found = this.files.get(exportId) ?? fail('not_found', 'That export is no longer there; export again');
    const size = fs.statSync(found.file).size;
    if (offset > size) fail('invalid_input', 'The offset is past the end of the export');
    const buf = Buffer.alloc(Math.min(TRANSFER_CHUNK_BYTES, size - offset));
    const fd = fs.openSync(found.file, 'r');
    try {
      fs.readSync(fd, buf, 0, buf.length, offset);
    } finally {
      fs.closeSync(fd);
    }
    const next = offset + buf.length;
    return { data: buf.toString('base64'), next: next >= size ? null : next };
  }

  private drop(id: string): void {
    const f = this.files.get(id);
    this.files.delete(id);
    if (f) fs.rmSync(f.file, { force: true });
  }

  private async work(job: ExportJob): Promise<ExportReply> {
    return askWorker<ExportReply>('catalog-export-worker', job, 'the export worker');
  }
}
