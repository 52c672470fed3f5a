import { describe, expect, it } from 'vitest';
import { COLA, MANAGER, REASONS, SOURDOUGH, journalOf, staffId } from './cart-fixtures';
import { pay, perTest, snapshot, startCore, type Connection } from './harness';

const { demo, dir } = perTest();

async function login(t: Awaited<ReturnType<typeof demo>>, pin = '1111'): Promise<Connection> {
  const c = t.connect();
  await c.ok('session.login', { pin });
  return c;
}

function code(r: { ok: boolean; error?: { code: string } }): string | null {
  return r.ok ? null : (r.error?.code ?? null);
}

/** A tender taken before the sale completes, as the card terminal would leave one. */
function takeTender(t: Awaited<ReturnType<typeof demo>>, cartId: string): void {
  t.core.db.sqlite
    .prepare("insert into cart_tenders (id, cart_id, method, amount, created_at) values ('tender-1', ?, 'card', 100, '2026-01-01T00:00:00Z')")
    .run(cartId);
}

describe('voids before payment', () => {
  it("a cashier voids a line only with a manager's PIN, and the journal keeps the line, the reason and both people", async () => {
    const t = await demo();
    const c = await login(t);
    await c.ok('cart.scan', { code: SOURDOUGH });
    const cart = await c.ok('cart.scan', { code: COLA });
    const cola = cart.lines.find((l) => l.sku === 'DRK-001')?.id ?? '';
    const before = snapshot(t.core);
    expect(code(await c.call('cart.voidLine', { lineId: cola, reasonId: REASONS.scannedInError }))).toBe('approval_required');
    expect(code(await c.call('cart.voidLine', { lineId: cola, reasonId: REASONS.priceMatch, approval: MANAGER }))).toBe(
      'reason_required',
    );
    expect(snapshot(t.core)).toEqual(before);
    const after = await c.ok('cart.voidLine', { lineId: cola, reasonId: REASONS.scannedInError, approval: MANAGER });
    expect(after.lines.map((l) => l.sku)).toEqual(['BAK-001']);
    expect(after.version).toBe(cart.version + 1);
    expect(journalOf(t.core, 'cart.line_voided')).toEqual([
      {
        cartId: cart.id,
        line: { name: 'Coca-Cola 330ml Can', sku: 'DRK-001', qty: 1000, amount: 125 },
        reason: 'Scanned in error',
        staffId: staffId(t.core, 'Casey Cashier'),
        approvedBy: staffId(t.core, 'Morgan Manager'),
      },
    ]);
  });

  it('a manager voids the whole sale alone; the journal keeps every line and the total', async () => {
    const t = await demo();
    const m = await login(t, '9999');
    await m.ok('cart.scan', { code: SOURDOUGH });
    await m.ok('cart.scan', { code: COLA });
    const empty = await m.ok('cart.voidSale', { reasonId: REASONS.changedMind });
    expect(empty.lines).toEqual([]);
    const [entry] = journalOf(t.core, 'cart.voided');
    expect(entry).toMatchObject({ parked: false, total: 450, reason: 'Customer changed mind', approvedBy: null });
    expect(entry?.lines).toHaveLength(2);
  });

  it('lowering a quantity needs no approval', async () => {
    const t = await demo();
    const c = await login(t);
    const cart = await c.ok('cart.scan', { code: SOURDOUGH, qty: 3000 });
    const lower = await c.ok('cart.setQty', { lineId: cart.lines[0]?.id ?? '', qty: 1000 });
    expect(lower.lines[0]?.qty).toBe(1000);
  });

  it('a sale with payments taken cannot be voided or parked until they are removed', async () => {
    const t = await demo();
    const m = await login(t, '9999');
    const cart = await m.ok('cart.scan', { code: SOURDOUGH });
    takeTender(t, cart.id);
    const before = snapshot(t.core);
    const voided = await m.call('cart.voidSale', { reasonId: REASONS.changedMind });
    expect(code(voided)).toBe('tenders_taken');
    expect(voided.ok ? '' : voided.error.message).toMatch(/Remove the payments first/i);
    expect(code(await m.call('cart.park', { note: 'back soon' }))).toBe('tenders_taken');
    expect(snapshot(t.core)).toEqual(before);
  });
});

