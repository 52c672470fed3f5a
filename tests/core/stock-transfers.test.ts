import { describe, expect, it } from 'vitest';
import { perTest } from './harness';
import { codeOf, countRows } from './product-fixtures';
import { heldAt, homeOf, manager, putIn, stockProduct, transitOf } from './stock-fixtures';

const { demo } = perTest();

async function setUp() {
  const t = await demo();
  const c = await manager(t);
  const home = await homeOf(c);
  const transit = await transitOf(c);
  const store = await c.ok('stock.saveLocation', { name: 'High Street', kind: 'store', address: '5 High St' });
  const p = await stockProduct(c);
  const q = await stockProduct(c);
  await putIn(c, p.id, home, 10_000);
  await putIn(c, q.id, home, 4000);
  return { t, c, home, transit, store, p, q };
}

describe('transfers', () => {
  it('a transfer in transit leaves the sender and is in no shop until received', async () => {
    const { c, home, transit, store, p, q } = await setUp();
    const draft = await c.ok('stock.saveTransfer', {
      fromLocationId: home,
      toLocationId: store.id,
      lines: [{ productId: p.id, qty: 3000 }],
    });
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    expect(draft.reference).toMatch(/^TR-/);
    // Editing the draft moves nothing and raises its version.
    const edited = await c.ok('stock.saveTransfer', {
      id: draft.id,
      version: 1,
      fromLocationId: home,
      toLocationId: store.id,
      lines: [
        { productId: p.id, qty: 4000 },
        { productId: q.id, qty: 1000 },
      ],
    });
    expect(edited.version).toBe(2);
    expect(await heldAt(c, p.id, home)).toBe(10_000);
    const sent = await c.ok('stock.sendTransfer', { id: draft.id, version: 2 });
    expect(sent.status).toBe('sent');
    expect(await heldAt(c, p.id, home)).toBe(6000);
    expect(await heldAt(c, p.id, transit)).toBe(4000);
    expect(await heldAt(c, p.id, store.id)).toBe(0);
    const stock = await c.ok('stock.productStock', { productId: p.id });
    expect(stock.onHand).toBe(10_000);
    expect(stock.inTransit).toBe(4000);
    // A sent transfer is no longer a draft.
    expect(codeOf(await c.call('stock.cancelTransfer', { id: draft.id, version: 3 }))).toBe('wrong_status');
    const received = await c.ok('stock.receiveTransfer', { id: draft.id, version: 3 });
    expect(received.status).toBe('received');
    expect(received.lines.map((l) => l.qtyReceived)).toEqual([4000, 1000]);
    expect(await heldAt(c, p.id, transit)).toBe(0);
    expect(await heldAt(c, p.id, store.id)).toBe(4000);
    expect(await heldAt(c, q.id, store.id)).toBe(1000);
    expect((await c.ok('stock.transfers', { status: 'received' })).map((r) => r.id)).toEqual([draft.id]);
    expect(await c.ok('stock.transfers', { status: 'draft' })).toEqual([]);
  });

  it('a transfer received short records the discrepancy and empties transit', async () => {
    const { t, c, home, transit, store, p, q } = await setUp();
    const draft = await c.ok('stock.saveTransfer', {
      fromLocationId: home,
      toLocationId: store.id,
      lines: [
        { productId: p.id, qty: 5000 },
        { productId: q.id, qty: 2000 },
      ],
    });
    const sent = await c.ok('stock.sendTransfer', { id: draft.id, version: draft.version });
    const pLine = sent.lines.find((l) => l.productId === p.id);
    const got = await c.ok('stock.receiveTransfer', {
      id: draft.id,
      version: sent.version,
      lines: [{ lineId: pLine?.id ?? '', qtyReceived: 3000, note: 'box crushed' }],
    });
    expect(got.lines.find((l) => l.productId === p.id)).toMatchObject({
      qtySent: 5000,
      qtyReceived: 3000,
      discrepancyNote: 'box crushed',
    });
    expect(got.lines.find((l) => l.productId === q.id)).toMatchObject({ qtyReceived: 2000, discrepancyNote: '' });
    expect(await heldAt(c, p.id, store.id)).toBe(3000);
    expect(await heldAt(c, p.id, transit)).toBe(0);
    expect(await heldAt(c, p.id, home)).toBe(5000);
    expect(
      countRows(
        t,
        "select count(*) from stock_movements where product_id = ? and reason = 'transfer_short' and qty_delta = -2000 and note = 'box crushed'",
        p.id,
      ),
    ).toBe(1);
    // The store's total fell by what went missing, and the transit location holds nothing of either.
    expect((await c.ok('stock.productStock', { productId: p.id })).onHand).toBe(8000);
    expect((await c.ok('stock.locations')).find((l) => l.transit)?.stockValue).toBe(0);
  });

  it('more arriving than was sent is refused and changes nothing', async () => {
    const { t, c, home, store, p } = await setUp();
    const draft = await c.ok('stock.saveTransfer', {
      fromLocationId: home,
      toLocationId: store.id,
      lines: [{ productId: p.id, qty: 1000 }],
    });
    const sent = await c.ok('stock.sendTransfer', { id: draft.id, version: draft.version });
    const before = countRows(t, 'select count(*) from stock_movements');
    const r = await c.call('stock.receiveTransfer', {
      id: draft.id,
      version: sent.version,
      lines: [{ lineId: sent.lines[0]?.id ?? '', qtyReceived: 2000 }],
    });
    expect(codeOf(r)).toBe('invalid_input');
    expect(countRows(t, 'select count(*) from stock_movements')).toBe(before);
    expect((await c.ok('stock.transfer', { id: draft.id })).status).toBe('sent');
  });

  it('a transfer is received once: the second of two receipts is refused', async () => {
    const { c, home, store, p } = await setUp();
    const draft = await c.ok('stock.saveTransfer', {
      fromLocationId: home,
      toLocationId: store.id,
      lines: [{ productId: p.id, qty: 1000 }],
    });
    const sent = await c.ok('stock.sendTransfer', { id: draft.id, version: draft.version });
    const [a, b] = await Promise.all([
      c.call('stock.receiveTransfer', { id: draft.id, version: sent.version }),
      c.call('stock.receiveTransfer', { id: draft.id, version: sent.version }),
    ]);
    expect([codeOf(a), codeOf(b)].sort()).toEqual(['ok', 'wrong_status']);
    expect(await heldAt(c, p.id, store.id)).toBe(1000);
  });

  it('a stale draft version is refused, a draft is cancelled, and sending needs the goods', async () => {
    const { t, c, home, store, p } = await setUp();
    const draft = await c.ok('stock.saveTransfer', {
      fromLocationId: home,
      toLocationId: store.id,
      lines: [{ productId: p.id, qty: 50_000 }],
    });
    const edit = {
      id: draft.id,
      version: draft.version,
      fromLocationId: home,
      toLocationId: store.id,
      lines: [{ productId: p.id, qty: 60_000 }],
    };
    await c.ok('stock.saveTransfer', edit);
    expect(codeOf(await c.call('stock.saveTransfer', edit))).toBe('transfer_changed');
    expect(codeOf(await c.call('stock.sendTransfer', { id: draft.id, version: 1 }))).toBe('transfer_changed');
    const before = countRows(t, 'select count(*) from stock_movements');
    expect(codeOf(await c.call('stock.sendTransfer', { id: draft.id, version: 2 }))).toBe('out_of_stock');
    expect(countRows(t, 'select count(*) from stock_movements')).toBe(before);
    expect((await c.ok('stock.cancelTransfer', { id: draft.id, version: 2 })).status).toBe('cancelled');
    expect(codeOf(await c.call('stock.sendTransfer', { id: draft.id, version: 3 }))).toBe('wrong_status');
    expect(codeOf(await c.call('stock.saveTransfer', { fromLocationId: home, toLocationId: home, lines: [] }))).toBe(
      'invalid_input',
    );
    // Drafts and cancellations are paperwork in the journal, not stock documents.
    expect(
      countRows(t, "select count(*) from journal where kind = 'stock.changed' and payload like '%transfer.%'"),
    ).toBe(3);
  });

  it('a lot-tracked product is sent by batch, and the batch arrives', async () => {
    const { c, home, store } = await setUp();
    const p = await stockProduct(c, { tracksLots: true });
    await putIn(c, p.id, home, 3000, { code: 'B7', expiresOn: '2099-01-31' });
    const lotId = (await c.ok('stock.productStock', { productId: p.id })).locations[0]?.lots[0]?.lotId ?? '';
    const noLot = await c.ok('stock.saveTransfer', {
      fromLocationId: home,
      toLocationId: store.id,
      lines: [{ productId: p.id, qty: 1000 }],
    });
    expect(codeOf(await c.call('stock.sendTransfer', { id: noLot.id, version: noLot.version }))).toBe('lot_required');
    const draft = await c.ok('stock.saveTransfer', {
      fromLocationId: home,
      toLocationId: store.id,
      lines: [{ productId: p.id, qty: 2000, lotId }],
    });
    const sent = await c.ok('stock.sendTransfer', { id: draft.id, version: draft.version });
    await c.ok('stock.receiveTransfer', { id: draft.id, version: sent.version });
    const at = (await c.ok('stock.productStock', { productId: p.id })).locations.find((l) => l.locationId === store.id);
    expect(at?.lots).toEqual([{ lotId, code: 'B7', expiresOn: '2099-01-31', onHand: 2000 }]);
  });
});
