/** The last entry of the journal: print it (a Z report will) to check the database against later. */
export interface JournalHead {
  seq: number;
  /** SHA-256, 64 hex digits. */
  hash: string;
}

export type JournalProblemCode =
  /** An entry's hash, link to the previous entry or sequence number is wrong. */
  | 'chain_broken'
  /** The stored head does not name the last entry: entries were cut off the end, or added past it. */
  | 'head_mismatch'
  /** A document's stored rows do not hash to what its journal entry recorded. */
  | 'document_mismatch'
  /** Rows in a finalized table belong to no journaled document. */
  | 'unjournaled_rows'
  /** A till's human numbers skip or repeat, or its counter disagrees with them. */
  | 'number_gap'
  /** An on-hand figure (store, location or lot) differs from the sum of its movements. */
  | 'stock_mismatch';

export interface JournalProblem {
  code: JournalProblemCode;
  /** The journal entry concerned, when there is one. */
  seq: number | null;
  /** Where to look, for whoever investigates (a table, a document id, a number). */
  detail: string;
}

export interface JournalVerifyResult {
  intact: boolean;
  entries: number;
  /** How many documents were re-read from their tables and hashed again. */
  documentsChecked: number;
  /** The last entry as it stands now; null for an empty journal. */
  head: JournalHead | null;
  /** Sequence number of the first entry whose hash or link does not match. */
  brokenAt: number | null;
  /** The first problems found (at most 20), in journal order. */
  problems: JournalProblem[];
  /**
   * For a head exported earlier: 'matches' if that entry is still there with that hash;
   * 'missing' if the journal no longer reaches it (cut off); 'differs' if it was rewritten.
   */
  expectedHead: 'matches' | 'missing' | 'differs' | null;
  /** Milliseconds the check took, off the till's thread. */
  ms: number;
}