describe('emptying a cart for the next sale', () => {
  it('clears the lines, the tenders taken, the sale discount, the customer and the return approval', async () => {
    const t = await demo();
    const m = await login(t, '9999');
    const cart = await m.ok('cart.scan', { code: SOURDOUGH });
    await m.ok('cart.discountSale', { kind: 'percent', value: 500, reasonId: REASONS.priceMatch });
    takeTender(t, cart.id);
    const db = t.core.db.sqlite;
    db.prepare("insert into customers (id, name, created_at, updated_at) values ('cu-1', 'Ada', 'x', 'x')").run();
    db.prepare("update carts set customer_id = 'cu-1', return_approved_by = discount_approved_by where id = ?").run(cart.id);
    t.core.db.tx(() => t.core.services.carts.empty(cart.id));
    expect(db.prepare('select count(*) as n from cart_tenders').get()).toEqual({ n: 0 });
    expect(db.prepare('select discount_kind, discount_value, discount_reason, customer_id, return_approved_by from carts').get()).toEqual({
      discount_kind: null,
      discount_value: null,
      discount_reason: null,
      customer_id: null,
      return_approved_by: null,
    });
    const after = await m.ok('cart.get');
    expect(after.lines).toEqual([]);
    expect(after.version).toBeGreaterThan(cart.version);
  });
});

describe('parked sales', () => {
  it('park, serve the next customer, resume: the parked sale comes back whole with a version never used before', async () => {
    const t = await demo();
    const c = await login(t);
    const first = await c.ok('cart.scan', { code: SOURDOUGH, qty: 2000 });
    const parked = await c.ok('cart.park', { note: 'Blue coat, fetching milk' });
    expect(parked.lines).toEqual([]);
    expect(journalOf(t.core, 'cart.parked')).toMatchObject([{ cartId: first.id, note: 'Blue coat, fetching milk', lines: 1, total: 650 }]);
    const list = await c.ok('cart.parked');
    expect(list).toMatchObject([{ id: first.id, note: 'Blue coat, fetching milk', lines: 1, total: 650, parkedBy: 'Casey Cashier' }]);

    // The next customer, paid; then a third one started: resuming is refused while it has lines.
    const other = await c.ok('cart.scan', { code: COLA });
    await pay(c, 200);
    await c.ok('cart.scan', { code: COLA });
    expect(code(await c.call('cart.resume', { cartId: first.id }))).toBe('cart_not_empty');
    await c.ok('cart.voidLine', {
      lineId: (await c.ok('cart.get')).lines[0]?.id ?? '',
      reasonId: REASONS.scannedInError,
      approval: MANAGER,
    });

    const versions = (t.core.db.sqlite.prepare('select version from carts').all() as { version: number }[]).map((r) => r.version);
    const resumed = await c.ok('cart.resume', { cartId: first.id });
    expect(resumed.id).toBe(first.id);
    expect(resumed.lines.map((l) => [l.sku, l.qty])).toEqual([['BAK-001', 2000]]);
    expect(resumed.version).toBeGreaterThan(Math.max(...versions, other.version));
    expect(await c.ok('cart.parked')).toEqual([]);
    // The empty open cart was dropped: one cart row left on the till.
    expect(t.core.db.sqlite.prepare('select count(*) as n from carts').get()).toEqual({ n: 1 });
    const sale = await pay(c, 1000);
    expect(sale.total).toBe(650);
  });

  it('parked sales are listed newest first and survive a restart of the till', async () => {
    const data = dir();
    const t1 = await startCore(data, { demo: true });
    const c1 = t1.connect();
    await c1.ok('session.login', { pin: '1111' });
    await c1.ok('cart.scan', { code: SOURDOUGH });
    const a = await c1.ok('cart.park', { note: 'first' });
    expect(a.lines).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    await c1.ok('cart.scan', { code: COLA });
    await c1.ok('cart.park', { note: 'second' });
    await t1.core.close();

    const t2 = await startCore(data);
    try {
      const c2 = t2.connect();
      await c2.ok('session.login', { pin: '1111' });
      const list = await c2.ok('cart.parked');
      expect(list.map((p) => p.note)).toEqual(['second', 'first']);
      const back = await c2.ok('cart.resume', { cartId: list[1]?.id ?? '' });
      expect(back.lines.map((l) => l.sku)).toEqual(['BAK-001']);
    } finally {
      await t2.core.close();
    }
  });

  it("discarding a parked sale needs sale.void or a manager's PIN and is journaled as a void", async () => {
    const t = await demo();
    const c = await login(t);
    const cart = await c.ok('cart.scan', { code: SOURDOUGH });
    await c.ok('cart.park', { note: 'never came back' });
    const parkedVersion = (t.core.db.sqlite.prepare('select version from carts where id = ?').get(cart.id) as { version: number }).version;
    expect(code(await c.call('cart.discardParked', { cartId: cart.id, reasonId: REASONS.changedMind }))).toBe('approval_required');
    const left = await c.ok('cart.discardParked', { cartId: cart.id, reasonId: REASONS.changedMind, approval: MANAGER });
    expect(left).toEqual([]);
    expect(journalOf(t.core, 'cart.voided')).toMatchObject([
      { cartId: cart.id, parked: true, total: 325, reason: 'Customer changed mind', approvedBy: staffId(t.core, 'Morgan Manager') },
    ]);
    expect(code(await c.call('cart.resume', { cartId: cart.id }))).toBe('not_found');
    // Versions never repeat on a till, even after the cart that held the highest is gone.
    expect((await c.ok('cart.scan', { code: COLA })).version).toBeGreaterThan(parkedVersion);
  });

  it('an empty sale cannot be parked, and a note is at most 200 characters', async () => {
    const t = await demo();
    const c = await login(t);
    expect(code(await c.call('cart.park', { note: '' }))).toBe('cart_empty');
    await c.ok('cart.scan', { code: SOURDOUGH });
    expect(code(await c.call('cart.park', { note: 'x'.repeat(201) }))).toBe('invalid_input');
  });
});

