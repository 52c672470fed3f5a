import type { Insertable } from 'kysely';
import type { CartLineView } from '../../../shared/domain/cart';
import { newId, nowIso, type Clock } from '../clock';
import type { DB } from '../db/schema';
import type { SqlDb } from '../db/sql';
import type { DocumentHeader } from '../documents/document-writer';

/**
 * The gift card movements a sale's gift card lines make: each issues a new card (its
 * gift_cards row is made here, master data, inside the document's transaction) or tops
 * up the card with that code, by the line's amount. A returned gift card line (negative
 * amount) takes the money back off the card; the balance CHECK refuses the whole sale if
 * the card no longer holds it. Called from checkout inside DocumentWriter.finalize.
 */
export function giftCardIssueRows(
  db: SqlDb,
  clock: Clock,
  doc: DocumentHeader,
  cartLines: readonly CartLineView[],
): Insertable<DB['gift_card_movements']>[] {
  const rows: Insertable<DB['gift_card_movements']>[] = [];
  for (const line of cartLines) {
    if (line.giftCardCode === null || line.amount === 0) continue;
    const code = line.giftCardCode.toUpperCase();
    let card = db.first(db.q.selectFrom('gift_cards').select('id').where('code', '=', code));
    if (!card) {
      const at = nowIso(clock);
      card = { id: newId(clock) };
      db.run(db.q.insertInto('gift_cards').values({ id: card.id, code, created_at: at, updated_at: at }));
    }
    rows.push({ id: newId(clock), gift_card_id: card.id, doc_id: doc.id, delta: line.amount, created_at: doc.at });
  }
  return rows;
}
