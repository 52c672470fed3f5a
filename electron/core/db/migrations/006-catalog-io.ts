import type { Migration } from './migration';

/**
 * Schema 6: catalog import and export.
 *
 * - import_layouts: the column mapping a user confirmed, per file layout (a signature of
 *   the file's normalized header row), proposed the next time a file with that layout comes.
 * - import_jobs: one row per import, so a crash mid-import is found at the next start.
 * - import_changes: what each published row of an import changed (the product it created,
 *   or the product's fields before it updated them) and what is still to be made final
 *   (its new price, its opening stock). It is both the undo log of a cancelled or crashed
 *   import and the to-do list of one being committed (catalogio/publish.ts explains).
 */
export const catalogIo: Migration = {
  version: 6,
  name: 'catalog import and export: remembered layouts, import jobs and their change log',
  steps: [
    `
    CREATE TABLE import_layouts (
      signature TEXT PRIMARY KEY,
      -- JSON: { "<header>": "<field>" | null } as the user confirmed it.
      mapping TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE import_jobs (
      id TEXT PRIMARY KEY,
      till_id TEXT NOT NULL,
      staff_id TEXT REFERENCES staff(id),
      file_name TEXT NOT NULL,
      -- publishing: rows are going in and can still be undone; committing: past the point
      -- of no return, its documents are being written; then done, rolled_back or failed.
      status TEXT NOT NULL CHECK (status IN ('publishing', 'committing', 'done', 'rolled_back', 'failed')),
      total INTEGER NOT NULL DEFAULT 0,
      created INTEGER NOT NULL DEFAULT 0,
      updated INTEGER NOT NULL DEFAULT 0,
      error TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX import_jobs_unfinished ON import_jobs(status) WHERE status IN ('publishing', 'committing');

    CREATE TABLE import_changes (
      job_id TEXT NOT NULL REFERENCES import_jobs(id),
      seq INTEGER NOT NULL,
      product_id TEXT NOT NULL,
      created INTEGER NOT NULL CHECK (created IN (0, 1)),
      -- JSON of the product's columns, barcodes and supplier links before the import; NULL when created.
      before TEXT,
      -- The version the import left the product at: an undo skips a product edited since.
      version_after INTEGER NOT NULL,
      -- Made final at commit: the active flag of a created product (hidden until then),
      -- a new price (a price.changed document) and opening stock (a stock.opening document).
      active_after INTEGER NOT NULL CHECK (active_after IN (0, 1)),
      price_before INTEGER,
      price_after INTEGER,
      opening_qty INTEGER NOT NULL DEFAULT 0,
      committed INTEGER NOT NULL DEFAULT 0 CHECK (committed IN (0, 1)),
      PRIMARY KEY (job_id, seq)
    ) STRICT, WITHOUT ROWID;
    `,
  ],
};
