import { createHash } from 'node:crypto';
import { jcs } from './jcs';
import { FINALIZED_TABLES, type FinalizedTable } from './finalized-tables';

/** A stored row as SQLite hands it back: column name to integer, text or NULL. */
export type StoredRow = Record<string, string | number | null>;

export interface CanonicalDocument {
  kind: string;
  id: string;
  tillId: string;
  /** The human number, e.g. T01-000042, or null for kinds without a number series. */
  number: string | null;
  tables: Partial<Record<FinalizedTable, readonly StoredRow[]>>;
}

/**
 * The canonical form of a document, from which its hash is taken. Documented byte for
 * byte in docs/journal.md so another language can reproduce it:
 *   { "kind", "id", "tillId", "number", "tables": { <table>: [ <row>, ... ] } }
 * serialised by RFC 8785 (JSON Canonicalization Scheme). Each table's rows are sorted
 * by FINALIZED_TABLES[table].order (integers numerically, text by code unit, which for
 * the ASCII ids used here is SQLite's BINARY order); NULL columns and empty tables are
 * left out.
 */
export function canonicalDocument(doc: CanonicalDocument): string {
  const tables: Record<string, StoredRow[]> = {};
  for (const name of Object.keys(doc.tables).sort() as FinalizedTable[]) {
    const rows = doc.tables[name] ?? [];
    if (rows.length === 0) continue;
    tables[name] = [...rows].sort(byOrder(FINALIZED_TABLES[name].order)).map(withoutNulls);
  }
  return jcs({ kind: doc.kind, id: doc.id, tillId: doc.tillId, number: doc.number, tables });
}

export function documentHash(doc: CanonicalDocument): string {
  return sha256Hex(canonicalDocument(doc));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function withoutNulls(row: StoredRow): StoredRow {
  const out: StoredRow = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

function byOrder(columns: readonly string[]) {
  return (a: StoredRow, b: StoredRow): number => {
    for (const c of columns) {
      const x = a[c] ?? null;
      const y = b[c] ?? null;
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}
