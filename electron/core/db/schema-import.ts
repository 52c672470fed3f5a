/** Catalog import tables (migration 006): remembered layouts, import jobs and their change log. */
import type { Generated } from 'kysely';

export interface ImportLayoutsTable {
  /** A signature of the file's normalized header row. */
  signature: string;
  /** JSON: header -> field (or null, ignored), as the user confirmed it. */
  mapping: string;
  updated_at: string;
}

export type ImportJobStatus = 'publishing' | 'committing' | 'done' | 'rolled_back' | 'failed';

export interface ImportJobsTable {
  id: string;
  till_id: string;
  staff_id: string | null;
  file_name: string;
  status: ImportJobStatus;
  total: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  error: string | null;
  created_at: string;
  updated_at: string;
}

/** One published row of an import: its undo record and what its commit still has to make final. */
export interface ImportChangesTable {
  job_id: string;
  seq: number;
  product_id: string;
  created: number;
  /** JSON of the product before the import (ProductBefore); null when the import created it. */
  before: string | null;
  version_after: number;
  active_after: number;
  price_before: number | null;
  price_after: number | null;
  /** Thousandths. */
  opening_qty: Generated<number>;
  committed: Generated<number>;
}
