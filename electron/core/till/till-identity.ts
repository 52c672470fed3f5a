import type { TillInfo } from '../../../shared/domain/store';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/**
 * This till's code and name. The code goes into every human number the till makes
 * (T01-000042), so once a numbered document exists it is fixed: changing it would make
 * one till's receipts look like two tills'.
 */
export function updateTill(db: SqlDb, tillId: string, change: { code?: string | undefined; name?: string | undefined }): TillInfo {
  return db.txImmediate(() => {
    const till = db.first(db.q.selectFrom('tills').select(['id', 'code', 'name']).where('id', '=', tillId)) ?? fail('not_set_up', 'This till is not registered');
    if (change.code !== undefined && change.code !== till.code) {
      const numbered = db.first(
        db.q.selectFrom('number_series').select('next_no').where('till_id', '=', tillId).where('next_no', '>', 1),
      );
      if (numbered) fail('till_code_locked', `Till ${till.code} has already numbered documents; its code can no longer change`);
    }
    const next = { code: change.code ?? till.code, name: change.name ?? till.name };
    db.run(db.q.updateTable('tills').set(next).where('id', '=', tillId));
    return { id: tillId, ...next };
  });
}
