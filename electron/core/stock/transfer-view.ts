import type { TransferRowView, TransferStatus, TransferView } from '../../../shared/domain/stock';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/** A transfer with its lines, as the back office shows it. */
export function transferView(db: SqlDb, id: string): TransferView {
  const t =
    db.first(
      db.q
        .selectFrom('transfers as t')
        .innerJoin('locations as f', 'f.id', 't.from_location_id')
        .innerJoin('locations as d', 'd.id', 't.to_location_id')
        .leftJoin('staff as c', 'c.id', 't.created_by')
        .leftJoin('staff as s', 's.id', 't.sent_by')
        .leftJoin('staff as r', 'r.id', 't.received_by')
        .select([
          't.id',
          't.reference',
          't.from_location_id',
          'f.name as from_name',
          't.to_location_id',
          'd.name as to_name',
          't.status',
          't.note',
          'c.name as created_by',
          's.name as sent_by',
          't.sent_at',
          'r.name as received_by',
          't.received_at',
          't.version',
          't.created_at',
        ])
        .where('t.id', '=', id),
    ) ?? fail('not_found', 'No such transfer');
  const lines = db.all(
    db.q
      .selectFrom('transfer_lines as l')
      .innerJoin('products as p', 'p.id', 'l.product_id')
      .leftJoin('lots as lot', 'lot.id', 'l.lot_id')
      .select([
        'l.id',
        'l.product_id',
        'p.sku',
        'p.name',
        'l.lot_id',
        'lot.code',
        'l.qty_sent',
        'l.qty_received',
        'l.discrepancy_note',
      ])
      .where('l.transfer_id', '=', id)
      .orderBy('l.position'),
  );
  return {
    id: t.id,
    reference: t.reference,
    fromLocationId: t.from_location_id,
    fromName: t.from_name,
    toLocationId: t.to_location_id,
    toName: t.to_name,
    status: t.status,
    note: t.note,
    createdBy: t.created_by,
    sentBy: t.sent_by,
    sentAt: t.sent_at,
    receivedBy: t.received_by,
    receivedAt: t.received_at,
    version: t.version,
    createdAt: t.created_at,
    lines: lines.map((l) => ({
      id: l.id,
      productId: l.product_id,
      sku: l.sku,
      name: l.name,
      lotId: l.lot_id,
      lotCode: l.code,
      qtySent: l.qty_sent,
      qtyReceived: l.qty_received,
      discrepancyNote: l.discrepancy_note,
    })),
  };
}

export function transferRows(db: SqlDb, status: TransferStatus | undefined, limit: number): TransferRowView[] {
  let q = db.q
    .selectFrom('transfers as t')
    .innerJoin('locations as f', 'f.id', 't.from_location_id')
    .innerJoin('locations as d', 'd.id', 't.to_location_id')
    .select((eb) => [
      't.id',
      't.reference',
      'f.name as from_name',
      'd.name as to_name',
      't.status',
      't.created_at',
      't.updated_at',
      eb
        .selectFrom('transfer_lines as l')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('l.transfer_id', '=', 't.id')
        .as('lines'),
    ]);
  if (status !== undefined) q = q.where('t.status', '=', status);
  return db.all(q.orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').limit(limit)).map((r) => ({
    id: r.id,
    reference: r.reference,
    fromName: r.from_name,
    toName: r.to_name,
    status: r.status,
    lines: Number(r.lines ?? 0),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
