import { describe, expect, it } from 'vitest';
import { pay, perTest, snapshot } from './harness';

const SOURDOUGH = '5010029032307';
const COLA = '5449000004178';

const { demo } = perTest();

describe('the cart a payment is for', () => {
  it('every change raises the cart version by one, including the sale that empties it', async () => {
    const t = await demo();
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const v0 = (await till.ok('cart.get')).version;
    const a = await till.ok('cart.scan', { code: SOURDOUGH });
    const b = await till.ok('cart.scan', { code: SOURDOUGH });
    const c = await till.ok('cart.setQty', { lineId: b.lines[0]?.id ?? '', qty: 3000 });
    expect([a.version, b.version, c.version]).toEqual([v0 + 1, v0 + 2, v0 + 3]);
    await pay(till, 2000);
    expect((await till.ok('cart.get')).version).toBe(v0 + 4);
  });

  it('a payment for a cart version the cashier did not see is refused, and changes nothing', async () => {
    const t = await demo();
    const till = t.connect();
    await till.ok('session.login', { pin: '1111' });
    const seen = await till.ok('cart.scan', { code: SOURDOUGH });
    // Another window adds an item after this screen showed the cart.
    const other = t.connect();
    await other.ok('session.login', { pin: '9999' });
    await other.ok('cart.scan', { code: COLA });
    const before = snapshot(t.core);
    const r = await till.call('sale.payCash', { tendered: 5000, cartVersion: seen.version });
    expect(r.ok ? null : r.error.code).toBe('cart_changed');
    expect(snapshot(t.core)).toEqual(before);
    const now = await till.ok('cart.get');
    expect(now.lines.map((l) => l.sku).sort()).toEqual(['BAK-001', 'DRK-001'].sort());
  });

  it("two tabs selling on one till at once never put one tab's items on the other's receipt", async () => {
    const t = await demo();
    const casey = t.connect();
    const morgan = t.connect();
    await casey.ok('session.login', { pin: '1111' });
    await morgan.ok('session.login', { pin: '9999' });
    // Both ring up at the same moment; each then pays for the cart it was shown.
    const [caseyCart, morganCart] = await Promise.all([
      casey.ok('cart.scan', { code: SOURDOUGH }),
      morgan.ok('cart.scan', { code: COLA }),
    ]);
    const results = await Promise.all([
      casey.call('sale.payCash', { tendered: 5000, cartVersion: caseyCart.version }),
      morgan.call('sale.payCash', { tendered: 5000, cartVersion: morganCart.version }),
    ]);
    // The cart holds both items; only the tab that was shown both may take payment.
    const tabs = [
      { name: 'Casey Cashier', seen: caseyCart, result: results[0] },
      { name: 'Morgan Manager', seen: morganCart, result: results[1] },
    ];
    const paid = tabs.filter((tab) => tab.result?.ok);
    expect(paid).toHaveLength(1);
    for (const tab of tabs) {
      const r = tab.result;
      if (r?.ok) {
        expect(tab.seen.lines).toHaveLength(2);
        expect(r.value.receipt?.cashierName).toBe(tab.name);
        expect(r.value.receipt?.lines.map((l) => l.name)).toEqual(tab.seen.lines.map((l) => l.name));
      } else {
        expect(r?.ok === false && r.error.code).toBe('cart_changed');
        expect(tab.seen.lines).toHaveLength(1);
      }
    }
    expect(snapshot(t.core).sales).toBe(1);
  });
});
