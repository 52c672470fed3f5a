import { CLEAR_CART } from './clear-cart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CART_LINES, MAX_LINE_QTY } from '../../shared/domain/units';
import { snapshot, startCore, tempDataDir, type Connection, type TestCore } from './harness';

const COLA = '5449000004178';

describe('line quantities stay within the documented maximum', () => {
  const data = tempDataDir();
  let t: TestCore;
  let till: Connection;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    till = t.connect();
    await till.ok('session.login', { pin: '1111' });
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  it('a line holds at most 1,000 items however it is reached: typed, added or scanned again', async () => {
    const product = await till.ok('catalog.lookup', { code: COLA });
    await till.ok('cart.addProduct', { productId: product.id, qty: MAX_LINE_QTY - 2000 });
    await till.ok('cart.scan', { code: COLA });
    const full = await till.ok('cart.scan', { code: COLA });
    expect(full.lines[0]?.qty).toBe(MAX_LINE_QTY);
    const before = snapshot(t.core);
    const scanned = await till.call('cart.scan', { code: COLA });
    expect(scanned.ok ? null : scanned.error.code).toBe('qty_limit');
    const added = await till.call('cart.addProduct', { productId: product.id, qty: 1000 });
    expect(added.ok ? null : added.error.code).toBe('qty_limit');
    const typed = await till.call('cart.setQty', { lineId: full.lines[0]?.id ?? '', qty: MAX_LINE_QTY + 1000 });
    expect(typed.ok ? null : typed.error.code).toBe('invalid_input');
    expect(snapshot(t.core)).toEqual(before);
    expect((await till.ok('cart.get')).lines[0]?.qty).toBe(MAX_LINE_QTY);
    await till.ok('cart.voidSale', CLEAR_CART);
  });

  it('quantities are thousandths, and a refusal says so: qty 3 for an item sold each', async () => {
    const product = await till.ok('catalog.lookup', { code: COLA });
    const r = await till.call('cart.addProduct', { productId: product.id, qty: 3 });
    expect(r.ok ? null : r.error.code).toBe('invalid_input');
    expect(r.ok ? '' : r.error.message).toMatch(/thousandths/);
    expect(r.ok ? '' : r.error.message).toMatch(/3000/);
    const zero = await till.call('cart.addProduct', { productId: product.id, qty: 0 });
    expect(zero.ok ? '' : zero.error.message).toMatch(/thousandths/);
    const frac = await till.call('cart.addProduct', { productId: product.id, qty: 1.5 });
    expect(frac.ok ? '' : frac.error.message).toMatch(/thousandths/);
  });

  it('a cart holds at most the documented number of lines', async () => {
    const db = t.core.db.sqlite;
    // Fill the cart to its limit directly: 500 distinct weighed lines would need 500 labels.
    const cart = await till.ok('cart.scan', { code: COLA });
    const productId = cart.lines[0]?.productId ?? '';
    const insert = db.prepare(
      "insert into cart_lines (id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at) values (?, ?, ?, 1000, 1, null, ?, '')",
    );
    for (let i = cart.lines.length; i < MAX_CART_LINES; i++) insert.run(`l${i}`, cart.id, productId, i + 10);
    const sourdough = await till.call('cart.scan', { code: '5010029032307' });
    expect(sourdough.ok ? null : sourdough.error.code).toBe('cart_full');
    await till.ok('cart.voidSale', CLEAR_CART);
  });
});
