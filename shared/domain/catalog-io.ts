/** Catalog import and export as the back office sees them (shared/contract/catalog-io.ts). */

/** The product fields a file's columns can be mapped to. */
export const IMPORT_FIELDS = [
  'sku',
  'name',
  'barcodes',
  'category',
  'brand',
  'price',
  'cost',
  'tax',
  'unit',
  'soldByWeight',
  'ageRestricted',
  'reorderPoint',
  'reorderQty',
  'supplier',
  'supplierCode',
  'openingStock',
  'active',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One entry per column of the file, in order: the field it fills, or null to ignore it. */
export type ColumnMapping = (ImportField | null)[];

export interface ImportFileView {
  uploadId: string;
  name: string;
  bytes: number;
  format: 'csv' | 'xlsx';
  headers: string[];
  /** The mapping to propose: the one last confirmed for this layout, else matched by header names. */
  mapping: ColumnMapping;
  /** True when `mapping` is the one a user confirmed for a file with these headers before. */
  remembered: boolean;
  /** Data rows (the header row not counted). */
  rows: number;
}

/** A bad row. `row` is the file's row number, the header being row 1; `column` the header, or '' for the row. */
export interface ImportIssue {
  row: number;
  column: string;
  message: string;
}

export interface DryRunReport {
  rows: number;
  /** Rows that would create a product, and rows that would update one (matched by SKU or barcode). */
  creates: number;
  updates: number;
  /** Every bad row's issues, in file order; at most MAX_REPORTED_ISSUES (then `more` counts the rest). */
  issues: ImportIssue[];
  more: number;
  ms: number;
}

export const MAX_REPORTED_ISSUES = 5000;

export type ImportStatus = 'validating' | 'publishing' | 'committing' | 'done' | 'cancelled' | 'failed';

export interface ImportJobView {
  id: string;
  fileName: string;
  status: ImportStatus;
  /** Rows of the file, and rows through the current phase (publishing, then committing). */
  total: number;
  done: number;
  created: number;
  updated: number;
  /** Why a failed import failed: the bad rows found when it started, or an error. Nothing was changed. */
  issues: ImportIssue[];
  error: string | null;
  ms: number;
}

export type ExportKind = 'products' | 'stock' | 'movements';
export type ExportFormat = 'csv' | 'xlsx';

export interface ExportView {
  exportId: string;
  fileName: string;
  bytes: number;
  rows: number;
  ms: number;
}

export interface ExportChunk {
  /** Base64 of the bytes from `offset`. */
  data: string;
  /** Where the next chunk starts, or null at the end. */
  next: number | null;
}

/** Bytes per upload or download chunk: its base64 stays well under the web host's 1 MiB frame. */
export const TRANSFER_CHUNK_BYTES = 512 * 1024;
/** The largest file an import takes. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
