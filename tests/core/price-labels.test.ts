/**
 * In-store labels as the cart takes them, through the router on the demo store (GBP). The
 * demo registers loose produce under 21 codes; these tests register 23 codes for some of
 * it, as a shop whose scales print price labels would.
 */
import { CLEAR_CART } from './clear-cart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../shared/barcode';
import { snapshot, startCore, tempDataDir, type Connection, type TestCore } from './harness';

const label = (body12: string): string => withCheckDigit(body12);
// 23 00001: bananas, 1.10/kg. 23 00004: carrots, made free per kg below. 23 00090: saffron.
const BANANAS_250 = label('230000100250');
const BANANAS_ZERO_PRICE = label('230000100000');
const BANANAS_ZERO_WEIGHT = label('210000100000');
const CARROTS_150 = label('230000400150');
const SAFFRON_1P = label('230009000001');
// 21 00009: a loaf sold each, registered in the weight range by mistake.
const LOAF_WEIGHT = label('210000900500');
const LOAF_PRICE = label('230000900325');

describe('price and weight labels at the till', () => {
  const data = tempDataDir();
  let t: TestCore;
  let till: Connection;

  beforeAll(async () => {
    t = await startCore(data.dir, { demo: true });
    const db = t.core.db.sqlite;
    const register = db.prepare('insert into barcodes (code, product_id) select ?, id from products where sku = ?');
    register.run(label('230000100000'), 'FRV-001');
    register.run(label('230000400000'), 'FRV-004');
    register.run(label('210000900000'), 'BAK-001');
    register.run(label('230000900000'), 'BAK-001');
    db.prepare("update products set price = 0 where sku = 'FRV-004'").run();
    db.prepare(
      "insert into products (id, sku, name, price, tax_rate_id, unit, active, created_at, updated_at) select 'saffron', 'SPC-001', 'Saffron', 300000, tax_rate_id, 'kg', 1, '', '' from products where sku = 'FRV-001'",
    ).run();
    register.run(label('230009000000'), 'SPC-001');
    till = t.connect();
    await till.ok('session.login', { pin: '1111' });
  });
  afterAll(async () => {
    await t.core.close();
    data.remove();
  });

  async function refused(code: string) {
    await till.ok('cart.voidSale', CLEAR_CART);
    const before = snapshot(t.core);
    const r = await till.call('cart.scan', { code });
    expect(snapshot(t.core)).toEqual(before);
    return r.ok ? null : r.error;
  }

  it('a price label on a product sold by weight records the weight price / price per kg buys, and keeps the price', async () => {
    await till.ok('cart.voidSale', CLEAR_CART);
    const cart = await till.ok('cart.scan', { code: BANANAS_250 });
    // 2.50 / 1.10 per kg = 2.2727 kg -> 2.273 kg, rounded half away from zero; the amount is the label's.
    expect(cart.lines).toMatchObject([
      { sku: 'FRV-001', unit: 'kg', qty: 2273, unitPrice: 110, amount: 250, fixedAmount: true },
    ]);
    expect(cart.totals.total).toBe(250);
    // The label fixed the amount: its weight cannot be edited into another price.
    const r = await till.call('cart.setQty', { lineId: cart.lines[0]?.id ?? '', qty: 1000 });
    expect(r.ok ? null : r.error.code).toBe('fixed_amount_line');

    const sale = await till.ok('sale.payCash', { tendered: 500, cartVersion: cart.version });
    expect(sale.receipt?.lines).toMatchObject([{ name: 'Bananas (loose)', unit: 'kg', qty: 2273, amount: 250 }]);
    const moved = t.core.db.sqlite
      .prepare("select qty_delta from stock_movements where doc_id = ? and reason = 'sale'")
      .pluck()
      .all(sale.saleId);
    expect(moved).toEqual([-2273]);
  });

  it('a product sold by weight with no price per kg cannot take a price label', async () => {
    expect(await refused(CARROTS_150)).toEqual({
      code: 'no_unit_price',
      message: 'Carrots (loose) has no price per kg, so a price label cannot tell its weight',
    });
  });

  it('a price label of zero is refused, saying the price is zero', async () => {
    expect(await refused(BANANAS_ZERO_PRICE)).toEqual({
      code: 'invalid_label',
      message: 'The price label for Bananas (loose) shows a price of zero',
    });
    expect((await refused(label('230000900000')))?.message).toBe(
      'The price label for Sourdough Loaf 800g shows a price of zero',
    );
  });

  it('a weight label of zero is refused, saying the weight is zero', async () => {
    expect(await refused(BANANAS_ZERO_WEIGHT)).toEqual({
      code: 'invalid_label',
      message: 'The weight label for Bananas (loose) shows a weight of zero',
    });
  });

  it('a weight label on a product sold each is refused with the same code', async () => {
    expect(await refused(LOAF_WEIGHT)).toEqual({
      code: 'invalid_label',
      message: 'Sourdough Loaf 800g is sold each, not by weight: a weight label cannot sell it',
    });
  });

  it('a price label worth less than a gram of the product is refused', async () => {
    // 0.01 at 3000.00/kg is a third of a gram: 0 g after rounding.
    expect(await refused(SAFFRON_1P)).toMatchObject({ code: 'invalid_label' });
  });

  it('a price label on an item sold each sells one at the price on the label', async () => {
    await till.ok('cart.voidSale', CLEAR_CART);
    const cart = await till.ok('cart.scan', { code: LOAF_PRICE });
    expect(cart.lines).toMatchObject([{ sku: 'BAK-001', unit: 'each', qty: 1000, amount: 325, fixedAmount: true }]);
    await till.ok('cart.voidSale', CLEAR_CART);
  });
});
