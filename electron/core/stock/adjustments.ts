import type { ParsedInputOf } from '../../../shared/contract';
import type { StaffView } from '../../../shared/domain/staff';
import type { AdjustmentResult } from '../../../shared/domain/stock';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { assertStockLocation } from '../inventory/locations';
import { lotFor } from '../inventory/lot-create';
import { writeStockDocument, type StockMove } from '../inventory/stock-document';
import type { ReasonService } from './reason-service';

type AdjustLine = ParsedInputOf<'stock.adjust'>['lines'][number];

/**
 * Stock adjusted by hand: one 'stock.adjusted' document whose every line names its
 * reason, and who made it. A reason going one way refuses goods going the other (a
 * theft never adds stock). Lot-tracked goods name their batch; a batch never goes below
 * zero at a location, since FEFO at the till trusts what each batch holds.
 */
export function adjustStock(
  ctx: CoreContext,
  reasons: ReasonService,
  input: ParsedInputOf<'stock.adjust'>,
  staff: StaffView,
): AdjustmentResult {
  const tillId = tillIdOf(ctx);
  const { db } = ctx;
  const done = db.txImmediate(() => {
    const moves: StockMove[] = input.lines.map((line) => toMove(ctx, reasons, line));
    assertLotsCover(ctx, moves);
    return writeStockDocument(ctx, 'stock.adjusted', {
      tillId,
      staffId: staff.id,
      moves,
      summary: { staffName: staff.name, reasons: [...new Set(moves.map((m) => m.reason))] },
    });
  });
  return { docId: done.docId, at: done.at, movements: input.lines.length };
}

function toMove(ctx: CoreContext, reasons: ReasonService, line: AdjustLine): StockMove {
  const { db } = ctx;
  const reason = reasons.usable(line.reason);
  if (reason.direction === 'out' && line.qty > 0)
    fail('reason_direction', `${reason.name} takes goods out; it cannot add stock`);
  if (reason.direction === 'in' && line.qty < 0)
    fail('reason_direction', `${reason.name} brings goods in; it cannot take stock away`);
  const product =
    db.first(
      db.q.selectFrom('products').select(['id', 'name', 'tracks_lots', 'gift_card']).where('id', '=', line.productId),
    ) ?? fail('not_found', 'No such product');
  if (product.gift_card === 1) fail('invalid_input', `${product.name} is a gift card and holds no stock`);
  const location = assertStockLocation(db, line.locationId);
  let lotId: string | null = null;
  if (product.tracks_lots === 1) {
    if (line.lotId !== undefined) {
      const lot = db.first(db.q.selectFrom('lots').select(['id', 'product_id']).where('id', '=', line.lotId));
      if (!lot || lot.product_id !== product.id) fail('not_found', `No such batch of ${product.name}`);
      lotId = lot.id;
    } else if (line.lotCode !== undefined) {
      if (line.qty < 0) {
        const lot = db.first(
          db.q
            .selectFrom('lots')
            .select('id')
            .where('product_id', '=', product.id)
            .where('code', '=', line.lotCode.trim()),
        );
        lotId = lot?.id ?? fail('not_found', `${product.name} has no batch ${line.lotCode}`);
      } else {
        lotId = lotFor(ctx, product.id, line.lotCode, line.expiresOn ?? null);
      }
    } else {
      fail('lot_required', `${product.name} is tracked by batch: name the batch at ${location.name}`);
    }
  } else if (line.lotId !== undefined || line.lotCode !== undefined) {
    fail('invalid_input', `${product.name} is not tracked by batch`);
  }
  return {
    productId: product.id,
    locationId: location.id,
    delta: line.qty,
    reason: reason.code,
    lotId,
    note: line.note === '' ? null : line.note,
  };
}

/** What the lines take out of each batch at each location is there. */
function assertLotsCover(ctx: CoreContext, moves: readonly StockMove[]): void {
  const taken = new Map<string, { lotId: string; locationId: string; qty: number }>();
  for (const m of moves) {
    if (!m.lotId) continue;
    const key = `${m.lotId}|${m.locationId}`;
    const t = taken.get(key) ?? { lotId: m.lotId, locationId: m.locationId, qty: 0 };
    t.qty += m.delta;
    taken.set(key, t);
  }
  const { db } = ctx;
  for (const t of taken.values()) {
    if (t.qty >= 0) continue;
    const held =
      db.first(
        db.q
          .selectFrom('lot_stock')
          .select('on_hand')
          .where('lot_id', '=', t.lotId)
          .where('location_id', '=', t.locationId),
      )?.on_hand ?? 0;
    if (held + t.qty < 0) {
      const lot = db.first(db.q.selectFrom('lots').select('code').where('id', '=', t.lotId));
      fail('invalid_input', `Batch ${lot?.code ?? ''} holds only ${held / 1000} there`);
    }
  }
}
