import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/domain/catalog-io';
import { fail } from '../errors';
import { fileFormat } from './read-file';

export interface Upload {
  id: string;
  name: string;
  file: string;
  format: 'csv' | 'xlsx';
  bytes: number;
  complete: boolean;
  /** Read from the file once its last chunk came. */
  headers: string[] | null;
}

const MAX_OPEN_UPLOADS = 8;

/**
 * Files being uploaded for import, in the data folder's imports/ directory under ids we
 * choose, so no name a client sends ever becomes a path. An upload lives until it is
 * imported or the app restarts (leftovers are removed at start).
 */
export class Uploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly dir: string) {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  append(input: { uploadId?: string | undefined; name: string; data: string; last: boolean }): Upload {
    const chunk = Buffer.from(input.data, 'base64');
    let upload = input.uploadId === undefined ? undefined : this.uploads.get(input.uploadId);
    if (input.uploadId !== undefined && (upload === undefined || upload.complete)) {
      fail('not_found', 'That upload is unknown or already complete; start the upload again');
    }
    if (upload === undefined) {
      if (this.uploads.size >= MAX_OPEN_UPLOADS) this.removeOldest();
      fs.mkdirSync(this.dir, { recursive: true });
      const id = randomUUID();
      const format = fileFormat(input.name);
      upload = { id, name: input.name, file: path.join(this.dir, `${id}.${format}`), format, bytes: 0, complete: false, headers: null };
      fs.writeFileSync(upload.file, '');
      this.uploads.set(id, upload);
    }
    if (upload.bytes + chunk.length > MAX_IMPORT_BYTES) {
      this.remove(upload.id);
      fail('file_too_large', `A catalog file can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    }
    fs.appendFileSync(upload.file, chunk);
    upload.bytes += chunk.length;
    upload.complete = input.last;
    return upload;
  }

  get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (upload === undefined || !upload.complete) fail('not_found', 'That file is not uploaded (or was already imported); choose it again');
    return upload;
  }

  remove(id: string): void {
    const upload = this.uploads.get(id);
    if (upload === undefined) return;
    this.uploads.delete(id);
    fs.rmSync(upload.file, { force: true });
  }

  private removeOldest(): void {
    const oldest = this.uploads.keys().next();
    if (!oldest.done) this.remove(oldest.value);
  }
}
