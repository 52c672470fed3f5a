import { createHash } from 'node:crypto';
import { sha256Hex } from '../documents/canonical';
import { jcs } from '../documents/jcs';
import type { JournalTable } from '../db/schema';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** A journal row as stored (table `journal`; `format` is NULL for format 1, else 2). */
export type JournalRow = JournalTable;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Format 1, schema 1-2: SHA-256 of JSON.stringify of the fields in a fixed array order.
 * Kept only to verify entries written then; nothing writes it any more.
 */
export function hashFormat1(e: Omit<JournalRow, 'hash' | 'format'>): string {
  const text = JSON.stringify([e.seq, e.id, e.till_id, e.kind, e.doc_id, e.payload, e.prev_hash, e.created_at]);
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Format 2, schema 3 on: SHA-256 (hex) of the RFC 8785 canonical JSON of
 *   { "format": 2, "seq", "id", "tillId", "kind", "docId", "payload", "prevHash", "createdAt" }
 * where payload is the parsed JSON of the stored payload column. docs/journal.md
 * describes how an auditor recomputes it with any JCS implementation.
 */
export function hashFormat2(e: Omit<JournalRow, 'hash' | 'format'>): string {
  const text = jcs({
    format: 2,
    seq: e.seq,
    id: e.id,
    tillId: e.till_id,
    kind: e.kind,
    docId: e.doc_id,
    payload: JSON.parse(e.payload) as JsonValue,
    prevHash: e.prev_hash,
    createdAt: e.created_at,
  });
  return sha256Hex(text);
}

export function entryHash(row: Omit<JournalRow, 'hash'>): string {
  return row.format === 2 ? hashFormat2(row) : hashFormat1(row);
}

/** The next entry after `head`, ready to insert: payload stored in canonical form. */
export function nextEntry(
  head: { seq: number; hash: string } | undefined,
  e: { id: string; tillId: string | null; kind: string; docId: string | null; payload: JsonValue; createdAt: string },
): JournalRow {
  const payload = jcs(e.payload);
  const row = {
    seq: (head?.seq ?? 0) + 1,
    id: e.id,
    till_id: e.tillId,
    kind: e.kind,
    doc_id: e.docId,
    payload,
    prev_hash: head?.hash ?? GENESIS_HASH,
    created_at: e.createdAt,
    format: 2,
  };
  return { ...row, hash: hashFormat2(row) };
}
