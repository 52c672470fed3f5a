import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/db/connection';
import { documentHash } from '../../electron/core/documents/canonical';
import { type Connection, pay, perTest, snapshot, type TestCore } from './harness';

const SOURDOUGH = '5010029032307';
const GIFT_CARD_BARCODE = '2990000000019';
const { demo } = perTest();

async function till(t: TestCore, pin = '1111'): Promise<Connection> {
  const c = t.connect();
  await c.ok('session.login', { pin });
  return c;
}

const rows = (t: TestCore, sql: string, ...args: unknown[]) =>
  t.core.db.sqlite.prepare(sql).all(...args) as Record<string, unknown>[];

describe('customers at the till', () => {
  it('a customer is created with the fields a shop needs, cleaned of control characters', async () => {
    const t = await demo();
    const c = await till(t);
    const made = await c.ok('customer.create', {
      name: '  Ada\u0007 Lovelace ',
      phone: '+44 7700 900123',
      email: 'ada@example.com',
      address: '1 Analytical Row\nLondon',
      taxId: 'GB123',
      notes: 'Prefers paper receipts',
      loyaltyCode: 'ada12345',
    });
    expect(made).toMatchObject({
      name: 'Ada Lovelace',
      phone: '+44 7700 900123',
      address: '1 Analytical Row\nLondon',
      loyaltyCode: 'ADA12345',
      creditBalance: 0,
      archived: false,
    });
    expect(await c.ok('customer.get', { customerId: made.id })).toEqual(made);
    const bad = await c.call('customer.create', { name: 'X', email: 'not-an-email' });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
    const badPhone = await c.call('customer.create', { name: 'X', phone: 'call me' });
    expect(badPhone.ok ? null : badPhone.error.code).toBe('invalid_input');
  });

  it('a loyalty code is unique and never a product barcode', async () => {
    const t = await demo();
    const c = await till(t);
    await c.ok('customer.create', { name: 'One', loyaltyCode: 'LOYAL001' });
    const twice = await c.call('customer.create', { name: 'Two', loyaltyCode: 'loyal001' });
    expect(twice.ok ? null : twice.error.code).toBe('loyalty_code_in_use');
    const barcode = await c.call('customer.create', { name: 'Three', loyaltyCode: SOURDOUGH });
    expect(barcode.ok ? null : barcode.error.code).toBe('loyalty_code_in_use');
  });

  it('search finds by name prefix, name part, phone digits and e-mail; archived only when asked', async () => {
    const t = await demo();
    const c = await till(t);
    const ada = await c.ok('customer.create', { name: 'Ada Lovelace', phone: '+44 (0)7700 900123', email: 'ada@example.com' });
    await c.ok('customer.create', { name: 'Alan Turing', email: 'alan@example.org' });
    const names = async (query: string, includeArchived = false) =>
      (await c.ok('customer.search', { query, includeArchived })).map((x) => x.name);
    expect(await names('ada')).toEqual(['Ada Lovelace']);
    expect(await names('a')).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(await names('love')).toEqual(['Ada Lovelace']);
    expect(await names('4407700')).toEqual(['Ada Lovelace']);
    expect(await names('alan@')).toEqual(['Alan Turing']);
    expect(await names('')).toEqual([]);
    await c.ok('customer.archive', { customerId: ada.id });
    expect(await names('ada')).toEqual([]);
    expect(await names('ada', true)).toEqual(['Ada Lovelace']);
    // Archived, never deleted; and back again.
    expect((await c.ok('customer.get', { customerId: ada.id })).archived).toBe(true);
    await c.ok('customer.restore', { customerId: ada.id });
    expect(await names('ada')).toEqual(['Ada Lovelace']);
  });

  it('customer search reads names, phones and e-mails through their indexes', async () => {
    const t = await demo();
    const plan = (sql: string) =>
      rows(t, `explain query plan ${sql}`)
        .map((r) => String(r.detail))
        .join(' | ');
    expect(plan("select * from customers where name collate nocase >= 'ad' and name collate nocase < 'ae'")).toContain(
      'customers_by_name',
    );
    expect(plan("select * from customers where phone_digits >= '447' and phone_digits < '448'")).toContain(
      'customers_by_phone_digits',
    );
    expect(plan("select * from customers where email collate nocase >= 'a' and email collate nocase < 'b'")).toContain(
      'customers_by_email',
    );
    expect(plan("select * from customers where loyalty_code = 'X'")).toContain('autoindex');
  });

  it('a customer is attached by search or by scanning their loyalty code, and detached', async () => {
    const t = await demo();
    const c = await till(t);
    const ada = await c.ok('customer.create', { name: 'Ada Lovelace', loyaltyCode: 'ADA12345' });
    const before = (await c.ok('cart.get')).version;
    const attached = await c.ok('cart.setCustomer', { customerId: ada.id });
    expect(attached.customer).toMatchObject({ id: ada.id, name: 'Ada Lovelace', creditBalance: 0 });
    expect(attached.version).toBeGreaterThan(before);
    const detached = await c.ok('cart.setCustomer', { customerId: null });
    expect(detached.customer).toBeNull();
    const scanned = await c.ok('cart.scan', { code: 'ada12345' });
    expect(scanned.customer?.id).toBe(ada.id);
    expect(scanned.lines).toHaveLength(0);
    // The sale that pays for the cart takes its customer with it: the next sale starts without one.
    await c.ok('cart.scan', { code: SOURDOUGH });
    await pay(c, 500);
    expect((await c.ok('cart.get')).customer).toBeNull();
  });

  it('an archived customer cannot be attached to a new sale', async () => {
    const t = await demo();
    const c = await till(t);
    const ada = await c.ok('customer.create', { name: 'Ada', loyaltyCode: 'ADA12345' });
    await c.ok('customer.archive', { customerId: ada.id });
    const before = await c.ok('cart.get');
    for (const r of [
      await c.call('cart.setCustomer', { customerId: ada.id }),
      await c.call('cart.scan', { code: 'ADA12345' }),
    ]) {
      expect(r.ok ? null : r.error.code).toBe('customer_archived');
    }
    expect(await c.ok('cart.get')).toEqual(before);
  });
});

