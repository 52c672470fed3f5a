import { describe, expect, it } from 'vitest';
import { perTest } from './harness';
import { cashier, codeOf, edit } from './product-fixtures';
import { backroom, handClock, homeOf, manager, putIn, stockProduct } from './stock-fixtures';

const { dir, start } = perTest();

async function shop() {
  const clock = handClock('2026-05-10T12:00:00Z');
  const t = await start(dir(), { demo: true, clock });
  const c = await manager(t);
  return { clock, t, c, home: await homeOf(c) };
}

describe('lots and expiry', () => {
  it('an expired lot cannot be sold', async () => {
    const { t, c, home } = await shop();
    const p = await stockProduct(c, { name: 'Yoghurt', tracksLots: true });
    await putIn(c, p.id, home, 2000, { code: 'Y-OLD', expiresOn: '2026-05-09' });
    const cash = await cashier(t);
    const refused = await cash.call('cart.scan', { code: p.barcodes[0] ?? '' });
    expect(codeOf(refused)).toBe('lot_expired');
    expect(refused.ok ? '' : refused.error.message).toMatch(/Y-OLD/);
    // A fresh batch on the shelf sells, earliest expiry first.
    await putIn(c, p.id, home, 1000, { code: 'Y-NEW', expiresOn: '2026-05-20' });
    expect((await cash.ok('cart.scan', { code: p.barcodes[0] ?? '' })).lines).toHaveLength(1);
  });

  it('the expiry list shows lots inside the warning window, expired first', async () => {
    const { clock, c, home } = await shop();
    const room = await backroom(c);
    const milk = await stockProduct(c, { name: 'Milk', tracksLots: true });
    const eggs = await stockProduct(c, { name: 'Eggs', tracksLots: true });
    await putIn(c, milk.id, home, 3000, { code: 'M1', expiresOn: '2026-05-12' });
    await putIn(c, milk.id, room.id, 1000, { code: 'M0', expiresOn: '2026-05-08' });
    await putIn(c, eggs.id, home, 6000, { code: 'E1', expiresOn: '2026-05-17' });
    await putIn(c, eggs.id, home, 6000, { code: 'E2', expiresOn: '2026-05-18' });
    // A batch already gone from the shelf is not listed.
    await putIn(c, eggs.id, home, 1000, { code: 'E0', expiresOn: '2026-05-01' });
    await c.ok('stock.adjust', {
      lines: [{ productId: eggs.id, locationId: home, qty: -1000, reason: 'expiry', lotCode: 'E0' }],
    });
    const list = await c.ok('stock.expiry');
    expect(list).toMatchObject({ today: '2026-05-10', warningDays: 7 });
    expect(list.rows.map((r) => [r.lotCode, r.expired, r.daysLeft, r.locationName])).toEqual([
      ['M0', true, -2, 'Back room'],
      ['M1', false, 2, 'Shop floor'],
      ['E1', false, 7, 'Shop floor'],
    ]);
    expect((await c.ok('stock.expiry', { locationId: room.id })).rows.map((r) => r.lotCode)).toEqual(['M0']);
    // The window is the store's setting.
    await c.ok('store.update', { expiryWarningDays: 1 });
    expect((await c.ok('stock.expiry')).rows.map((r) => r.lotCode)).toEqual(['M0']);
    // Writing an expired batch off takes it off the list, with the reason 'expiry'.
    const m0 = list.rows[0];
    await c.ok('stock.adjust', {
      lines: [
        { productId: milk.id, locationId: room.id, qty: -(m0?.onHand ?? 0), reason: 'expiry', lotId: m0?.lotId ?? '' },
      ],
    });
    expect((await c.ok('stock.expiry')).rows).toEqual([]);
    clock.set('2026-05-12T12:00:00Z');
    expect((await c.ok('stock.expiry')).rows.map((r) => [r.lotCode, r.expired])).toEqual([['M1', false]]);
  });

  it('a lot-tracked adjustment names its batch, and a batch never goes below zero', async () => {
    const { t, c, home } = await shop();
    const p = await stockProduct(c, { tracksLots: true });
    expect(
      codeOf(
        await c.call('stock.adjust', { lines: [{ productId: p.id, locationId: home, qty: 1000, reason: 'found' }] }),
      ),
    ).toBe('lot_required');
    await putIn(c, p.id, home, 2000, { code: 'L1', expiresOn: '2026-06-01' });
    expect(
      codeOf(
        await c.call('stock.adjust', {
          lines: [{ productId: p.id, locationId: home, qty: -3000, reason: 'damage', lotCode: 'L1' }],
        }),
      ),
    ).toBe('invalid_input');
    const plain = await stockProduct(c);
    expect(
      codeOf(
        await c.call('stock.adjust', {
          lines: [{ productId: plain.id, locationId: home, qty: 1000, reason: 'found', lotCode: 'X' }],
        }),
      ),
    ).toBe('invalid_input');
    expect(t.core.db.sqlite.prepare('select sum(on_hand) from lot_stock where product_id = ?').pluck().get(p.id)).toBe(
      2000,
    );
  });

  it('tracking by batch is switched off only when no batch holds stock', async () => {
    const { c, home } = await shop();
    const p = await stockProduct(c);
    expect(p.tracksLots).toBe(false);
    const on = await c.ok('products.update', edit(p, { tracksLots: true }));
    expect(on.tracksLots).toBe(true);
    // An edit that leaves the switch out keeps it.
    const renamed = await c.ok('products.update', edit(on, { name: 'Renamed' }));
    expect(renamed.tracksLots).toBe(true);
    await putIn(c, p.id, home, 1000, { code: 'K1', expiresOn: '2026-06-01' });
    expect(codeOf(await c.call('products.update', edit(renamed, { tracksLots: false })))).toBe('invalid_input');
    await c.ok('stock.adjust', {
      lines: [{ productId: p.id, locationId: home, qty: -1000, reason: 'own_use', lotCode: 'K1' }],
    });
    expect((await c.ok('products.update', edit(renamed, { tracksLots: false }))).tracksLots).toBe(false);
  });
});
