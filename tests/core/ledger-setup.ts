import { newId } from '../../electron/core/clock';
import type { Core } from '../../electron/core/core';

/**
 * Test setup for balances kept by movement triggers: a gift card or a customer with
 * credit, their movement finalized through the document writer as a 'credit.issued'
 * document (the one path to finalized rows), until the customers channels exist.
 */
function tillId(core: Core): string {
  return core.services.settings.get('tillId') ?? '';
}

export function giveGiftCard(core: Core, code: string, balance: number): string {
  const at = new Date().toISOString();
  const id = newId({ now: () => new Date() });
  core.db.sqlite.prepare('insert into gift_cards (id, code, created_at, updated_at) values (?, ?, ?, ?)').run(id, code, at, at);
  moveGiftCard(core, id, balance);
  return id;
}

/** Another till spending (negative) or topping up a gift card, as its own document. */
export function moveGiftCard(core: Core, giftCardId: string, delta: number): void {
  core.services.documents.finalize('credit.issued', tillId(core), (doc) => ({
    rows: { gift_card_movements: [{ id: newId({ now: () => new Date() }), gift_card_id: giftCardId, doc_id: doc.id, delta, created_at: doc.at }] },
    summary: { giftCardId, delta },
    result: null,
  }));
}

export function giveCustomer(core: Core, name: string, credit: number): string {
  const at = new Date().toISOString();
  const id = newId({ now: () => new Date() });
  core.db.sqlite.prepare('insert into customers (id, name, created_at, updated_at) values (?, ?, ?, ?)').run(id, name, at, at);
  if (credit > 0) {
    core.services.documents.finalize('credit.issued', tillId(core), (doc) => ({
      rows: { store_credit_movements: [{ id: newId({ now: () => new Date() }), customer_id: id, doc_id: doc.id, delta: credit, created_at: doc.at }] },
      summary: { customerId: id, delta: credit },
      result: null,
    }));
  }
  return id;
}

/** Attaches a customer to the open cart, as cart.setCustomer will (CUSTOMERS branch). */
export function attachCustomer(core: Core, customerId: string): void {
  core.db.sqlite.prepare('update carts set customer_id = ?, version = version + 1 where till_id = ? and parked_at is null').run(customerId, tillId(core));
}

/** Sets the unit price of the open cart's lines, to reach an exact total (e.g. 10.02). */
export function priceOpenCart(core: Core, unitPrice: number): void {
  core.db.sqlite
    .prepare('update cart_lines set unit_price = ? where cart_id in (select id from carts where till_id = ? and parked_at is null)')
    .run(unitPrice, tillId(core));
  core.db.sqlite.prepare('update carts set version = version + 1 where till_id = ? and parked_at is null').run(tillId(core));
}

/** Puts a return line for a sold line into the open cart, as cart.addReturn will (RETURNS branch). */
export function addReturnLine(core: Core, saleLineId: string, disposition: 'sellable' | 'damaged' = 'sellable'): void {
  const line = core.db.sqlite.prepare('select product_id, qty, unit_price, amount from sale_lines where id = ?').get(saleLineId) as {
    product_id: string;
    qty: number;
    unit_price: number;
    amount: number;
  };
  const cart = core.db.sqlite.prepare('select id from carts where till_id = ? and parked_at is null').get(tillId(core)) as { id: string };
  const at = new Date().toISOString();
  core.db.sqlite
    .prepare(
      'insert into cart_lines (id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at, return_of, disposition) values (?, ?, ?, ?, ?, ?, 100, ?, ?, ?)',
    )
    .run(newId({ now: () => new Date() }), cart.id, line.product_id, -line.qty, line.unit_price, -line.amount, at, saleLineId, disposition);
  core.db.sqlite.prepare('update carts set version = version + 1 where id = ?').run(cart.id);
}
