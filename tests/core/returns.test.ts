import { describe, expect, it } from 'vitest';
import { returnable } from '../../electron/core/returns/returnable';
import { pay, perTest, snapshot, tryPay, type Connection, type TestCore } from './harness';

const SOURDOUGH = '5010029032307'; // 3.25, rate B 5%
const COLA = '5449000004178'; // 1.25, rate A 20%
const WHITE_BREAD = '5000168167138'; // 1.45, rate B

const { demo, dir, start } = perTest();

async function cashier(t: TestCore): Promise<Connection> {
  const c = t.connect();
  await c.ok('session.login', { pin: '1111' });
  return c;
}

async function manager(t: TestCore): Promise<Connection> {
  const c = t.connect();
  await c.ok('session.login', { pin: '9999' });
  return c;
}

/** Sells `count` of one item for cash; the sale's receipt number and lines. */
async function sell(c: Connection, code: string, count: number) {
  await c.ok('cart.scan', { code, qty: count * 1000 });
  const sale = await pay(c, 100_000);
  return c.ok('return.lookup', { saleId: sale.saleId });
}

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('returns against a receipt', () => {
  it("finds a receipt by the code on its barcode (its number) and shows each line's sold and left quantity and its payments", async () => {
    const t = await demo();
    const c = await cashier(t);
    const sold = await sell(c, SOURDOUGH, 2);
    const byCode = await c.ok('return.lookup', { code: sold.receiptNumber.toLowerCase() });
    expect(byCode.saleId).toBe(sold.saleId);
    expect(byCode.lines).toEqual([
      expect.objectContaining({ name: 'Sourdough Loaf 800g', soldQty: 2000, leftQty: 2000, returnedQty: 0, soldAmount: 650, leftAmount: 650 }),
    ]);
    expect(byCode.payments).toEqual([expect.objectContaining({ method: 'cash', amount: 650, refunded: 0 })]);
    expect(code(await c.call('return.lookup', { code: 'T01-999999' }))).toBe('not_found');
  });

  it('a refund never exceeds what was sold minus what was already returned', async () => {
    const t = await demo();
    const c = await cashier(t);
    const sold = await sell(c, SOURDOUGH, 2);
    const line = sold.lines[0]?.saleLineId ?? '';

    const before = snapshot(t.core);
    const tooMany = await c.call('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 3000, disposition: 'sellable' }] });
    expect(code(tooMany)).toBe('return_exceeds_sale');
    expect(snapshot(t.core)).toEqual(before);

    const cart = await c.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] });
    expect(cart.lines).toEqual([
      expect.objectContaining({ qty: -1000, unitPrice: 325, amount: -325, disposition: 'sellable', fixedAmount: true }),
    ]);
    expect(cart.lines[0]?.returnOf?.receiptNumber).toBe(sold.receiptNumber);
    expect(cart.totals.total).toBe(-325);
    // Adding more in the same cart counts what the cart already holds.
    expect(code(await c.call('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 2000, disposition: 'sellable' }] }))).toBe(
      'return_exceeds_sale',
    );
    const refund = await pay(c, 0);
    expect(refund.total).toBe(-325);

    // One finalized return of 1: one is left, and only one.
    const after = await c.ok('return.lookup', { saleId: sold.saleId });
    expect(after.lines[0]).toEqual(expect.objectContaining({ returnedQty: 1000, leftQty: 1000, leftAmount: 325 }));
    expect(code(await c.call('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 2000, disposition: 'sellable' }] }))).toBe(
      'return_exceeds_sale',
    );
    await c.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'damaged' }] });
    await pay(c, 0);
    const none = await c.ok('return.lookup', { saleId: sold.saleId });
    expect(none.lines[0]?.leftQty).toBe(0);
    expect(code(await c.call('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] }))).toBe(
      'return_exceeds_sale',
    );
    const r = returnable(t.core.db, line);
    expect(r).toEqual(expect.objectContaining({ soldQty: 2000, returnedQty: 2000, leftQty: 0, leftAmount: 0, refundedAmount: 650 }));
  });

  it('two carts cannot hold the same item for return beyond what is left', async () => {
    const t = await demo();
    const c = await cashier(t);
    const sold = await sell(c, SOURDOUGH, 2);
    const line = sold.lines[0]?.saleLineId ?? '';
    await c.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 2000, disposition: 'sellable' }] });
    // That cart is parked (as the cart engineer's cart.park does); a new cart starts.
    t.core.db.sqlite.prepare("update carts set parked_at = '2026-01-01T00:00:00.000Z'").run();
    const other = await c.call('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] });
    expect(code(other)).toBe('return_exceeds_sale');
    const lookup = await c.ok('return.lookup', { saleId: sold.saleId });
    expect(lookup.lines[0]?.leftQty).toBe(0);
  });

  it('a refund never exceeds what was sold, even from two windows at once (checked again at checkout)', async () => {
    const t = await demo();
    const a = await cashier(t);
    const sold = await sell(a, SOURDOUGH, 1);
    const line = sold.lines[0]?.saleLineId ?? '';
    await a.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] });
    await pay(a, 0);
    // A second window that added the same line before the first return finished holds a
    // return line the add-time check passed then; checkout reads the ledger again.
    const db = t.core.db.sqlite;
    await a.ok('cart.scan', { code: COLA });
    const cartId = (db.prepare('select id from carts where parked_at is null').get() as { id: string }).id;
    db.prepare(
      "insert into cart_lines (id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at, return_of, disposition) select 'race-line', ?, product_id, -1000, unit_price, -amount, 9, '2026-01-01T00:00:00.000Z', id, 'sellable' from sale_lines where id = ?",
    ).run(cartId, line);
    const before = snapshot(t.core);
    const due = (await a.ok('cart.get')).remaining;
    expect(code(await tryPay(a, due > 0 ? 100_000 : 0))).toBe('return_exceeds_sale');
    expect(snapshot(t.core)).toEqual(before);
  });

  it('discounts come back in proportion', async () => {
    const t = await demo();
    const c = await cashier(t);
    await c.ok('cart.scan', { code: SOURDOUGH, qty: 3000 });
    // A 10% line discount as the cart engineer's cart.discountLine would store it: 9.75 - 0.98 = 8.77.
    t.core.db.sqlite.prepare("update cart_lines set discount_kind = 'percent', discount_value = 1000").run();
    const soldCart = await c.ok('cart.get');
    expect(soldCart.totals.total).toBe(877);
    const sale = await pay(c, 1000);
    const sold = await c.ok('return.lookup', { saleId: sale.saleId });
    const line = sold.lines[0]?.saleLineId ?? '';
    expect(sold.lines[0]?.soldAmount).toBe(877);
    // One of three: 877 / 3 = 292.33 -> 292, not the shelf price of 325.
    const one = await c.ok('cart.addReturn', { saleId: sale.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] });
    expect(one.lines[0]?.amount).toBe(-292);
    // Taken again as two of three, the refund is worked out on the whole quantity: 584.67 -> 585.
    const two = await c.ok('cart.addReturn', { saleId: sale.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] });
    expect(two.lines).toHaveLength(1);
    expect(two.lines[0]?.amount).toBe(-585);
  });

  it('the last return of a line refunds exactly what is left', async () => {
    const t = await demo();
    const c = await cashier(t);
    await c.ok('cart.scan', { code: SOURDOUGH, qty: 3000 });
    t.core.db.sqlite.prepare("update cart_lines set discount_kind = 'percent', discount_value = 1000").run();
    const sale = await pay(c, 1000);
    const line = (await c.ok('return.lookup', { saleId: sale.saleId })).lines[0]?.saleLineId ?? '';
    const refunds: number[] = [];
    for (let i = 0; i < 3; i++) {
      await c.ok('cart.addReturn', { saleId: sale.saleId, lines: [{ saleLineId: line, qty: 1000, disposition: 'sellable' }] });
      refunds.push((await pay(c, 0)).total);
    }
    expect(refunds).toEqual([-292, -292, -293]);
    expect(refunds.reduce((a, b) => a + b, 0)).toBe(-877);
  });

  it('return lines in one cart come from one receipt', async () => {
    const t = await demo();
    const c = await cashier(t);
    const first = await sell(c, SOURDOUGH, 1);
    const second = await sell(c, COLA, 1);
    await c.ok('cart.addReturn', { saleId: first.saleId, lines: [{ saleLineId: first.lines[0]?.saleLineId ?? '', qty: 1000, disposition: 'sellable' }] });
    const r = await c.call('cart.addReturn', { saleId: second.saleId, lines: [{ saleLineId: second.lines[0]?.saleLineId ?? '', qty: 1000, disposition: 'sellable' }] });
    expect(code(r)).toBe('invalid_input');
    expect(r.ok ? '' : r.error.message).toContain(first.receiptNumber);
    // A line of another receipt named under this one is refused too.
    const wrong = await c.call('cart.addReturn', { saleId: first.saleId, lines: [{ saleLineId: second.lines[0]?.saleLineId ?? '', qty: 1000, disposition: 'sellable' }] });
    expect(code(wrong)).toBe('invalid_input');
  });

  it('a return line is taxed at the rate it was sold at, and its disposition can change', async () => {
    const t = await demo();
    const c = await cashier(t);
    const sold = await sell(c, COLA, 1);
    const cart = await c.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: sold.lines[0]?.saleLineId ?? '', qty: 1000, disposition: 'sellable' }] });
    expect(cart.lines[0]?.rateBps).toBe(2000);
    expect(cart.totals.tax).toBe(-21);
    const lineId = cart.lines[0]?.id ?? '';
    const damaged = await c.ok('cart.setDisposition', { lineId, disposition: 'damaged' });
    expect(damaged.lines[0]?.disposition).toBe('damaged');
    const onHand = (id: string) =>
      (t.core.db.sqlite.prepare('select on_hand from stock_levels where product_id = ?').get(id) as { on_hand: number }).on_hand;
    const productId = cart.lines[0]?.productId ?? '';
    const stockBefore = onHand(productId);
    await pay(c, 0);
    // Damaged goods come back and are written off: sellable stock is unchanged.
    expect(onHand(productId)).toBe(stockBefore);
    const reasons = t.core.db.sqlite
      .prepare("select reason, qty_delta from stock_movements where product_id = ? and reason in ('return', 'write_off') order by reason")
      .all(productId);
    expect(reasons).toEqual([
      { reason: 'return', qty_delta: 1000 },
      { reason: 'write_off', qty_delta: -1000 },
    ]);
  });

  it('an exchange is one document: the return line and the new line together, the difference paid', async () => {
    const t = await demo();
    const c = await cashier(t);
    const sold = await sell(c, WHITE_BREAD, 1);
    await c.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: sold.lines[0]?.saleLineId ?? '', qty: 1000, disposition: 'sellable' }] });
    const cart = await c.ok('cart.scan', { code: SOURDOUGH });
    expect(cart.totals.total).toBe(325 - 145);
    const done = await pay(c, 200);
    expect(done.change).toBe(20);
    const receipt = await c.ok('sale.receipt', { saleId: done.saleId });
    expect(receipt.returnOf).toBe(sold.receiptNumber);
    expect(receipt.refund).toBe(false);
    expect(receipt.lines.map((l) => l.qty)).toEqual([-1000, 1000]);
    // One item each way, not none: an exchange counts what went out and what came back.
    expect(receipt).toMatchObject({ itemCount: 1, itemsReturned: 1 });
  });

  it('a return receipt says REFUND and names the original receipt', async () => {
    const t = await demo();
    const c = await cashier(t);
    const sold = await sell(c, SOURDOUGH, 2);
    await c.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: sold.lines[0]?.saleLineId ?? '', qty: 1000, disposition: 'sellable' }] });
    const done = await pay(c, 0);
    expect(done.receipt?.refund).toBe(true);
    expect(done.receipt?.returnOf).toBe(sold.receiptNumber);
    expect(done.receipt?.totals.total).toBe(-325);
    const pdf = await c.ok('receipt.pdf', { saleId: done.saleId });
    const text = Buffer.from(pdf.base64, 'base64').toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(pdf.fileName).toBe(`receipt-${done.receiptNumber}.pdf`);
  });
});

