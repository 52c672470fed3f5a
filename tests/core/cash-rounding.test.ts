import { describe, expect, it } from 'vitest';
import { perTest, type Connection, type TestCore } from './harness';
import { priceOpenCart } from './ledger-setup';

const COLA = '5449000004178';
const { demo } = perTest();

async function till(t: TestCore, cashRounding: number): Promise<Connection> {
  const manager = t.connect();
  await manager.ok('session.login', { pin: '9999' });
  await manager.ok('rules.update', { cashRounding });
  await manager.ok('terminal.update', { driver: 'simulator', simulate: 'approve', timeoutMs: 1000 });
  const c = t.connect();
  await c.ok('session.login', { pin: '1111' });
  return c;
}

/** A cart whose total is exactly `total` minor units. */
async function cartOf(t: TestCore, c: Connection, total: number) {
  await c.ok('cart.scan', { code: COLA });
  priceOpenCart(t.core, total);
  return c.ok('cart.get');
}

const sale = (t: TestCore, id: string | undefined) =>
  t.core.db.sqlite.prepare('select total, tendered, change, rounding from sales where id = ?').get(id);

describe('cash rounding', () => {
  it('cash rounding applies only when cash settles the remainder', async () => {
    const t = await demo();
    const c = await till(t, 5);
    // Cash alone: 10.02 is 10.00 in cash, rounding -0.02 on its own line.
    let cart = await cartOf(t, c, 1002);
    expect(cart.remaining).toBe(1002);
    expect(cart.cashDue).toBe(1000);
    const cash = await c.ok('sale.payCash', { cartVersion: cart.version, tendered: 1000 });
    expect(cash.change).toBe(0);
    expect(cash.receipt?.rounding).toBe(-2);
    expect(sale(t, cash.saleId)).toEqual({ total: 1002, tendered: 1000, change: 0, rounding: -2 });

    // Card for 5.00 first: cash rounds the 5.02 left.
    cart = await cartOf(t, c, 1002);
    const card = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 500 });
    expect(card.cart.remaining).toBe(502);
    expect(card.cart.cashDue).toBe(500);
    const rest = await c.ok('sale.addTender', { cartVersion: card.cart.version, method: 'cash', amount: 1000 });
    expect(rest.sale?.change).toBe(500);
    expect(sale(t, rest.sale?.saleId)).toEqual({ total: 1002, tendered: 1500, change: 500, rounding: -2 });

    // Card settles it: no rounding at all.
    cart = await cartOf(t, c, 1002);
    const exact = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 1002 });
    expect(exact.sale).not.toBeNull();
    expect(sale(t, exact.sale?.saleId)).toEqual({ total: 1002, tendered: 1002, change: 0, rounding: null });

    // Part cash is not rounded; only the cash that settles the rest is.
    cart = await cartOf(t, c, 1003);
    const part = await c.ok('sale.addTender', { cartVersion: cart.version, method: 'cash', amount: 300 });
    expect(part.sale).toBeNull();
    expect(part.cart.remaining).toBe(703);
    expect(part.cart.cashDue).toBe(705);
    const short = await c.call('sale.addTender', { cartVersion: part.cart.version, method: 'cash', amount: 704 });
    expect(short.ok ? 'ok' : short.error.code).toBe('insufficient_tender');
    const settled = await c.ok('sale.addTender', { cartVersion: part.cart.version, method: 'cash', amount: 705 });
    expect(sale(t, settled.sale?.saleId)).toEqual({ total: 1003, tendered: 1005, change: 0, rounding: 2 });
  });

  it('without cash rounding, cash pays to the minor unit', async () => {
    const t = await demo();
    const c = await till(t, 0);
    const cart = await cartOf(t, c, 1002);
    expect(cart.cashDue).toBe(1002);
    const r = await c.call('sale.payCash', { cartVersion: cart.version, tendered: 1000 });
    expect(r.ok ? 'ok' : r.error.code).toBe('insufficient_tender');
  });

  it('cash rounding is one of the increments a store can choose', async () => {
    const t = await demo();
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    const r = await manager.call('rules.update', { cashRounding: 3 });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid_input');
    const saved = await manager.ok('rules.update', { cashRounding: 10, noReceiptCashLimit: 2000 });
    expect(saved).toMatchObject({ cashRounding: 10, noReceiptCashLimit: 2000, discountLimits: { cashier: 1000 } });
    const cashier = t.connect();
    await cashier.ok('session.login', { pin: '1111' });
    expect((await cashier.call('rules.update', { cashRounding: 5 })).ok).toBe(false);
  });
});
