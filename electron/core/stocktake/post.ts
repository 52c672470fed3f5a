import type { StockTakePosted } from '../../../shared/domain/stocktake';
import { nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { writeStockDocument, type StockMove } from '../inventory/stock-document';
import { allVariances, uncountedWithStock } from './report';
import { assertVersion } from './start';
import { assertCounting, takeOrFail, takeView } from './take-row';

/**
 * Posts a stock take as ONE 'stock.counted' document holding only the non-zero
 * variances (reason 'count', ref_id the stock take), each applied to the on hand as it
 * is now: counted - expected-at-first-count, so sales since the count stay sold. With
 * zeroUncounted, products in scope nobody counted are set to zero too.
 *
 * Everything runs in one IMMEDIATE transaction, the status and version read inside it,
 * so of two posts at once exactly one wins and the other finds the take posted.
 * Lot-tracked products are posted without a lot: a count is per product, not per lot.
 */
export function postTake(ctx: CoreContext, id: string, version: number, zeroUncounted: boolean, staffId: string): StockTakePosted {
  const { db } = ctx;
  const tillId = tillIdOf(ctx);
  return db.txImmediate(() => {
    const take = takeOrFail(db, id);
    assertCounting(take, 'it cannot be posted again');
    assertVersion(db, take, version);
    const moves: StockMove[] = [];
    for (const line of [...allVariances(db, id)]) {
      if (line.variance === 0) continue;
      moves.push({ productId: line.productId, locationId: take.location_id, delta: line.variance, reason: 'count', refId: id });
    }
    if (zeroUncounted) {
      for (const u of [...uncountedWithStock(db, take)]) {
        moves.push({ productId: u.productId, locationId: take.location_id, delta: -u.onHand, reason: 'count', refId: id, note: 'not counted: set to zero' });
      }
    }
    const markPosted = (docId: string | null): void => {
      const at = nowIso(ctx.clock);
      db.run(
        db.q
          .updateTable('stock_takes')
          .set({ status: 'posted', posted_by: staffId, posted_at: at, doc_id: docId, updated_at: at })
          .where('id', '=', id)
          .where('status', '=', 'counting'),
      );
    };
    if (moves.length === 0) {
      // Nothing differs: no goods move, so no stock document; the journal still says so.
      markPosted(null);
      ctx.documents.record('stock.changed', tillId, { action: 'stocktake.posted', stockTakeId: id, reference: take.reference, movements: 0, staffId });
    } else {
      writeStockDocument(ctx, 'stock.counted', {
        tillId,
        staffId,
        moves,
        summary: { stockTakeId: id, reference: take.reference, locationId: take.location_id, zeroUncounted },
        apply: (doc) => markPosted(doc.id),
      });
    }
    return { take: takeView(db, id), movements: moves.length };
  });
}
