import { describe, expect, it } from 'vitest';
import { perTest, snapshot, type Connection, type TestCore } from './harness';
import { addReturnLine, attachCustomer, giveCustomer, giveGiftCard, moveGiftCard } from './ledger-setup';

const SOURDOUGH = '5010029032307'; // 3.25
const COLA = '5449000004178'; // 1.25

const { demo } = perTest();

async function till(t: TestCore, simulate: 'approve' | 'decline' | 'timeout' = 'approve'): Promise<Connection> {
  const manager = t.connect();
  await manager.ok('session.login', { pin: '9999' });
  await manager.ok('terminal.update', { driver: 'simulator', simulate, timeoutMs: 1000 });
  const c = t.connect();
  await c.ok('session.login', { pin: '1111' });
  return c;
}

async function ring(c: Connection, ...codes: string[]) {
  for (const code of codes) await c.ok('cart.scan', { code });
  return c.ok('cart.get');
}

const rows = (t: TestCore, sql: string, ...args: unknown[]) => t.core.db.sqlite.prepare(sql).all(...args) as Record<string, unknown>[];
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('split tender', () => {
  it('a split sale across card and cash records one payment row per tender and change only in cash', async () => {
    const t = await demo();
    const c = await till(t);
    const cart = await ring(c, SOURDOUGH, COLA);
    expect(cart.totals.total).toBe(450);
    const card = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 200 });
    expect(card.status).toBe('approved');
    expect(card.sale).toBeNull();
    expect(card.cart.paid).toBe(200);
    expect(card.cart.remaining).toBe(250);
    expect(card.cart.tenders[0]).toMatchObject({ method: 'card', amount: 200, cardLast4: '4242' });
    const cash = await c.ok('sale.addTender', { cartVersion: card.cart.version, method: 'cash', amount: 500 });
    expect(cash.sale).not.toBeNull();
    expect(cash.sale?.change).toBe(250);
    expect(cash.cart.lines).toHaveLength(0);
    expect(cash.cart.tenders).toHaveLength(0);
    const saleId = cash.sale?.saleId;
    expect(rows(t, 'select method, amount, tendered, change, card_last4 from payments where sale_id = ? order by method', saleId)).toEqual([
      { method: 'card', amount: 200, tendered: 200, change: 0, card_last4: '4242' },
      { method: 'cash', amount: 250, tendered: 500, change: 250 , card_last4: null },
    ]);
    expect(rows(t, 'select total, tendered, change, rounding from sales where id = ?', saleId)).toEqual([
      { total: 450, tendered: 700, change: 250, rounding: null },
    ]);
    expect(cash.sale?.receipt?.payments.map((p) => [p.method, p.amount])).toEqual([
      ['card', 200],
      ['cash', 250],
    ]);
  });

  it('over-tender on a card is refused and changes nothing', async () => {
    const t = await demo();
    const c = await till(t);
    const cart = await ring(c, SOURDOUGH, COLA);
    const before = snapshot(t.core);
    const r = await c.call('sale.payCard', { cartVersion: cart.version, amount: 451 });
    expect(code(r)).toBe('over_tender');
    if (!r.ok) expect(r.error.message).toMatch(/cannot be more than the 4\.50 still to pay: give change in cash only/);
    const v = await c.call('sale.addTender', { cartVersion: cart.version, method: 'voucher', amount: 1000 });
    expect(code(v)).toBe('over_tender');
    expect(snapshot(t.core)).toEqual(before);
    expect((await c.ok('cart.get')).version).toBe(cart.version);
    expect(rows(t, "select count(*) as n from journal where kind like 'card.%'")).toEqual([{ n: 0 }]);
  });

  it('a tender can be removed before the sale completes; a removed card payment is reversed at the terminal and journaled', async () => {
    const t = await demo();
    const c = await till(t);
    const cart = await ring(c, SOURDOUGH, COLA);
    const voucher = await c.ok('sale.addTender', { cartVersion: cart.version, method: 'voucher', amount: 100 });
    expect(voucher.cart.version).toBeGreaterThan(cart.version);
    const card = await c.ok('sale.payCard', { cartVersion: voucher.cart.version, amount: 200 });
    expect(card.cart.tenders.map((x) => x.method)).toEqual(['voucher', 'card']);
    const cardTender = card.cart.tenders.find((x) => x.method === 'card');
    const removed = await c.ok('sale.removeTender', { tenderId: cardTender?.id ?? '' });
    expect(removed.cart.tenders.map((x) => x.method)).toEqual(['voucher']);
    expect(removed.cart.remaining).toBe(350);
    expect(removed.cart.version).toBeGreaterThan(card.cart.version);
    const journal = rows(t, "select kind, payload from journal where kind like 'card.%' order by seq");
    expect(journal.map((j) => j.kind)).toEqual(['card.approved', 'card.reversed']);
    expect(JSON.parse(String(journal[1]?.payload))).toMatchObject({ amount: 200, last4: '4242' });
    const again = await c.call('sale.removeTender', { tenderId: cardTender?.id ?? '' });
    expect(code(again)).toBe('not_found');
    const v = await c.ok('sale.removeTender', { tenderId: removed.cart.tenders[0]?.id ?? '' });
    expect(v.cart.tenders).toEqual([]);
    expect(v.cart.remaining).toBe(450);
  });

  it('a declined or timed-out card adds no tender', async () => {
    const t = await demo();
    const c = await till(t, 'decline');
    const cart = await ring(c, SOURDOUGH);
    const declined = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 325 });
    expect(declined.status).toBe('declined');
    expect(declined.cart.tenders).toEqual([]);
    expect(declined.sale).toBeNull();
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    await manager.ok('terminal.update', { simulate: 'timeout' });
    const started = Date.now();
    const timedOut = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 325 });
    expect(timedOut.status).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(timedOut.cart.tenders).toEqual([]);
    expect(rows(t, 'select count(*) as n from sales')).toEqual([{ n: 0 }]);
    expect(rows(t, "select count(*) as n from journal where kind like 'card.%'")).toEqual([{ n: 0 }]);
  });

  it('the drawer opens only for tenders set to open it', async () => {
    const t = await demo();
    const c = await till(t);
    const opened = () => t.printer.jobs.filter((j) => j.kind === 'receipt').map((j) => (j.kind === 'receipt' ? j.openedDrawer : null));
    let cart = await ring(c, COLA);
    await c.ok('sale.payCard', { cartVersion: cart.version, amount: 125 });
    cart = await ring(c, COLA);
    await c.ok('sale.addTender', { cartVersion: cart.version, method: 'voucher', amount: 125 });
    cart = await ring(c, COLA);
    await c.ok('sale.payCash', { cartVersion: cart.version, tendered: 200 });
    const manager = t.connect();
    await manager.ok('session.login', { pin: '9999' });
    const list = await manager.ok('tenders.save', { code: 'voucher', name: 'Voucher', opensDrawer: false, active: true, position: 5 });
    expect(list.find((m) => m.code === 'voucher')).toMatchObject({ kind: 'other', opensDrawer: false });
    cart = await ring(c, COLA);
    await c.ok('sale.addTender', { cartVersion: cart.version, method: 'voucher', amount: 125 });
    await new Promise((r) => setTimeout(r, 300));
    expect(opened()).toEqual([false, true, true, false]);
  });

  it('a gift card cannot go below zero', async () => {
    const t = await demo();
    const c = await till(t);
    const cardId = giveGiftCard(t.core, 'GC-0001-2345', 400);
    const cart = await ring(c, SOURDOUGH, COLA);
    const gift = { method: 'gift_card', giftCardCode: 'GC-0001-2345' };
    const first = await c.ok('sale.addTender', { cartVersion: cart.version, ...gift, amount: 300 });
    expect(first.cart.tenders[0]).toMatchObject({ kind: 'gift_card', giftCardCode: 'GC-0001-2345', amount: 300 });
    // 300 taken already: the card's 400 cannot also pay the last 150.
    const second = await c.call('sale.addTender', { cartVersion: first.cart.version, ...gift, amount: 150 });
    expect(code(second)).toBe('insufficient_balance');
    const unknown = await c.call('sale.addTender', { cartVersion: first.cart.version, ...gift, giftCardCode: 'NOPE', amount: 100 });
    expect(code(unknown)).toBe('not_found');
    // Another till spends the same card before this sale completes.
    moveGiftCard(t.core, cardId, -300);
    const before = snapshot(t.core);
    const done = await c.call('sale.addTender', { cartVersion: first.cart.version, method: 'cash', amount: 150 });
    expect(code(done)).toBe('insufficient_balance');
    expect(snapshot(t.core)).toEqual(before);
    expect(rows(t, 'select balance from gift_cards where id = ?', cardId)).toEqual([{ balance: 100 }]);
    // Take the gift card tender off and pay with what is left on it: the sale completes.
    const removed = await c.ok('sale.removeTender', { tenderId: first.cart.tenders[0]?.id ?? '' });
    const ok = await c.ok('sale.addTender', { cartVersion: removed.cart.version, ...gift, amount: 100 });
    const paid = await c.ok('sale.payCash', { cartVersion: ok.cart.version, tendered: 350 });
    expect(paid.change).toBe(0);
    expect(rows(t, 'select balance from gift_cards where id = ?', cardId)).toEqual([{ balance: 0 }]);
    expect(paid.receipt?.payments.find((p) => p.kind === 'gift_card')?.giftCardLast4).toBe('2345');
  });

  it('store credit needs a customer with enough balance; a refund to credit raises it', async () => {
    const t = await demo();
    const c = await till(t);
    const cart = await ring(c, SOURDOUGH);
    const none = await c.call('sale.addTender', { cartVersion: cart.version, method: 'store_credit', amount: 100 });
    expect(code(none)).toBe('customer_required');
    const customer = giveCustomer(t.core, 'Ada', 200);
    attachCustomer(t.core, customer);
    const attached = await c.ok('cart.get');
    const tooMuch = await c.call('sale.addTender', { cartVersion: attached.version, method: 'store_credit', amount: 300 });
    expect(code(tooMuch)).toBe('insufficient_balance');
    const credit = await c.ok('sale.addTender', { cartVersion: attached.version, method: 'store_credit', amount: 200 });
    const done = await c.ok('sale.payCash', { cartVersion: credit.cart.version, tendered: 200 });
    expect(done.change).toBe(75);
    expect(rows(t, 'select credit_balance from customers where id = ?', customer)).toEqual([{ credit_balance: 0 }]);
    expect(rows(t, 'select customer_id from sales where id = ?', done.saleId)).toEqual([{ customer_id: customer }]);
  });

  it('an unknown, inactive or card tender is refused by addTender with its own code', async () => {
    const t = await demo();
    const c = await till(t);
    const cart = await ring(c, SOURDOUGH);
    const v = cart.version;
    expect(code(await c.call('sale.addTender', { cartVersion: v, method: 'bitcoin', amount: 100 }))).toBe('unknown_tender');
    expect(code(await c.call('sale.addTender', { cartVersion: v, method: 'cheque', amount: 100 }))).toBe('tender_inactive');
    expect(code(await c.call('sale.addTender', { cartVersion: v, method: 'card', amount: 100 }))).toBe('tender_not_allowed');
    expect(code(await c.call('sale.addTender', { cartVersion: v - 1, method: 'cash', amount: 100 }))).toBe('cart_changed');
  });

  it('a refund to card never exceeds what the card paid', async () => {
    const t = await demo();
    const c = await till(t);
    const cart = await ring(c, SOURDOUGH, COLA);
    const card = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 200 });
    const sale = await c.ok('sale.payCash', { cartVersion: card.cart.version, tendered: 250 });
    const payments = rows(t, 'select id, method from payments where sale_id = ?', sale.saleId);
    const cardPayment = String(payments.find((p) => p.method === 'card')?.id);
    const cashPayment = String(payments.find((p) => p.method === 'cash')?.id);
    for (const line of rows(t, 'select id from sale_lines where sale_id = ?', sale.saleId)) addReturnLine(t.core, String(line.id));
    const ret = await c.ok('cart.get');
    expect(ret.remaining).toBe(-450);
    const before = snapshot(t.core);
    expect(code(await c.call('sale.payCard', { cartVersion: ret.version, amount: -300, refundOf: cardPayment }))).toBe('refund_exceeds_payment');
    expect(code(await c.call('sale.payCard', { cartVersion: ret.version, amount: -100 }))).toBe('refund_not_allowed');
    expect(code(await c.call('sale.payCard', { cartVersion: ret.version, amount: -100, refundOf: cashPayment }))).toBe('refund_not_allowed');
    expect(snapshot(t.core)).toEqual(before);
    const back = await c.ok('sale.payCard', { cartVersion: ret.version, amount: -200, refundOf: cardPayment });
    expect(back.status).toBe('approved');
    expect(back.cart.remaining).toBe(-250);
    const out = await c.ok('sale.payCash', { cartVersion: back.cart.version, tendered: 0 });
    expect(out.total).toBe(-450);
    expect(rows(t, "select kind from journal where doc_id = ?", out.saleId)).toEqual([{ kind: 'sale.returned' }]);
    expect(rows(t, 'select method, amount, refund_of from payments where sale_id = ? order by method', out.saleId)).toEqual([
      { method: 'card', amount: -200, refund_of: cardPayment },
      { method: 'cash', amount: -250, refund_of: null },
    ]);
    expect(rows(t, 'select return_of_sale from sales where id = ?', out.saleId)).toEqual([{ return_of_sale: sale.saleId }]);
    expect(rows(t, "select count(*) as n from stock_movements where doc_id = ? and reason = 'return'", out.saleId)).toEqual([{ n: 2 }]);
  });
});
