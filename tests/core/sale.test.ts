import { CLEAR_CART } from './clear-cart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../shared/barcode';
import { pay, snapshot, startCore, tempDataDir, tryPay, type TestCore, waitFor } from './harness';

const SOURDOUGH = '5010029032307'; // 3.25, rate B 5%
const COLA = '5449000004178'; // 1.25, rate A 20%
const COLA_MULTIPACK_CODE = '5449000025289'; // second barcode of the same product
const BANANAS_LABEL = withCheckDigit('210000101255'); // 1.255 kg of bananas at 1.10/kg

describe('a cash sale through the router (demo store)', () => {
  const data = tempDataDir();
  let t: TestCore;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  it('the demo shop is loaded with its catalog, its tax rates (0% for gift cards) and staff', async () => {
    const till = t.connect();
    const status = await till.ok('app.status');
    expect(status.setUp).toBe(true);
    expect(status.demo).toBe(true);
    expect(status.store?.currency).toBe('GBP');
    await till.ok('session.login', { pin: '1111' });
    expect((await till.ok('catalog.taxRates')).map((r) => r.rateBps)).toEqual([2000, 500, 0]);
    expect((await till.ok('catalog.categories')).length).toBeGreaterThanOrEqual(8);
    expect((await till.ok('catalog.products', { limit: 500 })).length).toBeGreaterThanOrEqual(150);
  });

  it('a call without a session is refused and changes nothing', async () => {
    const stranger = t.connect();
    const before = snapshot(t.core);
    const r = await stranger.call('cart.scan', { code: SOURDOUGH });
    expect(r.ok ? null : r.error.code).toBe('not_logged_in');
    expect(snapshot(t.core)).toEqual(before);
  });

  it('a wrong PIN is refused', async () => {
    const r = await t.connect().call('session.login', { pin: '4321' });
    expect(r.ok ? null : r.error.code).toBe('bad_pin');
  });

  it('scanning the same item again raises its quantity; another barcode of it too', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    await till.ok('cart.scan', { code: SOURDOUGH });
    const cart = await till.ok('cart.scan', { code: SOURDOUGH });
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]?.qty).toBe(2000);
    await till.ok('cart.scan', { code: COLA });
    const again = await till.ok('cart.scan', { code: COLA_MULTIPACK_CODE });
    expect(again.lines.find((l) => l.sku === 'DRK-001')?.qty).toBe(2000);
    await till.ok('cart.voidSale', CLEAR_CART);
  });

  it('an unknown barcode adds nothing', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const before = await till.ok('cart.get');
    const r = await till.call('cart.scan', { code: '4006381333931' });
    expect(r.ok ? null : r.error.code).toBe('unknown_barcode');
    expect(await till.ok('cart.get')).toEqual(before);
  });

  it('invalid input is refused with its issues and changes nothing', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const cart = await till.ok('cart.scan', { code: SOURDOUGH });
    const lineId = cart.lines[0]?.id ?? '';
    const before = snapshot(t.core);
    const r = await till.call('cart.setQty', { lineId, qty: -5 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.issues?.[0]?.path).toBe('qty');
    }
    const half = await till.call('cart.setQty', { lineId, qty: 1500 });
    expect(half.ok ? null : half.error.code).toBe('invalid_input');
    expect(snapshot(t.core)).toEqual(before);
    expect((await till.ok('cart.get')).lines[0]?.qty).toBe(1000);
    await till.ok('cart.voidSale', CLEAR_CART);
  });

  it('a cashier may not verify the journal or change settings', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const verify = await till.call('journal.verify');
    expect(verify.ok ? null : verify.error.code).toBe('permission_denied');
    const update = await till.call('settings.update', { allowNegativeStock: false });
    expect(update.ok ? null : update.error.code).toBe('permission_denied');
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    expect((await manager.ok('settings.get')).allowNegativeStock).toBe(true);
  });

  it('a weight label sells the weight on it at the price per kg', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const cart = await till.ok('cart.scan', { code: BANANAS_LABEL });
    const line = cart.lines.find((l) => l.unit === 'kg');
    expect(line?.qty).toBe(1255);
    // 1.10 x 1.255 = 1.3805 -> 1.38
    expect(line?.amount).toBe(138);
    await till.ok('cart.voidSale', CLEAR_CART);
  });

  it('checkout commits sale, payment, stock, journal and a gap-free receipt number at once', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const onHand = async (code: string) => (await till.ok('catalog.lookup', { code })).onHand;
    const breadBefore = await onHand(SOURDOUGH);
    const colaBefore = await onHand(COLA);
    await till.ok('cart.scan', { code: SOURDOUGH });
    await till.ok('cart.scan', { code: SOURDOUGH });
    await till.ok('cart.scan', { code: COLA });
    const cart = await till.ok('cart.scan', { code: BANANAS_LABEL });
    // Rate B: 6.50 + 1.38 = 7.88 gross, tax 7.88 x 5/105 = 0.3752 -> 0.38.
    // Rate A: 1.25 gross, tax 1.25 x 20/120 = 0.2083 -> 0.21. Total 9.13, tax 0.59.
    expect(cart.totals.total).toBe(913);
    expect(cart.totals.tax).toBe(59);

    const short = await tryPay(till, 900);
    expect(short.ok ? null : short.error.code).toBe('insufficient_tender');

    const journalBefore = snapshot(t.core).journal ?? 0;
    const result = await pay(till, 2000);
    expect(result.change).toBe(1087);
    expect(result.receiptNumber).toBe('T01-000001');
    expect(result.receipt?.totals.breakdown.map((b) => [b.code, b.net, b.tax, b.gross])).toEqual([
      ['A', 104, 21, 125],
      ['B', 750, 38, 788],
    ]);
    expect(await onHand(SOURDOUGH)).toBe(breadBefore - 2000);
    expect(await onHand(COLA)).toBe(colaBefore - 1000);
    expect(snapshot(t.core).journal).toBe(journalBefore + 1);
    expect((await till.ok('cart.get')).lines).toHaveLength(0);

    await till.ok('cart.scan', { code: COLA });
    const second = await pay(till, 125);
    expect(second.receiptNumber).toBe('T01-000002');
    expect(second.change).toBe(0);
  });

  it('paying for an empty cart is refused', async () => {
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const r = await tryPay(till, 100);
    expect(r.ok ? null : r.error.code).toBe('cart_empty');
  });

  it('the receipt reaches the printer and the drawer opens with it', async () => {
    await waitFor(() => t.printer.jobs.filter((j) => j.kind === 'receipt').length >= 2);
    const first = t.printer.jobs.find((j) => j.kind === 'receipt' && j.doc.receiptNumber === 'T01-000001');
    expect(first?.kind === 'receipt' && first.openedDrawer).toBe(true);
  });

  it('a manager finds the journal intact after sales', async () => {
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    const v = await manager.ok('journal.verify');
    expect(v.intact).toBe(true);
    expect(v.entries).toBeGreaterThanOrEqual(4);
  });
});

describe('text that no document could hold', () => {
  it('a lone surrogate anywhere in an input is refused before it reaches a service, so no sale can be poisoned by it', async () => {
    const data = tempDataDir();
    const t = await startCore(data.dir);
    try {
      const c = await t.setupConnection();
      const r = await c.call('setup.createStore', {
        store: { name: 'Shop \ud800', address: '', currency: 'EUR', locale: 'de-DE', taxInclusive: true },
        taxRate: { name: 'Standard', rateBps: 1900 },
        owner: { name: 'Olga', pin: '2468' },
      });
      expect(r.ok ? null : r.error.code).toBe('invalid_input');
      expect((await c.ok('app.status')).setUp).toBe(false);
      const key = await c.call('app.status', { ['\udc00']: 1 } as never);
      expect(key.ok ? null : key.error.code).toBe('invalid_input');
    } finally {
      await t.core.close();
      data.remove();
    }
  });
});
