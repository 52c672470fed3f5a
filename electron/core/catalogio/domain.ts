import path from 'node:path';
import type { ColumnMapping, ImportFileView } from '../../../shared/domain/catalog-io';
import { nowIso } from '../clock';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import { DB_FILE } from '../db/connection';
import { fail } from '../errors';
import type { HandlersOf } from '../router';
import { Exports } from './exports';
import { ImportRunner } from './import-runner';
import { guessMapping, rememberedMapping, rememberMapping, repeatedFields } from './mapping';
import { recoverImports } from './rollback';
import { Uploads, type Upload } from './uploads';

/** catalogio.*: catalog import (CSV, XLSX) and export of products, stock and movements. */
export function catalogIoDomain(ctx: CoreContext, deps: { dataDir: string; nativeBinding: string | undefined }) {
  // Before any till call: an import the app stopped in the middle of is undone or finished.
  const recovered = recoverImports({ db: ctx.db, clock: ctx.clock, writer: ctx.documents });
  if (recovered.undone + recovered.finished > 0) console.warn(`catalog import recovery: ${recovered.undone} undone, ${recovered.finished} finished`);
  const workers = { dbFile: path.join(deps.dataDir, DB_FILE), nativeBinding: deps.nativeBinding };
  const uploads = new Uploads(path.join(deps.dataDir, 'imports'));
  const runner = new ImportRunner(ctx, workers);
  const exports = new Exports(path.join(deps.dataDir, 'exports'), workers);

  const checkedMapping = (upload: Upload, mapping: ColumnMapping): ColumnMapping => {
    const headers = upload.headers ?? [];
    if (mapping.length !== headers.length) fail('invalid_input', `The file has ${headers.length} columns but the mapping names ${mapping.length}`);
    const twice = repeatedFields(mapping);
    if (twice.length > 0) fail('invalid_input', `Each field can be filled by one column only: ${twice.join(', ')}`);
    // The mapping a user confirms is the one proposed for the next file of this layout.
    rememberMapping(ctx.db, ctx.clock, headers, mapping);
    return mapping;
  };

  const handlers: HandlersOf<'catalogio'> = {
    'catalogio.upload': async (input): Promise<ImportFileView | { uploadId: string; bytes: number }> => {
      const upload = uploads.append(input);
      if (!upload.complete) return { uploadId: upload.id, bytes: upload.bytes };
      let read: { headers: string[]; rows: number };
      try {
        read = await runner.inspect(upload);
      } catch (err) {
        uploads.remove(upload.id);
        throw err;
      }
      upload.headers = read.headers;
      const remembered = rememberedMapping(ctx.db, read.headers);
      return {
        uploadId: upload.id,
        name: upload.name,
        bytes: upload.bytes,
        format: upload.format,
        headers: read.headers,
        mapping: remembered ?? guessMapping(read.headers),
        remembered: remembered !== null,
        rows: read.rows,
      };
    },
    'catalogio.dryRun': (input) => {
      const upload = uploads.get(input.uploadId);
      return runner.dryRun(upload, checkedMapping(upload, input.mapping));
    },
    'catalogio.import': (input, call) => {
      const upload = uploads.get(input.uploadId);
      const mapping = checkedMapping(upload, input.mapping);
      return runner.start(upload, mapping, { staffId: staffOf(call).id, tillId: tillIdOf(ctx) }, () => uploads.remove(upload.id));
    },
    'catalogio.cancel': (input) => runner.cancel(input.jobId),
    'catalogio.status': (input) => runner.status(input?.jobId),
    'catalogio.export': (input) => exports.run(input, ctx.settings.currencyExponent(), nowIso(ctx.clock).slice(0, 10)),
    'catalogio.download': (input) => exports.chunk(input.exportId, input.offset),
  };
  return { handlers };
}
