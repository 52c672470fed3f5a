import { describe, expect, it } from 'vitest';
import { pay, perTest, waitFor } from './harness';
import { cashier, codeOf, countRows } from './product-fixtures';
import { backroom, heldAt, homeOf, manager, putIn, stockProduct, transitOf } from './stock-fixtures';

const { demo } = perTest();

describe('locations', () => {
  it('a location is created, renamed and archived only when it holds no stock', async () => {
    const t = await demo();
    const c = await manager(t);
    const room = await backroom(c);
    expect(room).toMatchObject({ name: 'Back room', kind: 'backroom', home: false, transit: false, stockValue: 0 });
    const renamed = await c.ok('stock.saveLocation', {
      id: room.id,
      name: 'Cellar',
      kind: 'warehouse',
      address: '1 Yard\nTown',
    });
    expect(renamed).toMatchObject({ name: 'Cellar', kind: 'warehouse', address: '1 Yard\nTown' });
    expect(codeOf(await c.call('stock.saveLocation', { name: 'cellar', kind: 'store' }))).toBe('invalid_input');
    const p = await stockProduct(c, { cost: 250 });
    await putIn(c, p.id, room.id, 4000);
    expect((await c.ok('stock.locations')).find((l) => l.id === room.id)?.stockValue).toBe(1000);
    const refused = await c.call('stock.archiveLocation', { id: room.id, archived: true });
    expect(codeOf(refused)).toBe('invalid_input');
    expect(refused.ok ? '' : refused.error.message).toMatch(/still holds stock/);
    await c.ok('stock.adjust', { lines: [{ productId: p.id, locationId: room.id, qty: -4000, reason: 'damage' }] });
    expect((await c.ok('stock.archiveLocation', { id: room.id, archived: true })).archived).toBe(true);
    expect((await c.ok('stock.locations')).map((l) => l.id)).not.toContain(room.id);
    // An archived location takes no goods until it is restored.
    expect(
      codeOf(
        await c.call('stock.adjust', { lines: [{ productId: p.id, locationId: room.id, qty: 1000, reason: 'found' }] }),
      ),
    ).toBe('location_archived');
    expect((await c.ok('stock.archiveLocation', { id: room.id, archived: false })).archived).toBe(false);
  });

  it('the home location and transit cannot be archived, and transit cannot be edited', async () => {
    const t = await demo();
    const c = await manager(t);
    const home = await homeOf(c);
    const transit = await transitOf(c);
    expect(codeOf(await c.call('stock.archiveLocation', { id: home, archived: true }))).toBe('invalid_input');
    expect(codeOf(await c.call('stock.archiveLocation', { id: transit, archived: true }))).toBe('invalid_input');
    expect(codeOf(await c.call('stock.saveLocation', { id: transit, name: 'Van', kind: 'store' }))).toBe(
      'invalid_input',
    );
    // Transit cannot be adjusted by hand either.
    const p = await stockProduct(c);
    expect(
      codeOf(
        await c.call('stock.adjust', { lines: [{ productId: p.id, locationId: transit, qty: 1000, reason: 'found' }] }),
      ),
    ).toBe('invalid_input');
  });

  it('a till sells from its own location', async () => {
    const t = await demo();
    const c = await manager(t);
    const home = await homeOf(c);
    const room = await backroom(c);
    const p = await stockProduct(c);
    await putIn(c, p.id, home, 5000);
    await putIn(c, p.id, room.id, 3000);
    const [till] = await c.ok('stock.tillLocations');
    expect(till?.locationId).toBe(home);
    await c.ok('stock.setTillLocation', { tillId: till?.tillId ?? '', locationId: room.id });
    // A room still holding a till cannot be archived.
    expect(codeOf(await c.call('stock.archiveLocation', { id: room.id, archived: true }))).toBe('invalid_input');
    const cash = await cashier(t);
    await cash.ok('cart.scan', { code: p.barcodes[0] ?? '' });
    await pay(cash, 1000);
    // The receipt prints after the sale commits; let it finish before the core closes.
    await waitFor(() => t.printer.jobs.some((j) => j.kind === 'receipt'));
    expect(await heldAt(c, p.id, room.id)).toBe(2000);
    expect(await heldAt(c, p.id, home)).toBe(5000);
  });
});