describe('stock at the till when overselling is off', () => {
  it('a line is refused when added or raised beyond what is in stock, counting every line of the cart', async () => {
    const t = await demo();
    const m = await login(t, '9999');
    await m.ok('settings.update', { allowNegativeStock: false });
    const c = await login(t);
    const cart = await c.ok('cart.scan', { code: COLA, qty: 14_000 }); // 15 in stock
    const more = await c.call('cart.scan', { code: COLA, qty: 2000 });
    expect(code(more)).toBe('out_of_stock');
    expect(more.ok ? '' : more.error.message).toBe('Only 15 of Coca-Cola 330ml Can left');
    const lineId = cart.lines[0]?.id ?? '';
    expect(code(await c.call('cart.setQty', { lineId, qty: 16_000 }))).toBe('out_of_stock');
    expect((await c.ok('cart.setQty', { lineId, qty: 15_000 })).lines[0]?.qty).toBe(15_000);
    const bananas = await c.call('cart.scan', { code: 'FRV-001', qty: 7300 });
    expect(bananas.ok ? '' : bananas.error.message).toBe('Only 7.25 kg of Bananas (loose) left');
  });
});

describe('reason codes', () => {
  it('the store starts with default reasons of each kind, which a manager edits and archives and a cashier only reads', async () => {
    const t = await demo();
    const c = await login(t);
    const m = await login(t, '9999');
    expect((await c.ok('reasons.list', { kind: 'void' })).map((r) => r.label)).toEqual([
      'Customer changed mind',
      'Scanned in error',
      'Price query',
    ]);
    expect((await c.ok('reasons.list', { kind: 'return' })).length).toBe(4);
    expect(code(await c.call('reasons.save', { kind: 'discount', code: 'x', label: 'X' }))).toBe('permission_denied');
    const added = await m.ok('reasons.save', { kind: 'discount', code: 'birthday', label: 'Birthday' });
    expect(added.position).toBe(5);
    expect(code(await m.call('reasons.save', { kind: 'discount', code: 'birthday', label: 'Again' }))).toBe('invalid_input');
    await m.ok('reasons.save', { id: added.id, kind: 'discount', code: 'birthday', label: 'Birthday treat', position: 0 });
    expect((await c.ok('reasons.list', { kind: 'discount' }))[0]?.label).toBe('Birthday treat');
    await m.ok('reasons.archive', { id: REASONS.priceMatch });
    expect((await c.ok('reasons.list', { kind: 'discount' })).map((r) => r.code)).not.toContain('price_match');
    const lineId = (await c.ok('cart.scan', { code: SOURDOUGH })).lines[0]?.id ?? '';
    expect(code(await c.call('cart.discountLine', { lineId, kind: 'percent', value: 500, reasonId: REASONS.priceMatch }))).toBe(
      'reason_required',
    );
  });
});
