import { describe, expect, it } from 'vitest';
import { perTest, type Connection, type TestCore } from './harness';

const SOURDOUGH = '5010029032307'; // 3.25
const COLA = '5449000004178'; // 1.25
const { demo } = perTest();

async function manualTill(t: TestCore, timeoutMs = 60_000): Promise<Connection> {
  const manager = t.connect();
  await manager.ok('session.login', { pin: '9999' });
  await manager.ok('terminal.update', { driver: 'manual', timeoutMs });
  const c = t.connect();
  await c.ok('session.login', { pin: '1111' });
  return c;
}

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const allText = (t: TestCore) =>
  ['journal', 'cart_tenders', 'payments', 'settings']
    .map((table) => JSON.stringify(t.core.db.sqlite.prepare(`select * from ${table}`).all()))
    .join('\n');

describe('the manual card terminal', () => {
  it('the cashier keys the amount on the terminal and confirms; an exact approval completes the sale', async () => {
    const t = await demo();
    const c = await manualTill(t);
    await c.ok('cart.scan', { code: SOURDOUGH });
    const cart = await c.ok('cart.get');
    const asked = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 325 });
    expect(asked.status).toBe('confirm');
    expect(asked.message).toBe('Key 3.25 on the card terminal');
    expect(asked.cart.tenders).toEqual([]);
    const busy = await c.call('sale.payCard', { cartVersion: cart.version, amount: 100 });
    expect(code(busy)).toBe('terminal_busy');
    const done = await c.ok('sale.confirmCard', { requestId: asked.requestId, approved: true, last4: '4242', approvalCode: 'A1B2C3' });
    expect(done.status).toBe('approved');
    expect(done.sale?.receipt?.payments).toEqual([
      expect.objectContaining({ method: 'card', amount: 325, cardLast4: '4242', approvalCode: 'A1B2C3' }),
    ]);
    const again = await c.call('sale.confirmCard', { requestId: asked.requestId, approved: true });
    expect(code(again)).toBe('not_found');
  });

  it('a full card number is refused', async () => {
    const t = await demo();
    const c = await manualTill(t);
    await c.ok('cart.scan', { code: SOURDOUGH });
    const cart = await c.ok('cart.get');
    const asked = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 325 });
    for (const pan of ['4111111111111111', '4111 1111 1111 1111', '4111-1111-1111-1111', '5500000000004', '6011000000000000004']) {
      const asLast4 = await c.call('sale.confirmCard', { requestId: asked.requestId, approved: true, last4: pan });
      expect(code(asLast4), pan).toBe('card_number_refused');
      const asCode = await c.call('sale.confirmCard', { requestId: asked.requestId, approved: true, approvalCode: pan });
      expect(code(asCode), pan).toBe('card_number_refused');
    }
    expect(code(await c.call('sale.confirmCard', { requestId: asked.requestId, approved: true, last4: '42' }))).toBe('invalid_input');
    expect(allText(t)).not.toContain('4111');
    // Still waiting: the refused answers changed nothing.
    const ok = await c.ok('sale.confirmCard', { requestId: asked.requestId, approved: true, last4: '1111' });
    expect(ok.status).toBe('approved');
  });

  it('a request id whose hex happens to be all digits is not taken for a card number', async () => {
    // Request ids are UUIDs the core makes; one in a few dozen has 13+ decimal digits in a
    // row once its dashes go, which an earlier check over every field refused as a PAN.
    const t = await demo();
    const c = await manualTill(t);
    await c.ok('cart.scan', { code: SOURDOUGH });
    const cart = await c.ok('cart.get');
    await c.ok('sale.payCard', { cartVersion: cart.version, amount: 325 });
    const digits = await c.call('sale.confirmCard', { requestId: '01934567-8901-7234-8567-890123456789', approved: true });
    expect(code(digits)).toBe('not_found');
    const notUuid = await c.call('sale.confirmCard', { requestId: '4111111111111111', approved: true });
    expect(code(notUuid)).toBe('invalid_input');
  });

  it('a declined card adds no tender; an unanswered request times out', async () => {
    const t = await demo();
    const c = await manualTill(t, 1000);
    await c.ok('cart.scan', { code: SOURDOUGH });
    const cart = await c.ok('cart.get');
    const asked = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 100 });
    const declined = await c.ok('sale.confirmCard', { requestId: asked.requestId, approved: false });
    expect(declined.status).toBe('declined');
    expect(declined.cart.tenders).toEqual([]);
    const second = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 100 });
    await new Promise((r) => setTimeout(r, 1200));
    const late = await c.call('sale.confirmCard', { requestId: second.requestId, approved: true });
    expect(code(late)).toBe('not_found');
    expect((await c.ok('cart.get')).tenders).toEqual([]);
    // The terminal is free again.
    const third = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 100 });
    expect(third.status).toBe('confirm');
  });

  it('an approval that arrives after the cart changed is kept as a tender, never lost', async () => {
    const t = await demo();
    const c = await manualTill(t);
    await c.ok('cart.scan', { code: SOURDOUGH });
    const cart = await c.ok('cart.get');
    const asked = await c.ok('sale.payCard', { cartVersion: cart.version, amount: 325 });
    await c.ok('cart.scan', { code: COLA });
    const approved = await c.ok('sale.confirmCard', { requestId: asked.requestId, approved: true, last4: '4242' });
    expect(approved.status).toBe('approved');
    expect(approved.sale).toBeNull();
    expect(approved.message).toMatch(/cart changed/);
    expect(approved.cart.tenders).toEqual([expect.objectContaining({ method: 'card', amount: 325, cardLast4: '4242' })]);
    expect(approved.cart.remaining).toBe(125);
    const journal = t.core.db.sqlite.prepare("select kind from journal where kind = 'card.approved'").all();
    expect(journal).toHaveLength(1);
    const rest = await c.ok('sale.payCash', { cartVersion: approved.cart.version, tendered: 125 });
    expect(rest.total).toBe(450);
  });

  it('the terminal settings are the manager’s', async () => {
    const t = await demo();
    const c = await manualTill(t);
    expect(code(await c.call('terminal.update', { driver: 'simulator' }))).toBe('permission_denied');
    expect(code(await c.call('terminal.get'))).toBe('permission_denied');
    const list = await c.ok('tenders.list');
    expect(list.map((m) => m.code)).toEqual(['cash', 'card', 'store_credit', 'gift_card', 'voucher']);
    expect(list[0]).toMatchObject({ kind: 'cash', opensDrawer: true });
  });
});
