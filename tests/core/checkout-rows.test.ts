import { describe, expect, it } from 'vitest';
import { perTest, snapshot, type Connection, type TestCore } from './harness';
import { addReturnLine, attachCustomer, giveCustomer } from './ledger-setup';

const SOURDOUGH = '5010029032307'; // 3.25
const COLA = '5449000004178'; // 1.25
const { demo } = perTest();

async function cashier(t: TestCore): Promise<Connection> {
  const c = t.connect();
  await c.ok('session.login', { pin: '1111' });
  return c;
}
const sql = (t: TestCore, q: string, ...args: unknown[]) => t.core.db.sqlite.prepare(q).all(...args) as Record<string, unknown>[];
const run = (t: TestCore, q: string, ...args: unknown[]) => t.core.db.sqlite.prepare(q).run(...args);
const staffId = (t: TestCore, pin: string) => t.core.services.staff.findByPin(pin).then((s) => s?.id ?? '');

describe('checkout finalizes whatever the cart holds', () => {
  it('a damaged return comes back into stock and is written off in the same document', async () => {
    const t = await demo();
    const c = await cashier(t);
    await c.ok('cart.scan', { code: COLA });
    const sold = await c.ok('sale.payCash', { cartVersion: (await c.ok('cart.get')).version, tendered: 125 });
    const line = sql(t, 'select id, product_id from sale_lines where sale_id = ?', sold.saleId)[0] ?? {};
    addReturnLine(t.core, String(line.id), 'damaged');
    const back = await c.ok('sale.payCash', { cartVersion: (await c.ok('cart.get')).version, tendered: 0 });
    expect(back.total).toBe(-125);
    expect(sql(t, 'select reason, qty_delta from stock_movements where doc_id = ? order by reason', back.saleId)).toEqual([
      { reason: 'return', qty_delta: 1000 },
      { reason: 'write_off', qty_delta: -1000 },
    ]);
    expect(sql(t, 'select qty, amount, return_of, disposition from sale_lines where sale_id = ?', back.saleId)).toEqual([
      { qty: -1000, amount: -125, return_of: line.id, disposition: 'damaged' },
    ]);
    // The line has nothing left to return: a second return of it is refused and changes nothing.
    addReturnLine(t.core, String(line.id));
    const before = snapshot(t.core);
    const again = await c.call('sale.payCash', { cartVersion: (await c.ok('cart.get')).version, tendered: 0 });
    expect(again.ok ? 'ok' : again.error.code).toBe('return_exceeds_sale');
    expect(snapshot(t.core)).toEqual(before);
  });

  it('selling a gift card issues it with its balance and moves no stock', async () => {
    const t = await demo();
    const c = await cashier(t);
    await c.ok('cart.scan', { code: SOURDOUGH });
    run(t, "update products set gift_card = 1 where id = (select product_id from cart_lines limit 1)");
    run(t, "update cart_lines set gift_card_code = 'GIFT-7777', unit_price = 2000");
    const sale = await c.ok('sale.payCash', { cartVersion: (await c.ok('cart.get')).version, tendered: 2000 });
    expect(sql(t, "select balance from gift_cards where code = 'GIFT-7777'")).toEqual([{ balance: 2000 }]);
    expect(sql(t, 'select count(*) as n from stock_movements where doc_id = ?', sale.saleId)).toEqual([{ n: 0 }]);
    expect(sql(t, 'select gift_card_id is not null as linked from sale_lines where sale_id = ?', sale.saleId)).toEqual([{ linked: 1 }]);
  });

  it('discounts and price overrides are finalized as adjustments, with who gave and who approved them', async () => {
    const t = await demo();
    const c = await cashier(t);
    await c.ok('cart.scan', { code: SOURDOUGH });
    await c.ok('cart.scan', { code: COLA });
    const manager = await staffId(t, '9999');
    const casey = await staffId(t, '1111');
    run(t, "update cart_lines set discount_kind = 'percent', discount_value = 1000, discount_reason = 'Damaged box', staff_id = ? where product_id = (select product_id from barcodes where code = ?)", casey, SOURDOUGH);
    run(t, "update cart_lines set list_price = 125, unit_price = 100, override_reason = 'Price match', override_approved_by = ? where product_id = (select product_id from barcodes where code = ?)", manager, COLA);
    run(t, "update carts set discount_kind = 'amount', discount_value = 50, discount_reason = 'Regular', discount_approved_by = ?", manager);
    const cart = await c.ok('cart.get');
    expect(cart.discountTotal).toBe(33 + 50);
    const sale = await c.ok('sale.payCash', { cartVersion: cart.version, tendered: cart.cashDue });
    expect(sql(t, 'select kind, method, value, amount, reason, approved_by from sale_adjustments where sale_id = ? order by kind', sale.saleId)).toEqual([
      { kind: 'line_discount', method: 'percent', value: 1000, amount: 33, reason: 'Damaged box', approved_by: null },
      { kind: 'price_override', method: null, value: 100, amount: 25, reason: 'Price match', approved_by: manager },
      { kind: 'sale_discount', method: 'amount', value: 50, amount: 50, reason: 'Regular', approved_by: manager },
    ]);
    expect(sql(t, 'select discount from sales where id = ?', sale.saleId)).toEqual([{ discount: 83 }]);
    expect(sql(t, 'select sum(discount) as d from sale_lines where sale_id = ?', sale.saleId)).toEqual([{ d: 83 }]);
    // The sale's fields go with the sale: the next cart starts clean.
    const next = await c.ok('cart.get');
    expect(next.saleDiscount).toBeNull();
  });

  it('a return without a receipt refunds only to store credit, or cash up to the limit', async () => {
    const t = await demo();
    const c = await cashier(t);
    await c.ok('cart.scan', { code: COLA });
    run(t, 'update cart_lines set qty = -1000, fixed_amount = -125');
    const customer = giveCustomer(t.core, 'Bea', 0);
    const cart = await c.ok('cart.get');
    expect(cart.remaining).toBe(-125);
    const before = snapshot(t.core);
    const cash = await c.call('sale.payCash', { cartVersion: cart.version, tendered: 0 });
    expect(cash.ok ? 'ok' : cash.error.code).toBe('refund_not_allowed');
    const voucher = await c.call('sale.addTender', { cartVersion: cart.version, method: 'voucher', amount: -125 });
    expect(voucher.ok ? 'ok' : voucher.error.code).toBe('refund_not_allowed');
    expect(snapshot(t.core)).toEqual(before);
    attachCustomer(t.core, customer);
    const withCustomer = await c.ok('cart.get');
    const credit = await c.ok('sale.addTender', { cartVersion: withCustomer.version, method: 'store_credit', amount: -125 });
    expect(credit.sale?.total).toBe(-125);
    expect(sql(t, 'select credit_balance from customers where id = ?', customer)).toEqual([{ credit_balance: 125 }]);
    expect(sql(t, "select kind from sale_adjustments where sale_id = ?", credit.sale?.saleId)).toEqual([{ kind: 'no_receipt_return' }]);
  });
});