describe('store credit', () => {
  it('every store credit movement is journaled', async () => {
    const t = await demo();
    const cashier = await till(t);
    const manager = await till(t, '9999');
    const ada = await cashier.ok('customer.create', { name: 'Ada' });
    const denied = await cashier.call('credit.issue', { customerId: ada.id, amount: 500 });
    expect(denied.ok ? null : denied.error.code).toBe('permission_denied');

    const after = await manager.ok('credit.issue', { customerId: ada.id, amount: 1250, note: 'Late\u0000 delivery' });
    expect(after.creditBalance).toBe(1250);
    const history = await manager.ok('credit.history', { customerId: ada.id });
    expect(history).toEqual([
      expect.objectContaining({ delta: 1250, source: 'issued', receiptNumber: null, staffName: 'Morgan Manager', note: 'Late delivery' }),
    ]);
    expect((await cashier.ok('cart.setCustomer', { customerId: ada.id })).customer?.creditBalance).toBe(1250);

    // The journal entry of the document holds the hash of its movement.
    const docId = history[0]?.documentId ?? '';
    const entry = rows(t, 'select kind, till_id, payload from journal where doc_id = ?', docId)[0] ?? {};
    expect(entry.kind).toBe('credit.issued');
    const movements = rows(t, 'select * from store_credit_movements where doc_id = ? order by id', docId).map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)),
    );
    const hash = documentHash({
      kind: 'credit.issued',
      id: docId,
      tillId: String(entry.till_id),
      number: null,
      tables: { store_credit_movements: movements as never },
    });
    expect((JSON.parse(String(entry.payload)) as { docHash: string }).docHash).toBe(hash);
    expect(await manager.ok('journal.verify', {})).toMatchObject({ intact: true, problems: [] });

    // Editing the movement in the file is found by verify.
    const raw = new Database(path.join(t.dataDir, DB_FILE));
    for (const tr of raw.prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'store_credit_movements'").all() as { name: string }[]) {
      raw.exec(`drop trigger "${tr.name}"`);
    }
    raw.prepare('update store_credit_movements set delta = 99999 where doc_id = ?').run(docId);
    raw.close();
    const v = await manager.ok('journal.verify', {});
    expect(v.intact).toBe(false);
    expect(v.problems).toContainEqual(expect.objectContaining({ code: 'document_mismatch' }));
  });

  it('store credit is refused for nothing, too much, or an archived customer, and nothing changes', async () => {
    const t = await demo();
    const manager = await till(t, '9999');
    const ada = await manager.ok('customer.create', { name: 'Ada' });
    const before = snapshot(t.core);
    for (const amount of [0, -5, 1.5, 100_000_000]) {
      const r = await manager.call('credit.issue', { customerId: ada.id, amount });
      expect(r.ok ? null : r.error.code).toBe('invalid_input');
    }
    await manager.ok('customer.archive', { customerId: ada.id });
    const r = await manager.call('credit.issue', { customerId: ada.id, amount: 100 });
    expect(r.ok ? null : r.error.code).toBe('customer_archived');
    expect(snapshot(t.core)).toEqual(before);
    expect((await manager.ok('customer.get', { customerId: ada.id })).creditBalance).toBe(0);
  });
});