describe('returns without a receipt', () => {
  it('a return without a receipt needs a manager', async () => {
    const t = await demo();
    const c = await cashier(t);
    const reasons = await c.ok('reasons.list', { kind: 'return' });
    expect(reasons.map((r) => r.code)).toContain('faulty');
    const product = (await c.ok('catalog.products', { limit: 1 }))[0];
    const input = { productId: product?.id ?? '', qty: 1000, unitPrice: 300, disposition: 'sellable' as const, reasonId: reasons[0]?.id ?? '' };
    const before = snapshot(t.core);
    expect(code(await c.call('cart.addReturnNoReceipt', input))).toBe('approval_required');
    expect(code(await c.call('cart.addReturnNoReceipt', { ...input, approval: { pin: '1111' } }))).toBe('approval_denied');
    expect(snapshot(t.core)).toEqual(before);
    const cart = await c.ok('cart.addReturnNoReceipt', { ...input, approval: { pin: '9999' } });
    expect(cart.lines[0]).toEqual(expect.objectContaining({ qty: -1000, amount: -300, returnOf: null, disposition: 'sellable' }));
    expect(cart.returnApprovedBy).toBeTruthy();
    // Without a reason of kind 'return' it is refused.
    const m = await manager(t);
    expect(code(await m.call('cart.addReturnNoReceipt', { ...input, reasonId: 'nope' }))).toBe('invalid_input');
  });
});

