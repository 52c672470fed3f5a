export interface Migration {
  /** Stored in PRAGMA user_version once applied. Strictly increasing, no gaps. */
  version: number;
  name: string;
  sql: string;
}
