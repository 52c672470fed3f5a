export interface JournalVerifyResult {
  intact: boolean;
  entries: number;
  /** Sequence number of the first entry whose hash or link does not match. */
  brokenAt: number | null;
  headHash: string | null;
}