describe('sales history', () => {
  it('finds receipts by number, date, amount and tender, newest first, a page at a time', async () => {
    const t = await demo();
    const c = await cashier(t);
    const receipts: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      await c.ok('cart.scan', { code: COLA, qty: n * 1000 });
      receipts.push((await pay(c, 100_000)).receiptNumber);
    }
    const first = await c.ok('sale.find', { limit: 2 });
    expect(first.rows.map((r) => r.receiptNumber)).toEqual([receipts[4], receipts[3]]);
    expect(first.rows[0]?.tenders).toEqual([{ method: 'cash', methodName: 'Cash' }]);
    const second = await c.ok('sale.find', { limit: 2, before: first.next ?? undefined });
    expect(second.rows.map((r) => r.receiptNumber)).toEqual([receipts[2], receipts[1]]);
    const third = await c.ok('sale.find', { limit: 2, before: second.next ?? undefined });
    expect(third.rows.map((r) => r.receiptNumber)).toEqual([receipts[0]]);
    expect(third.next).toBeNull();

    expect((await c.ok('sale.find', { receiptNumber: receipts[2]?.toLowerCase() })).rows.map((r) => r.receiptNumber)).toEqual([receipts[2]]);
    expect((await c.ok('sale.find', { amount: 375 })).rows.map((r) => r.receiptNumber)).toEqual([receipts[2]]);
    expect((await c.ok('sale.find', { tender: 'card' })).rows).toEqual([]);
    expect((await c.ok('sale.find', { tender: 'cash' })).rows).toHaveLength(5);
    const today = new Date().toISOString().slice(0, 10);
    expect((await c.ok('sale.find', { from: today, to: today })).rows).toHaveLength(5);
    expect((await c.ok('sale.find', { to: '2000-01-01' })).rows).toEqual([]);

    // A refund is found by the amount on its receipt and flagged.
    const sold = await c.ok('return.lookup', { code: receipts[0] ?? '' });
    await c.ok('cart.addReturn', { saleId: sold.saleId, lines: [{ saleLineId: sold.lines[0]?.saleLineId ?? '', qty: 1000, disposition: 'sellable' }] });
    const refund = await pay(c, 0);
    const found = await c.ok('sale.find', { amount: 125 });
    expect(found.rows.map((r) => [r.receiptNumber, r.refund, r.returnOf])).toEqual([
      [refund.receiptNumber, true, receipts[0]],
      [receipts[0], false, null],
    ]);
  });

  it('a receipt PDF starts with %PDF and carries the receipt number', async () => {
    const t = await demo();
    const c = await cashier(t);
    await c.ok('cart.scan', { code: COLA });
    const sale = await pay(c, 500);
    const pdf = await c.ok('receipt.pdf', { saleId: sale.saleId, copy: false });
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // The title is stored uncompressed in the info dictionary.
    expect(bytes.toString('latin1')).toContain(sale.receiptNumber);
    expect(code(await c.call('receipt.pdf', { saleId: 'nope' }))).toBe('not_found');
  });
});

