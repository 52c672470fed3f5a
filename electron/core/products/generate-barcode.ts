import { randomInt } from 'node:crypto';
import { withCheckDigit } from '../../../shared/barcode';
import { INSTORE_PREFIXES, type InStoreRule } from '../../../shared/instore-rules';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/** Random codes tried before giving up; with ten random digits a clash is already rare. */
const ATTEMPTS = 50;

/**
 * A new in-store EAN-13: the lowest prefix of 20-29 that none of the store's label rules
 * claims (so the till never reads it as a weight or a price), ten random digits and the
 * check digit, drawn again until no product has it. Random rather than counted: tills
 * that later sync into one store server never hand out the same number twice by counting
 * from the same start.
 */
export function generateInStoreBarcode(db: SqlDb, rules: readonly InStoreRule[]): string {
  const claimed = new Set(rules.map((r) => r.prefix));
  const prefix =
    INSTORE_PREFIXES.find((p) => !claimed.has(p)) ??
    fail('invalid_input', 'Every in-store prefix (20-29) is used by a label rule: free one in the label rules first');
  for (let i = 0; i < ATTEMPTS; i++) {
    const body = prefix + String(randomInt(0, 10_000_000_000)).padStart(10, '0');
    const code = withCheckDigit(body);
    if (!db.first(db.q.selectFrom('barcodes').select('code').where('code', '=', code))) return code;
  }
  return fail('busy', 'Could not find an unused barcode; try again');
}
