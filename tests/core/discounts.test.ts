import { describe, expect, it } from 'vitest';
import { CLEAR_CART } from './clear-cart';
import { COLA, MANAGER, REASONS, SOURDOUGH, staffId } from './cart-fixtures';
import { pay, perTest, snapshot, type Connection } from './harness';

const { demo } = perTest();

async function cashier(): Promise<{ t: Awaited<ReturnType<typeof demo>>; c: Connection }> {
  const t = await demo();
  const c = t.connect();
  await c.ok('session.login', { pin: '1111' });
  return { t, c };
}

function code(r: { ok: boolean; error?: { code: string } }): string | null {
  return r.ok ? null : (r.error?.code ?? null);
}

describe('line discounts', () => {
  it("a cashier gives up to 10% alone; deeper needs a manager's PIN, and the reason and both people are kept, in the sale and its journal entry", async () => {
    const { t, c } = await cashier();
    const cart = await c.ok('cart.scan', { code: SOURDOUGH });
    const lineId = cart.lines[0]?.id ?? '';
    const ten = await c.ok('cart.discountLine', { lineId, kind: 'percent', value: 1000, reasonId: REASONS.priceMatch });
    expect(ten.lines[0]?.lineDiscount).toBe(33); // 10% of 3.25 = 0.325, half away from zero
    expect(ten.lines[0]?.amount).toBe(292);
    expect(ten.lines[0]?.discount).toMatchObject({ kind: 'percent', value: 1000, reason: 'Price match', approvedBy: null });

    const before = snapshot(t.core);
    const asked = await c.call('cart.discountLine', { lineId, kind: 'percent', value: 2500, reasonId: REASONS.priceMatch });
    expect(code(asked)).toBe('approval_required');
    expect((await c.ok('cart.get')).version).toBe(ten.version);
    const denied = await c.call('cart.discountLine', {
      lineId,
      kind: 'percent',
      value: 2500,
      reasonId: REASONS.priceMatch,
      approval: { pin: '1111' },
    });
    expect(code(denied)).toBe('approval_denied');
    expect(snapshot(t.core)).toEqual(before);

    const deep = await c.ok('cart.discountLine', {
      lineId,
      kind: 'percent',
      value: 2500,
      reasonId: REASONS.loyalCustomer,
      approval: MANAGER,
    });
    expect(deep.lines[0]?.amount).toBe(244); // 3.25 - 0.81 (0.8125 rounds to 0.81)
    expect(deep.lines[0]?.discount).toMatchObject({ reason: 'Loyal customer', approvedBy: 'Morgan Manager' });
    const row = t.core.db.sqlite.prepare('select discount_reason, discount_approved_by, staff_id from cart_lines').get();
    expect(row).toEqual({
      discount_reason: 'Loyal customer',
      discount_approved_by: staffId(t.core, 'Morgan Manager'),
      staff_id: staffId(t.core, 'Casey Cashier'),
    });

    // Paid: the sale's journal entry names the discount, its reason, and both people.
    const sale = await pay(c, 1000);
    const entry = t.core.db.sqlite.prepare('select payload from journal where doc_id = ?').pluck().get(sale.saleId) as string;
    expect(JSON.parse(entry).summary.adjustments).toEqual([
      {
        kind: 'line_discount',
        amount: 81,
        reason: 'Loyal customer',
        staffId: staffId(t.core, 'Casey Cashier'),
        approvedBy: staffId(t.core, 'Morgan Manager'),
      },
    ]);
    const adjustment = t.core.db.sqlite.prepare('select kind, amount, reason, staff_id, approved_by from sale_adjustments where sale_id = ?').get(sale.saleId);
    expect(adjustment).toEqual({
      kind: 'line_discount',
      amount: 81,
      reason: 'Loyal customer',
      staff_id: staffId(t.core, 'Casey Cashier'),
      approved_by: staffId(t.core, 'Morgan Manager'),
    });
  });

  it('an amount discount is measured against the line: 0.40 off 3.25 is past a cashier’s 10%', async () => {
    const { c } = await cashier();
    const lineId = (await c.ok('cart.scan', { code: SOURDOUGH })).lines[0]?.id ?? '';
    expect(code(await c.call('cart.discountLine', { lineId, kind: 'amount', value: 40, reasonId: REASONS.priceMatch }))).toBe(
      'approval_required',
    );
    const ok = await c.ok('cart.discountLine', { lineId, kind: 'amount', value: 32, reasonId: REASONS.priceMatch });
    expect(ok.lines[0]?.amount).toBe(293);
  });

  it('every discount needs a reason from the discount list', async () => {
    const { c } = await cashier();
    const lineId = (await c.ok('cart.scan', { code: SOURDOUGH })).lines[0]?.id ?? '';
    expect(code(await c.call('cart.discountLine', { lineId, kind: 'percent', value: 500 }))).toBe('reason_required');
    expect(
      code(await c.call('cart.discountLine', { lineId, kind: 'percent', value: 500, reasonId: REASONS.changedMind })),
    ).toBe('reason_required');
    expect(code(await c.call('cart.discountSale', { kind: 'percent', value: 500 }))).toBe('reason_required');
    // Taking a discount off again needs no reason.
    const removed = await c.ok('cart.discountLine', { lineId, kind: 'percent', value: 0 });
    expect(removed.lines[0]?.discount).toBeNull();
  });

  it('a discount never makes a line negative: an amount beyond the line takes it to zero', async () => {
    const { c } = await cashier();
    const lineId = (await c.ok('cart.scan', { code: SOURDOUGH })).lines[0]?.id ?? '';
    const cart = await c.ok('cart.discountLine', {
      lineId,
      kind: 'amount',
      value: 10_000,
      reasonId: REASONS.priceMatch,
      approval: MANAGER,
    });
    expect(cart.lines[0]?.amount).toBe(0);
    expect(cart.totals.total).toBe(0);
  });

  it('a percentage above 100% is refused as invalid input, never an internal error', async () => {
    const { c } = await cashier();
    const lineId = (await c.ok('cart.scan', { code: SOURDOUGH })).lines[0]?.id ?? '';
    const r = await c.call('cart.discountLine', { lineId, kind: 'percent', value: 10_001, reasonId: REASONS.priceMatch });
    expect(code(r)).toBe('invalid_input');
  });

  it('return lines and gift card lines take no discount', async () => {
    const { t, c } = await cashier();
    await c.ok('cart.scan', { code: COLA });
    await pay(c, 500);
    const soldLine = t.core.db.sqlite.prepare('select id, product_id from sale_lines').get() as { id: string; product_id: string };
    const cart = await c.ok('cart.scan', { code: SOURDOUGH });
    t.core.db.sqlite
      .prepare(
        `insert into cart_lines (id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at, return_of, disposition)
         values ('ret-1', ?, ?, -1000, 125, -125, 9, '2026-01-01T00:00:00Z', ?, 'sellable')`,
      )
      .run(cart.id, soldLine.product_id, soldLine.id);
    const r = await c.call('cart.discountLine', { lineId: 'ret-1', kind: 'percent', value: 500, reasonId: REASONS.priceMatch });
    expect(code(r)).toBe('invalid_input');
    expect(r.ok ? '' : r.error.message).toMatch(/return line/);

    t.core.db.sqlite.prepare("update products set gift_card = 1 where sku = 'BAK-001'").run();
    const bread = (await c.ok('cart.get')).lines.find((l) => l.sku === 'BAK-001')?.id ?? '';
    const g = await c.call('cart.discountLine', { lineId: bread, kind: 'percent', value: 500, reasonId: REASONS.priceMatch });
    expect(code(g)).toBe('invalid_input');
    expect(g.ok ? '' : g.error.message).toMatch(/gift card/);
  });
});