describe('adjustment reasons', () => {
  it('the store adds, renames, reorders and archives its reasons; system reasons are fixed', async () => {
    const t = await demo();
    const c = await manager(t);
    const before = await c.ok('stock.reasons');
    expect(before.map((r) => r.code)).toEqual(['damage', 'theft', 'expiry', 'own_use', 'found']);
    const tasting = await c.ok('stock.saveReason', { name: 'Tasting', direction: 'out' });
    expect(tasting.code).toMatch(/^r_/);
    expect(tasting).toMatchObject({ system: false, position: 6 });
    const renamed = await c.ok('stock.saveReason', {
      code: tasting.code,
      name: 'Samples',
      direction: 'out',
      position: 1,
    });
    expect(renamed).toMatchObject({ name: 'Samples', position: 1 });
    expect((await c.ok('stock.reasons'))[0]?.code).toBe(tasting.code);
    expect(codeOf(await c.call('stock.saveReason', { code: 'transfer_out', name: 'Out', direction: 'out' }))).toBe(
      'invalid_input',
    );
    expect(codeOf(await c.call('stock.archiveReason', { code: 'sale', archived: true }))).toBe('invalid_input');
    await c.ok('stock.archiveReason', { code: tasting.code, archived: true });
    expect((await c.ok('stock.reasons')).map((r) => r.code)).not.toContain(tasting.code);
    const p = await stockProduct(c);
    const home = await homeOf(c);
    expect(
      codeOf(
        await c.call('stock.adjust', {
          lines: [{ productId: p.id, locationId: home, qty: -1000, reason: tasting.code }],
        }),
      ),
    ).toBe('invalid_input');
    // The edits are journaled as stock paperwork.
    expect(countRows(t, "select count(*) from journal where kind = 'stock.changed'")).toBeGreaterThanOrEqual(3);
  });
});

describe('adjustments', () => {
  it('an adjustment moves stock with its reason and who made it', async () => {
    const t = await demo();
    const c = await manager(t);
    const home = await homeOf(c);
    const room = await backroom(c);
    const p = await stockProduct(c);
    const done = await c.ok('stock.adjust', {
      lines: [
        { productId: p.id, locationId: home, qty: 6000, reason: 'found', note: 'behind the shelf' },
        { productId: p.id, locationId: room.id, qty: -1000, reason: 'damage' },
      ],
    });
    expect(done.movements).toBe(2);
    expect(await heldAt(c, p.id, home)).toBe(6000);
    expect(await heldAt(c, p.id, room.id)).toBe(-1000);
    const rows = t.core.db.sqlite
      .prepare(
        'select m.reason, m.qty_delta, m.note, s.name as who, m.doc_id from stock_movements m join staff s on s.id = m.staff_id where m.product_id = ? order by m.qty_delta',
      )
      .all(p.id) as { reason: string; qty_delta: number; note: string | null; who: string; doc_id: string }[];
    expect(rows.map((r) => [r.reason, r.qty_delta, r.note])).toEqual([
      ['damage', -1000, null],
      ['found', 6000, 'behind the shelf'],
    ]);
    expect(new Set(rows.map((r) => r.doc_id))).toEqual(new Set([done.docId]));
    expect(rows[0]?.who).toBeTruthy();
    expect(countRows(t, "select count(*) from journal where doc_id = ? and kind = 'stock.adjusted'", done.docId)).toBe(
      1,
    );
  });

  it('an out reason refuses goods coming in, an in reason goods going out, and nothing moves', async () => {
    const t = await demo();
    const c = await manager(t);
    const home = await homeOf(c);
    const p = await stockProduct(c);
    const before = countRows(t, 'select count(*) from stock_movements');
    const lines = (qty: number, reason: string) => ({
      lines: [
        { productId: p.id, locationId: home, qty: 1000, reason: 'found' },
        { productId: p.id, locationId: home, qty, reason },
      ],
    });
    expect(codeOf(await c.call('stock.adjust', lines(2000, 'theft')))).toBe('reason_direction');
    expect(codeOf(await c.call('stock.adjust', lines(-2000, 'found')))).toBe('reason_direction');
    expect(codeOf(await c.call('stock.adjust', lines(-2000, 'no_such_reason')))).toBe('invalid_input');
    expect(codeOf(await c.call('stock.adjust', lines(-2000, 'sale')))).toBe('invalid_input');
    expect(
      codeOf(await c.call('stock.adjust', { lines: [{ productId: p.id, locationId: home, qty: 0, reason: 'found' }] })),
    ).toBe('invalid_input');
    expect(countRows(t, 'select count(*) from stock_movements')).toBe(before);
  });

  it('only a manager or owner adjusts stock, edits reasons, locations and transfers', async () => {
    const t = await demo();
    const c = await manager(t);
    const home = await homeOf(c);
    const p = await stockProduct(c);
    const cash = await cashier(t);
    const refused = [
      await cash.call('stock.adjust', { lines: [{ productId: p.id, locationId: home, qty: 1000, reason: 'found' }] }),
      await cash.call('stock.saveReason', { name: 'Mine', direction: 'in' }),
      await cash.call('stock.saveLocation', { name: 'Shed', kind: 'backroom' }),
      await cash.call('stock.locations'),
      await cash.call('stock.history', { productId: p.id }),
      await cash.call('stock.valuation'),
      await cash.call('stock.expiry'),
      await cash.call('stock.transfers'),
    ];
    expect(refused.map(codeOf)).toEqual(Array(refused.length).fill('permission_denied'));
    expect(codeOf(await t.connect().call('stock.reasons'))).toBe('not_logged_in');
  });
});
