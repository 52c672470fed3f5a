import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { StaffView } from '../../../shared/domain/staff';
import type { TransferView } from '../../../shared/domain/stock';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { multiLine } from '../customers/clean-text';
import { fail } from '../errors';
import { assertStockLocation, transitLocationId } from '../inventory/locations';
import { onHandAt } from '../inventory/stock';
import { writeStockDocument, type StockMove } from '../inventory/stock-document';
import { stockChanged } from './stock-journal';
import { transferView } from './transfer-view';

/**
 * Transfers between two locations. The draft is paperwork (stock.changed); sending is a
 * 'stock.transfer_sent' document that takes the goods out of the sender into the transit
 * location, so goods on the road are in no shop and still in the ledger; receiving is a
 * 'stock.transfer_received' document that takes them out of transit into the receiver.
 * What did not arrive leaves transit as missing (transfer_short) with the receiver's
 * note, so transit is empty again once every transfer is received. More than was sent
 * is refused: extra goods came from somewhere else and are adjusted in with a reason.
 * Each step names the version it was made from, so two people cannot both receive.
 */
export class TransferService {
  constructor(private readonly ctx: CoreContext) {}

  save(input: ParsedInputOf<'stock.saveTransfer'>, staff: StaffView): TransferView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    if (input.fromLocationId === input.toLocationId)
      fail('invalid_input', 'A transfer goes from one location to another');
    const id = input.id ?? newId(this.ctx.clock);
    db.txImmediate(() => {
      assertStockLocation(db, input.fromLocationId);
      assertStockLocation(db, input.toLocationId);
      const at = nowIso(this.ctx.clock);
      const fields = {
        from_location_id: input.fromLocationId,
        to_location_id: input.toLocationId,
        note: multiLine(input.note),
      };
      if (input.id !== undefined) {
        this.draft(input.id, input.version ?? fail('invalid_input', 'Editing a draft names its version'));
        db.run(
          db.q
            .updateTable('transfers')
            .set({ ...fields, version: sql`version + 1`, updated_at: at })
            .where('id', '=', id),
        );
        db.run(db.q.deleteFrom('transfer_lines').where('transfer_id', '=', id));
      } else {
        db.run(
          db.q.insertInto('transfers').values({
            id,
            reference: `TR-${id.slice(-8).toUpperCase()}`,
            ...fields,
            status: 'draft',
            till_id: tillId,
            created_by: staff.id,
            created_at: at,
            updated_at: at,
          }),
        );
      }
      const seen = new Set<string>();
      input.lines.forEach((line, i) => {
        const key = `${line.productId}|${line.lotId ?? ''}`;
        if (seen.has(key))
          fail('invalid_input', 'A product (and batch) is on a transfer once; change its quantity instead');
        seen.add(key);
        this.assertLine(line.productId, line.lotId);
        db.run(
          db.q.insertInto('transfer_lines').values({
            id: newId(this.ctx.clock),
            transfer_id: id,
            position: i + 1,
            product_id: line.productId,
            lot_id: line.lotId,
            qty_sent: line.qty,
            qty_received: null,
          }),
        );
      });
      stockChanged(this.ctx, tillId, staff, {
        action: input.id === undefined ? 'transfer.created' : 'transfer.updated',
        transferId: id,
        lines: input.lines.length,
      });
    });
    return transferView(db, id);
  }

  send(id: string, version: number, staff: StaffView): TransferView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const t = this.draft(id, version);
      assertStockLocation(db, t.from_location_id);
      assertStockLocation(db, t.to_location_id);
      const transit = transitLocationId(db);
      const lines = this.lines(id);
      if (lines.length === 0) fail('invalid_input', 'A transfer needs a line before it is sent');
      const moves: StockMove[] = [];
      for (const l of lines) {
        if (l.tracks_lots === 1 && l.lot_id === null)
          fail('lot_required', `${l.name} is tracked by batch: pick the batch to send`);
        const held =
          l.lot_id === null
            ? onHandAt(db, l.product_id, t.from_location_id)
            : this.lotOnHand(l.lot_id, t.from_location_id);
        if (held < l.qty_sent) fail('out_of_stock', `Only ${held / 1000} of ${l.name} at the sending location`);
        const move = { productId: l.product_id, lotId: l.lot_id, refId: l.id };
        moves.push({ ...move, locationId: t.from_location_id, delta: -l.qty_sent, reason: 'transfer_out' });
        moves.push({ ...move, locationId: transit, delta: l.qty_sent, reason: 'transfer_in' });
      }
      writeStockDocument(this.ctx, 'stock.transfer_sent', {
        tillId,
        staffId: staff.id,
        moves,
        summary: { transferId: id, reference: t.reference, from: t.from_location_id, to: t.to_location_id },
        apply: () => {
          const at = nowIso(this.ctx.clock);
          db.run(
            db.q
              .updateTable('transfers')
              .set({ status: 'sent', sent_by: staff.id, sent_at: at, version: sql`version + 1`, updated_at: at })
              .where('id', '=', id),
          );
        },
      });
    });
    return transferView(db, id);
  }

  receive(input: ParsedInputOf<'stock.receiveTransfer'>, staff: StaffView): TransferView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const t = this.row(input.id);
      if (t.status !== 'sent') fail('wrong_status', `Transfer ${t.reference} is ${t.status}, not in transit`);
      if (t.version !== input.version)
        fail('transfer_changed', `Transfer ${t.reference} was changed since it was loaded: load it again`);
      const to = assertStockLocation(db, t.to_location_id);
      const transit = transitLocationId(db);
      const lines = this.lines(input.id);
      const given = new Map(input.lines.map((l) => [l.lineId, l]));
      for (const lineId of given.keys())
        if (!lines.some((l) => l.id === lineId)) fail('not_found', 'That line is not on this transfer');
      const moves: StockMove[] = [];
      const results: { id: string; received: number; note: string }[] = [];
      for (const l of lines) {
        const g = given.get(l.id);
        const received = g?.qtyReceived ?? l.qty_sent;
        if (received > l.qty_sent) {
          fail(
            'invalid_input',
            `${l.name}: more arrived than was sent; receive what was sent and adjust the extra in with a reason`,
          );
        }
        const short = l.qty_sent - received;
        const note = g?.note ?? '';
        const move = { productId: l.product_id, lotId: l.lot_id, refId: l.id };
        if (received > 0) {
          moves.push({ ...move, locationId: transit, delta: -received, reason: 'transfer_out' });
          moves.push({ ...move, locationId: to.id, delta: received, reason: 'transfer_in' });
        }
        if (short > 0)
          moves.push({
            ...move,
            locationId: transit,
            delta: -short,
            reason: 'transfer_short',
            note: note === '' ? null : note,
          });
        results.push({ id: l.id, received, note });
      }
      writeStockDocument(this.ctx, 'stock.transfer_received', {
        tillId,
        staffId: staff.id,
        moves,
        summary: {
          transferId: t.id,
          reference: t.reference,
          short: results.filter((r) => r.received < (lines.find((l) => l.id === r.id)?.qty_sent ?? 0)).length,
        },
        apply: () => {
          const at = nowIso(this.ctx.clock);
          for (const r of results) {
            db.run(
              db.q
                .updateTable('transfer_lines')
                .set({ qty_received: r.received, discrepancy_note: r.note })
                .where('id', '=', r.id),
            );
          }
          db.run(
            db.q
              .updateTable('transfers')
              .set({
                status: 'received',
                received_by: staff.id,
                received_at: at,
                version: sql`version + 1`,
                updated_at: at,
              })
              .where('id', '=', t.id),
          );
        },
      });
    });
    return transferView(db, input.id);
  }

  cancel(id: string, version: number, staff: StaffView): TransferView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const t = this.draft(id, version);
      const at = nowIso(this.ctx.clock);
      db.run(
        db.q
          .updateTable('transfers')
          .set({ status: 'cancelled', version: sql`version + 1`, updated_at: at })
          .where('id', '=', id),
      );
      stockChanged(this.ctx, tillId, staff, { action: 'transfer.cancelled', transferId: id, reference: t.reference });
    });
    return transferView(db, id);
  }

  private row(id: string) {
    const { db } = this.ctx;
    return (
      db.first(db.q.selectFrom('transfers').selectAll().where('id', '=', id)) ?? fail('not_found', 'No such transfer')
    );
  }

  /** A draft as the client saw it; anything else is refused before a thing changes. */
  private draft(id: string, version: number) {
    const t = this.row(id);
    if (t.status !== 'draft') fail('wrong_status', `Transfer ${t.reference} is ${t.status}, no longer a draft`);
    if (t.version !== version)
      fail('transfer_changed', `Transfer ${t.reference} was changed since it was loaded: load it again`);
    return t;
  }

  private lines(id: string) {
    const { db } = this.ctx;
    return db.all(
      db.q
        .selectFrom('transfer_lines as l')
        .innerJoin('products as p', 'p.id', 'l.product_id')
        .select(['l.id', 'l.product_id', 'l.lot_id', 'l.qty_sent', 'p.name', 'p.tracks_lots'])
        .where('l.transfer_id', '=', id)
        .orderBy('l.position'),
    );
  }

  private lotOnHand(lotId: string, locationId: string): number {
    const { db } = this.ctx;
    return (
      db.first(
        db.q
          .selectFrom('lot_stock')
          .select('on_hand')
          .where('lot_id', '=', lotId)
          .where('location_id', '=', locationId),
      )?.on_hand ?? 0
    );
  }

  private assertLine(productId: string, lotId: string | null): void {
    const { db } = this.ctx;
    const p =
      db.first(db.q.selectFrom('products').select(['name', 'gift_card', 'archived_at']).where('id', '=', productId)) ??
      fail('not_found', 'No such product');
    if (p.gift_card === 1) fail('invalid_input', `${p.name} is a gift card and holds no stock`);
    if (lotId !== null) {
      const lot = db.first(db.q.selectFrom('lots').select('product_id').where('id', '=', lotId));
      if (!lot || lot.product_id !== productId) fail('not_found', `No such batch of ${p.name}`);
    }
  }
}
