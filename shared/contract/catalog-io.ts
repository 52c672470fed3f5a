import { z } from 'zod';
import {
  IMPORT_FIELDS,
  MAX_IMPORT_BYTES,
  TRANSFER_CHUNK_BYTES,
  type DryRunReport,
  type ExportChunk,
  type ExportView,
  type ImportFileView,
  type ImportJobView,
} from '../domain/catalog-io';
import { channel } from './define';
import { id } from './inputs';

// base64 of one chunk, with room for padding.
const chunk = z
  .string()
  .max(Math.ceil(TRANSFER_CHUNK_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A chunk is base64');
const mapping = z
  .array(z.enum(IMPORT_FIELDS).nullable())
  .max(200)
  .describe("One entry per column of the file, in order: the field it fills, or null to ignore the column.");
const upload = z.object({ uploadId: id, mapping }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD');

/**
 * Catalog import and export (the back office). A file travels as base64 chunks of at most
 * 512 KiB, so it fits the web host's frames and Electron takes the same path; it is kept
 * in the data folder's imports/ until imported. Imports and exports run in a worker thread
 * on their own connection, so the till keeps selling.
 */
export const catalogIoChannels = {
  'catalogio.upload': channel<ImportFileView | { uploadId: string; bytes: number }>()({
    input: z
      .object({
        uploadId: id.optional().describe('Omit for the first chunk; then the id the first reply gave.'),
        name: z.string().trim().min(1).max(200).regex(/\.(csv|txt|xlsx)$/i, 'A catalog file is .csv, .txt or .xlsx'),
        data: chunk,
        last: z.boolean().describe('True on the final chunk: the reply then reads the header row and proposes a mapping.'),
      })
      .strict(),
    access: 'catalog.manage',
    summary: `Upload a CSV or XLSX catalog file in base64 chunks of at most ${TRANSFER_CHUNK_BYTES} bytes, ${MAX_IMPORT_BYTES} bytes in all. The last chunk's reply lists the headers and proposes a column mapping (the remembered one for this layout if there is one).`,
  }),
  'catalogio.dryRun': channel<DryRunReport>()({
    input: upload,
    access: 'catalog.manage',
    summary:
      'Check an uploaded file with a column mapping and report every bad row with its reason; writes nothing except remembering the mapping for this layout.',
  }),
  'catalogio.import': channel<ImportJobView>()({
    input: upload,
    access: 'catalog.manage',
    summary:
      'Start importing an uploaded file, all or nothing: rows matching a product by SKU or barcode update it, the rest create products. Progress is pushed as catalogio.progress; one import at a time.',
  }),
  'catalogio.cancel': channel<ImportJobView>()({
    input: z.object({ jobId: id }).strict(),
    access: 'catalog.manage',
    summary:
      'Cancel a running import: everything it changed is undone. Once it is committing (its documents are being written) it finishes instead.',
  }),
  'catalogio.status': channel<ImportJobView | null>()({
    input: z.object({ jobId: id.optional() }).strict().optional(),
    access: 'catalog.manage',
    summary: 'The running import, or the given or last one; null if there was none since the app started.',
  }),
  'catalogio.export': channel<ExportView>()({
    input: z
      .object({
        kind: z.enum(['products', 'stock', 'movements']),
        format: z.enum(['csv', 'xlsx']),
        from: isoDate.optional().describe('Movements only: the first day (store time is UTC here), inclusive.'),
        to: isoDate.optional().describe('Movements only: the last day, inclusive.'),
      })
      .strict(),
    access: 'catalog.manage',
    summary:
      'Write products, stock on hand or stock movements (in a date range) to a CSV or XLSX file in a worker thread; fetch it with catalogio.download.',
  }),
  'catalogio.download': channel<ExportChunk>()({
    input: z.object({ exportId: id, offset: z.number().int().min(0).describe('Byte offset in the file to read from (0 = the start).') }).strict(),
    access: 'catalog.manage',
    summary: `Read an export file as base64 from a byte offset, ${TRANSFER_CHUNK_BYTES} bytes at a time.`,
  }),
};