describe('sale discounts and price overrides', () => {
  it('a sale discount is shared over the lines and the total is the sum of what each line pays', async () => {
    const { c } = await cashier();
    await c.ok('cart.scan', { code: SOURDOUGH });
    await c.ok('cart.scan', { code: COLA });
    const cart = await c.ok('cart.discountSale', { kind: 'amount', value: 45, reasonId: REASONS.loyalCustomer });
    expect(cart.saleDiscount).toMatchObject({ kind: 'amount', value: 45, amount: 45, reason: 'Loyal customer' });
    expect(cart.discountTotal).toBe(45);
    expect(cart.lines.reduce((s, l) => s + l.saleDiscount, 0)).toBe(45);
    expect(cart.totals.total).toBe(325 + 125 - 45);
    expect(cart.lines.reduce((s, l) => s + l.amount, 0)).toBe(cart.totals.total);
  });

  it("a 100% sale discount needs a manager and makes the sale 0; paying it empties the cart's discount too", async () => {
    const { c } = await cashier();
    await c.ok('cart.scan', { code: SOURDOUGH });
    expect(code(await c.call('cart.discountSale', { kind: 'percent', value: 10_000, reasonId: REASONS.priceMatch }))).toBe(
      'approval_required',
    );
    const free = await c.ok('cart.discountSale', {
      kind: 'percent',
      value: 10_000,
      reasonId: REASONS.priceMatch,
      approval: MANAGER,
    });
    expect(free.totals.total).toBe(0);
    expect(free.saleDiscount?.approvedBy).toBe('Morgan Manager');
    await pay(c, 0);
    const next = await c.ok('cart.scan', { code: SOURDOUGH });
    expect(next.saleDiscount).toBeNull();
    expect(next.totals.total).toBe(325);
  });

  it('a price override keeps the catalog price beside the new one, needs sale.priceOverride, and the catalog price undoes it', async () => {
    const { t, c } = await cashier();
    const lineId = (await c.ok('cart.scan', { code: SOURDOUGH })).lines[0]?.id ?? '';
    const asked = await c.call('cart.overridePrice', { lineId, unitPrice: 300, reasonId: REASONS.shelfPrice });
    expect(code(asked)).toBe('approval_required');
    const cart = await c.ok('cart.overridePrice', { lineId, unitPrice: 300, reasonId: REASONS.shelfPrice, approval: MANAGER });
    expect(cart.lines[0]).toMatchObject({ unitPrice: 300, listPrice: 325, overrideReason: 'Shelf price differs', amount: 300 });
    const row = t.core.db.sqlite.prepare('select override_approved_by from cart_lines').get();
    expect(row).toEqual({ override_approved_by: staffId(t.core, 'Morgan Manager') });
    // A second override still remembers the catalog price.
    const again = await c.ok('cart.overridePrice', { lineId, unitPrice: 310, reasonId: REASONS.shelfPrice, approval: MANAGER });
    expect(again.lines[0]?.listPrice).toBe(325);
    const undone = await c.ok('cart.overridePrice', { lineId, unitPrice: 325, reasonId: REASONS.shelfPrice });
    expect(undone.lines[0]).toMatchObject({ unitPrice: 325, listPrice: null, overrideReason: null });
    // A reason is needed, and only one from the override list.
    expect(code(await c.call('cart.overridePrice', { lineId, unitPrice: 300, reasonId: REASONS.priceMatch, approval: MANAGER }))).toBe(
      'reason_required',
    );
  });

  it('every discount and override raises the cart version', async () => {
    const { c } = await cashier();
    const first = await c.ok('cart.scan', { code: SOURDOUGH });
    const lineId = first.lines[0]?.id ?? '';
    const a = await c.ok('cart.discountLine', { lineId, kind: 'percent', value: 500, reasonId: REASONS.priceMatch });
    const b = await c.ok('cart.discountSale', { kind: 'percent', value: 500, reasonId: REASONS.priceMatch });
    const d = await c.ok('cart.overridePrice', { lineId, unitPrice: 330, reasonId: REASONS.shelfPrice, approval: MANAGER });
    expect([a.version, b.version, d.version]).toEqual([first.version + 1, first.version + 2, first.version + 3]);
    await c.ok('cart.voidSale', CLEAR_CART);
  });
});
