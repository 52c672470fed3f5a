import { describe, expect, it } from 'vitest';
import { perTest, snapshot } from './harness';
import { readPdf } from './pdf-text';
import { boughtProduct, buyer, onHandAt, sentOrder } from './purchasing-fixtures';
import { cashier, codeOf, countRows } from './product-fixtures';

const { demo } = perTest();

describe('purchase orders', () => {
  it('receiving a purchase order raises on-hand and updates the average cost', async () => {
    const t = await demo();
    const { c, supplier, home } = await buyer(t);
    const p = await boughtProduct(c, supplier.id, 'BEANS', { cost: 300 });
    let po = await sentOrder(c, supplier.id, [{ productId: p.id, qty: 40_000 }]);
    expect(po.lineItems[0]).toMatchObject({
      unitCost: 300,
      qtyOrdered: 40_000,
      lineTotal: 12_000,
      supplierCode: 'A-BEANS',
    });
    // 10 arrive at the order's 3.00, then 30 at 4.00 (the invoice went up; the receiver corrects it).
    po = await c.ok('purchasing.receive', {
      id: po.id,
      version: po.version,
      lines: [{ productId: p.id, qty: 10_000 }],
    });
    expect(onHandAt(t, p.id, home.id)).toBe(10_000);
    po = await c.ok('purchasing.receive', {
      id: po.id,
      version: po.version,
      lines: [{ productId: p.id, qty: 30_000, unitCost: 400 }],
    });
    expect(onHandAt(t, p.id, home.id)).toBe(40_000);
    // By hand: (10 x 3.00 + 30 x 4.00) / 40 = 150.00 / 40 = 3.75.
    const detail = await c.ok('products.get', { id: p.id });
    expect(detail).toMatchObject({ lastCost: 400, avgCost: 375, onHand: 40_000 });
    expect(po.status).toBe('received');
    expect(po.receipts).toHaveLength(2);
    const moves = t.core.db.sqlite
      .prepare(
        'select qty_delta, unit_cost, avg_cost, reason, ref_id, location_id from stock_movements where product_id = ? order by created_at, id',
      )
      .all(p.id);
    expect(moves).toEqual([
      {
        qty_delta: 10_000,
        unit_cost: 300,
        avg_cost: 300,
        reason: 'delivery',
        ref_id: po.lineItems[0]?.id,
        location_id: home.id,
      },
      {
        qty_delta: 30_000,
        unit_cost: 400,
        avg_cost: 375,
        reason: 'delivery',
        ref_id: po.lineItems[0]?.id,
        location_id: home.id,
      },
    ]);
    expect(countRows(t, "select count(*) from journal where kind = 'stock.received'")).toBe(2);
  });

  it('a partial receipt leaves the rest backordered', async () => {
    const t = await demo();
    const { c, supplier } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const b = await boughtProduct(c, supplier.id, 'B1');
    let po = await sentOrder(c, supplier.id, [
      { productId: a.id, qty: 12_000 },
      { productId: b.id, qty: 6_000 },
    ]);
    po = await c.ok('purchasing.receive', { id: po.id, version: po.version, lines: [{ productId: a.id, qty: 5_000 }] });
    expect(po.status).toBe('partial');
    expect(po.lineItems.map((l) => [l.sku, l.qtyReceived, l.outstanding])).toEqual([
      ['A1', 5_000, 7_000],
      ['B1', 0, 6_000],
    ]);
    // Goods have arrived on it: it can be closed, no longer cancelled.
    expect(codeOf(await c.call('purchasing.cancel', { id: po.id, version: po.version }))).toBe('wrong_status');
  });

  it('closing with a backorder carries the outstanding lines to a new order', async () => {
    const t = await demo();
    const { c, supplier } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const b = await boughtProduct(c, supplier.id, 'B1');
    const full = await boughtProduct(c, supplier.id, 'C1');
    let po = await sentOrder(c, supplier.id, [
      { productId: a.id, qty: 12_000, unitCost: 111 },
      { productId: b.id, qty: 6_000 },
      { productId: full.id, qty: 2_000 },
    ]);
    po = await c.ok('purchasing.receive', {
      id: po.id,
      version: po.version,
      lines: [
        { productId: a.id, qty: 5_000 },
        { productId: full.id, qty: 2_000 },
      ],
    });
    const { order, backorder } = await c.ok('purchasing.close', { id: po.id, version: po.version, backorder: true });
    expect(order.status).toBe('closed');
    expect(order.lineItems.every((l) => l.outstanding === 0)).toBe(true);
    expect(order.backorder?.id).toBe(backorder?.id);
    expect(backorder).toMatchObject({
      status: 'sent',
      supplierId: supplier.id,
      backorderOf: { id: po.id, reference: po.reference },
    });
    expect(backorder?.lineItems.map((l) => [l.sku, l.qtyOrdered, l.unitCost])).toEqual([
      ['A1', 7_000, 111],
      ['B1', 6_000, 250],
    ]);
    // Closing just cancels what is outstanding.
    const other = await sentOrder(c, supplier.id, [{ productId: a.id, qty: 1_000 }]);
    const closed = await c.ok('purchasing.close', { id: other.id, version: other.version });
    expect(closed.backorder).toBeNull();
    expect(closed.order.lineItems[0]?.outstanding).toBe(0);
    const actions = t.core.db.sqlite
      .prepare("select json_extract(payload, '$.action') as a from journal where kind = 'stock.changed'")
      .pluck()
      .all();
    expect(actions).toEqual(
      expect.arrayContaining(['purchase_order.created', 'purchase_order.sent', 'purchase_order.closed']),
    );
  });

  it('only a draft is edited, and an edit from a stale screen is refused', async () => {
    const t = await demo();
    const { c, supplier } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const b = await boughtProduct(c, supplier.id, 'B1');
    const draft = await c.ok('purchasing.create', {
      supplierId: supplier.id,
      lines: [{ productId: a.id, qty: 1_000 }],
      note: 'first',
    });
    const edited = await c.ok('purchasing.update', {
      id: draft.id,
      version: draft.version,
      supplierId: supplier.id,
      lines: [{ productId: b.id, qty: 3_000, unitCost: 99, supplierCode: 'X9', packSize: 3_000 }],
      note: 'second',
    });
    expect(edited.lineItems.map((l) => [l.sku, l.qtyOrdered, l.unitCost, l.supplierCode, l.packSize])).toEqual([
      ['B1', 3_000, 99, 'X9', 3_000],
    ]);
    const stale = {
      id: draft.id,
      version: draft.version,
      supplierId: supplier.id,
      lines: [{ productId: a.id, qty: 1_000 }],
    };
    expect(codeOf(await c.call('purchasing.update', stale))).toBe('purchase_order_changed');
    const sent = await c.ok('purchasing.send', { id: edited.id, version: edited.version });
    expect(codeOf(await c.call('purchasing.update', { ...stale, version: sent.version }))).toBe('wrong_status');
    const twice = [
      { productId: a.id, qty: 1_000 },
      { productId: a.id, qty: 2_000 },
    ];
    expect(codeOf(await c.call('purchasing.create', { supplierId: supplier.id, lines: twice }))).toBe('invalid_input');
    expect(codeOf(await c.call('purchasing.create', { supplierId: supplier.id, lines: [], note: '' }))).toBe(
      'invalid_input',
    );
    expect(
      codeOf(
        await c.call('purchasing.create', {
          supplierId: supplier.id,
          lines: [{ productId: a.id, qty: 1_000 }],
          expectedOn: '2026-02-30',
        }),
      ),
    ).toBe('invalid_input');
    expect((await c.ok('purchasing.get', { id: draft.id })).note).toBe('second');
    expect(sent.reference).toMatch(/^PO-\d{8}-[A-Z2-9]{4}$/);
    const list = await c.ok('purchasing.list', {});
    expect(list.rows.map((r) => r.reference)).toContain(sent.reference);
  });

  it('receiving a cancelled order is refused and changes nothing', async () => {
    const t = await demo();
    const { c, supplier, home } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const po = await sentOrder(c, supplier.id, [{ productId: a.id, qty: 4_000 }]);
    const cancelled = await c.ok('purchasing.cancel', { id: po.id, version: po.version });
    expect(cancelled.status).toBe('cancelled');
    const before = snapshot(t.core);
    const r = await c.call('purchasing.receive', {
      id: po.id,
      version: cancelled.version,
      lines: [{ productId: a.id, qty: 4_000 }],
    });
    expect(codeOf(r)).toBe('wrong_status');
    expect(snapshot(t.core)).toEqual(before);
    expect(onHandAt(t, a.id, home.id)).toBe(0);
    expect((await c.ok('purchasing.get', { id: po.id })).lineItems[0]?.qtyReceived).toBe(0);
    // A draft is not received either: it has not been sent.
    const draft = await c.ok('purchasing.create', {
      supplierId: supplier.id,
      lines: [{ productId: a.id, qty: 1_000 }],
    });
    expect(
      codeOf(
        await c.call('purchasing.receive', {
          id: draft.id,
          version: draft.version,
          lines: [{ productId: a.id, qty: 1_000 }],
        }),
      ),
    ).toBe('wrong_status');
  });

  it('two receipts at once never receive a line twice', async () => {
    const t = await demo();
    const { c, supplier, home } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const po = await sentOrder(c, supplier.id, [{ productId: a.id, qty: 10_000 }]);
    const other = await (async () => {
      const second = t.connect();
      await second.ok('session.login', { pin: '9999' });
      return second;
    })();
    const receipt = { id: po.id, version: po.version, lines: [{ productId: a.id, qty: 10_000 }] };
    const results = await Promise.all([
      c.call('purchasing.receive', receipt),
      other.call('purchasing.receive', receipt),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['ok', 'purchase_order_changed']);
    expect(onHandAt(t, a.id, home.id)).toBe(10_000);
    expect((await c.ok('purchasing.get', { id: po.id })).lineItems[0]?.qtyReceived).toBe(10_000);
    expect(countRows(t, "select count(*) from journal where kind = 'stock.received'")).toBe(1);
  });

  it('more than ordered, or a product not on the order, is received only when the receiver accepts extra', async () => {
    const t = await demo();
    const { c, supplier, home } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const extra = await boughtProduct(c, supplier.id, 'X1', { cost: 70 });
    let po = await sentOrder(c, supplier.id, [{ productId: a.id, qty: 2_000 }]);
    const before = snapshot(t.core);
    expect(
      codeOf(
        await c.call('purchasing.receive', {
          id: po.id,
          version: po.version,
          lines: [{ productId: a.id, qty: 3_000 }],
        }),
      ),
    ).toBe('over_receipt');
    expect(
      codeOf(
        await c.call('purchasing.receive', {
          id: po.id,
          version: po.version,
          lines: [{ productId: extra.id, qty: 1_000 }],
        }),
      ),
    ).toBe('over_receipt');
    expect(snapshot(t.core)).toEqual(before);
    po = await c.ok('purchasing.receive', {
      id: po.id,
      version: po.version,
      allowExtra: true,
      lines: [
        { productId: a.id, qty: 3_000 },
        { productId: extra.id, qty: 1_000 },
      ],
    });
    expect(po.status).toBe('received');
    expect(po.lineItems.map((l) => [l.sku, l.qtyOrdered, l.qtyReceived, l.unitCost])).toEqual([
      ['A1', 2_000, 3_000, 250],
      ['X1', 1_000, 1_000, 70],
    ]);
    expect(onHandAt(t, extra.id, home.id)).toBe(1_000);
  });

  it('the purchase order PDF is an A4 PDF that holds the reference, the supplier code and the total', async () => {
    const t = await demo();
    const { c, supplier } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1', { packSize: 12_000, supplierCode: 'ACME-77' });
    const po = await sentOrder(c, supplier.id, [{ productId: a.id, qty: 24_000, unitCost: 150 }]);
    const { pdf, fileName } = await c.ok('purchasing.pdf', { id: po.id });
    const bytes = Buffer.from(pdf, 'base64');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(fileName).toBe(`${po.reference}.pdf`);
    const text = readPdf(bytes)
      .pages.flat()
      .map((i) => i.text)
      .join('\n');
    expect(text).toContain(po.reference);
    expect(text).toContain('ACME-77');
    expect(text).toContain('Acme Wholesale');
    expect(text).toMatch(/36[.,]00/);
  });

  it('every change to an order is in the journal with who made it', async () => {
    const t = await demo();
    const { c, supplier } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const draft = await c.ok('purchasing.create', {
      supplierId: supplier.id,
      lines: [{ productId: a.id, qty: 1_000 }],
    });
    const edited = await c.ok('purchasing.update', {
      id: draft.id,
      version: draft.version,
      supplierId: supplier.id,
      lines: [{ productId: a.id, qty: 2_000 }],
    });
    const sent = await c.ok('purchasing.send', { id: edited.id, version: edited.version });
    await c.ok('purchasing.cancel', { id: sent.id, version: sent.version });
    const other = await sentOrder(c, supplier.id, [{ productId: a.id, qty: 1_000 }]);
    await c.ok('purchasing.close', { id: other.id, version: other.version });
    const entries = t.core.db.sqlite
      .prepare(
        "select json_extract(payload, '$.action') as action, json_extract(payload, '$.reference') as reference, json_extract(payload, '$.staffName') as staff from journal where kind = 'stock.changed' order by seq",
      )
      .all();
    expect(entries).toEqual([
      { action: 'purchase_order.created', reference: draft.reference, staff: 'Morgan Manager' },
      { action: 'purchase_order.edited', reference: draft.reference, staff: 'Morgan Manager' },
      { action: 'purchase_order.sent', reference: draft.reference, staff: 'Morgan Manager' },
      { action: 'purchase_order.cancelled', reference: draft.reference, staff: 'Morgan Manager' },
      { action: 'purchase_order.created', reference: other.reference, staff: 'Morgan Manager' },
      { action: 'purchase_order.sent', reference: other.reference, staff: 'Morgan Manager' },
      { action: 'purchase_order.closed', reference: other.reference, staff: 'Morgan Manager' },
    ]);
  });

  it('a cashier can neither see nor change purchasing', async () => {
    const t = await demo();
    const { c, supplier } = await buyer(t);
    const a = await boughtProduct(c, supplier.id, 'A1');
    const po = await sentOrder(c, supplier.id, [{ productId: a.id, qty: 1_000 }]);
    const cash = await cashier(t);
    const before = snapshot(t.core);
    const calls = [
      cash.call('purchasing.lowStockCount', {}),
      cash.call('purchasing.lowStock', {}),
      cash.call('purchasing.get', { id: po.id }),
      cash.call('purchasing.pdf', { id: po.id }),
      cash.call('purchasing.create', { supplierId: supplier.id, lines: [{ productId: a.id, qty: 1_000 }] }),
      cash.call('purchasing.receive', { id: po.id, version: po.version, lines: [{ productId: a.id, qty: 1_000 }] }),
      cash.call('purchasing.close', { id: po.id, version: po.version }),
      cash.call('purchasing.setReorderFigures', {
        productId: a.id,
        locationId: 'x',
        reorderPoint: 1,
        reorderQty: null,
      }),
    ];
    expect((await Promise.all(calls)).map(codeOf)).toEqual(Array(calls.length).fill('permission_denied'));
    expect(snapshot(t.core)).toEqual(before);
  });
});