describe('store receipt settings', () => {
  it("a manager sets the store's tax number, phone, header and footer; receipts print them from the next sale", async () => {
    const t = await demo();
    const c = await cashier(t);
    expect(code(await c.call('store.update', { phone: '1' }))).toBe('permission_denied');
    const m = await manager(t);
    const store = await m.ok('store.update', {
      taxNumber: 'GB123456789',
      phone: '020 7946 0000',
      receiptHeader: 'Open 8-8\x1b\x70 daily\nFree parking',
      receiptFooter: 'Returns within 30 days',
    });
    expect(store.receiptHeader).toBe('Open 8-8p daily\nFree parking');
    expect(code(await m.call('store.update', { receiptFooter: 'a\nb\nc\nd\ne' }))).toBe('invalid_input');
    expect(code(await m.call('store.update', { receiptFooter: 'x'.repeat(49) }))).toBe('invalid_input');
    await c.ok('cart.scan', { code: COLA });
    const sale = await pay(c, 500);
    expect(sale.receipt?.store).toEqual(
      expect.objectContaining({ taxNumber: 'GB123456789', phone: '020 7946 0000', header: 'Open 8-8p daily\nFree parking', footer: 'Returns within 30 days' }),
    );
  });
});

describe('store receipt settings at setup', () => {
  it("setup asks for the store's tax number, phone, receipt header and footer, and refuses a header too long to print", async () => {
    const t = await start(dir());
    const owner = await t.setupConnection();
    const store = { name: 'Bakery Lund', address: 'Storgatan 1', currency: 'EUR', locale: 'de-DE', taxInclusive: true };
    const rest = { taxRate: { name: 'Standard', rateBps: 1900 }, owner: { name: 'Olga Owner', pin: '2468' } };
    const tooLong = await owner.call('setup.createStore', { store: { ...store, receiptHeader: 'a\nb\nc\nd\ne' }, ...rest });
    expect(tooLong.ok ? null : tooLong.error.issues?.[0]?.path).toBe('store.receiptHeader');
    const status = await owner.ok('setup.createStore', {
      store: { ...store, taxNumber: 'DE123456789', phone: '+49 30 1234', receiptHeader: 'Frisch gebacken', receiptFooter: 'Danke!' },
      ...rest,
    });
    expect(status.store).toEqual(
      expect.objectContaining({ taxNumber: 'DE123456789', phone: '+49 30 1234', receiptHeader: 'Frisch gebacken', receiptFooter: 'Danke!' }),
    );
  });
});