describe('gift cards', () => {
  it('a gift card is sold with its code, and a second sale of the code tops it up', async () => {
    const t = await demo();
    const c = await till(t);
    const { code } = await c.ok('giftcard.generateCode');
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{16}$/);
    expect(await c.ok('giftcard.balance', { code })).toEqual({ code, exists: false, balance: 0, movements: 0 });

    const cart = await c.ok('cart.addGiftCard', { code: code.toLowerCase(), amount: 2500 });
    expect(cart.lines[0]).toMatchObject({ name: 'Gift card', giftCardCode: code, amount: 2500, rateBps: 0, qty: 1000 });
    expect(cart.totals.total).toBe(2500);
    await pay(c, 2500);
    expect(await c.ok('giftcard.balance', { code })).toEqual({ code, exists: true, balance: 2500, movements: 1 });

    await c.ok('cart.addGiftCard', { code, amount: 1000 });
    await pay(c, 1000);
    expect(await c.ok('giftcard.balance', { code: code.toLowerCase() })).toMatchObject({ balance: 3500, movements: 2 });
  });

  it('a gift card product is sold only with a code: scanning or adding it is refused', async () => {
    const t = await demo();
    const c = await till(t);
    const before = await c.ok('cart.get');
    const scan = await c.call('cart.scan', { code: GIFT_CARD_BARCODE });
    expect(scan.ok ? null : scan.error.code).toBe('gift_card_code_required');
    const productId = String(rows(t, "select id from products where sku = 'GFT-001'")[0]?.id);
    const add = await c.call('cart.addProduct', { productId });
    expect(add.ok ? null : add.error.code).toBe('gift_card_code_required');
    for (const input of [
      { code: 'SHORT', amount: 100 },
      { code: 'GOOD12345', amount: 0 },
      { code: 'GOOD12345', amount: 10_000_001 },
      { code: 'BAD-CODE-1', amount: 100 },
    ]) {
      const r = await c.call('cart.addGiftCard', input);
      expect(r.ok ? null : r.error.code).toBe('invalid_input');
    }
    expect(await c.ok('cart.get')).toEqual(before);
  });

  it('no discount reaches a gift card line, and its amount cannot be multiplied', async () => {
    const t = await demo();
    const c = await till(t);
    const cart = await c.ok('cart.addGiftCard', { code: 'GIFT0001', amount: 2000 });
    const r = await c.call('cart.setQty', { lineId: cart.lines[0]?.id ?? '', qty: 2000 });
    expect(r.ok ? null : r.error.code).toBe('fixed_amount_line');
  });

  it('a gift card cannot go below zero', async () => {
    const t = await demo();
    const c = await till(t);
    await c.ok('cart.addGiftCard', { code: 'GIFT0002', amount: 1000 });
    await c.ok('cart.scan', { code: SOURDOUGH });
    await pay(c, 5000);
    const card = rows(t, "select id, balance from gift_cards where code = 'GIFT0002'")[0] ?? {};
    expect(card.balance).toBe(1000);
    const tillId = String(rows(t, 'select id from tills')[0]?.id);
    const journal = rows(t, 'select count(*) as n from journal')[0]?.n;
    // A document that would take more than the card holds is refused whole: the CHECK holds.
    expect(() =>
      t.core.services.documents.finalize('sale.completed', tillId, (doc) => ({
        rows: {
          gift_card_movements: [{ id: `m-${doc.id}`, gift_card_id: String(card.id), doc_id: doc.id, delta: -1001, created_at: doc.at }],
        },
        summary: {},
        result: null,
      })),
    ).toThrow(/CHECK constraint/);
    expect(await c.ok('giftcard.balance', { code: 'GIFT0002' })).toMatchObject({ balance: 1000, movements: 1 });
    expect(rows(t, 'select count(*) as n from journal')[0]?.n).toBe(journal);
  });
});
