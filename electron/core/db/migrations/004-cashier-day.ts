import { immutableGuards } from './immutable-guards';
import type { Migration } from './migration';

/**
 * Schema 4: the cashier's whole day.
 *
 * - Tenders become a list the store edits (kind, whether it opens the drawer), with the
 *   built-in cash, card, store credit and gift card and the usual store-defined ones.
 * - The cart carries discounts, price overrides and who approved them, return lines
 *   (negative quantity, pointing at the sold line), tenders taken before the sale
 *   completes, a customer, and parking: several carts per till, one of them open.
 * - Finalized documents gain nullable columns (the canonical form drops NULLs, so older
 *   documents keep their hash): who approved what, allocated discounts, returned lines,
 *   card references, cash rounding.
 * - New finalized tables: sale_adjustments (discounts, overrides and their reasons),
 *   gift_card_movements and store_credit_movements, each keeping a balance by trigger
 *   that a CHECK stops from going below zero.
 * - Customers, gift cards and reason codes are master data.
 */
export const cashierDay: Migration = {
  version: 4,
  name: 'cashier day: tenders, discounts, returns, park, customers, store credit, gift cards',
  steps: [
    `
    ALTER TABLE tender_methods ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
      CHECK (kind IN ('cash', 'card', 'store_credit', 'gift_card', 'other'));
    ALTER TABLE tender_methods ADD COLUMN opens_drawer INTEGER NOT NULL DEFAULT 0 CHECK (opens_drawer IN (0, 1));
    ALTER TABLE tender_methods ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
    ALTER TABLE tender_methods ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    UPDATE tender_methods SET kind = 'cash', opens_drawer = 1, position = 1 WHERE code = 'cash';
    INSERT INTO tender_methods (code, name, kind, opens_drawer, active, position) VALUES
      ('card', 'Card', 'card', 0, 1, 2),
      ('store_credit', 'Store credit', 'store_credit', 0, 1, 3),
      ('gift_card', 'Gift card', 'gift_card', 0, 1, 4),
      ('voucher', 'Voucher', 'other', 1, 1, 5),
      ('bank_transfer', 'Bank transfer', 'other', 0, 0, 6),
      ('mobile', 'Mobile payment', 'other', 0, 0, 7),
      ('cheque', 'Cheque', 'other', 1, 0, 8);

    INSERT INTO stock_reasons (code, name) VALUES ('return', 'Return'), ('write_off', 'Written off as damaged');

    INSERT INTO journal_kinds (code, name) VALUES
      ('sale.returned', 'Return or exchange'),
      ('credit.issued', 'Store credit issued'),
      ('cart.voided', 'Sale voided before payment'),
      ('cart.line_voided', 'Line voided before payment'),
      ('cart.parked', 'Sale parked'),
      ('card.approved', 'Card payment approved'),
      ('card.reversed', 'Card payment reversed');

    -- Reasons a store gives for a discount, an override, a void or a return.
    CREATE TABLE reason_codes (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('discount', 'price_override', 'void', 'return')),
      code TEXT NOT NULL,
      label TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      UNIQUE (kind, code)
    ) STRICT;
    -- Defaults a store starts from and edits (fixed ids, the same in every store).
    INSERT INTO reason_codes (id, kind, code, label, position) VALUES
      ('00000000-0000-7000-8000-000000000101', 'discount', 'damaged_packaging', 'Damaged packaging', 1),
      ('00000000-0000-7000-8000-000000000102', 'discount', 'price_match', 'Price match', 2),
      ('00000000-0000-7000-8000-000000000103', 'discount', 'loyal_customer', 'Loyal customer', 3),
      ('00000000-0000-7000-8000-000000000104', 'discount', 'staff_discount', 'Staff discount', 4),
      ('00000000-0000-7000-8000-000000000201', 'price_override', 'shelf_price_differs', 'Shelf price differs', 1),
      ('00000000-0000-7000-8000-000000000202', 'price_override', 'manager_special', 'Manager special', 2),
      ('00000000-0000-7000-8000-000000000301', 'void', 'changed_mind', 'Customer changed mind', 1),
      ('00000000-0000-7000-8000-000000000302', 'void', 'scanned_in_error', 'Scanned in error', 2),
      ('00000000-0000-7000-8000-000000000303', 'void', 'price_query', 'Price query', 3),
      ('00000000-0000-7000-8000-000000000401', 'return', 'faulty', 'Faulty', 1),
      ('00000000-0000-7000-8000-000000000402', 'return', 'unwanted', 'Unwanted', 2),
      ('00000000-0000-7000-8000-000000000403', 'return', 'wrong_size', 'Wrong size', 3),
      ('00000000-0000-7000-8000-000000000404', 'return', 'damaged_in_transit', 'Damaged in transit', 4);

    CREATE TABLE customers (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      tax_id TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      loyalty_code TEXT UNIQUE,
      credit_balance INTEGER NOT NULL DEFAULT 0 CHECK (credit_balance >= 0),
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX customers_by_name ON customers(name COLLATE NOCASE);
    CREATE INDEX customers_by_phone ON customers(phone);
    CREATE INDEX customers_by_email ON customers(email COLLATE NOCASE);
    -- The phone's digits alone, so "07700 900123" finds "+44 7700 900123"'s prefix typed either way.
    ALTER TABLE customers ADD COLUMN phone_digits TEXT NOT NULL DEFAULT '';
    CREATE INDEX customers_by_phone_digits ON customers(phone_digits);

    CREATE TABLE gift_cards (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- A product that issues or tops up a gift card when sold; it moves no stock.
    ALTER TABLE products ADD COLUMN gift_card INTEGER NOT NULL DEFAULT 0 CHECK (gift_card IN (0, 1));

    -- Carts: several per till (parked ones), one open.
    CREATE TABLE carts_v4 (
      id TEXT PRIMARY KEY,
      till_id TEXT NOT NULL REFERENCES tills(id),
      staff_id TEXT REFERENCES staff(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 0,
      customer_id TEXT REFERENCES customers(id),
      discount_kind TEXT CHECK (discount_kind IN ('percent', 'amount')),
      discount_value INTEGER CHECK (discount_value >= 0),
      discount_reason TEXT,
      discount_approved_by TEXT REFERENCES staff(id),
      return_approved_by TEXT REFERENCES staff(id),
      parked_at TEXT,
      parked_by TEXT REFERENCES staff(id),
      park_note TEXT
    ) STRICT;
    INSERT INTO carts_v4 (id, till_id, staff_id, created_at, updated_at, version)
      SELECT id, till_id, staff_id, created_at, updated_at, version FROM carts;

    CREATE TABLE cart_lines_v4 (
      id TEXT PRIMARY KEY,
      cart_id TEXT NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
      product_id TEXT NOT NULL REFERENCES products(id),
      qty INTEGER NOT NULL,
      unit_price INTEGER NOT NULL,
      fixed_amount INTEGER,
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      staff_id TEXT REFERENCES staff(id),
      list_price INTEGER,
      override_reason TEXT,
      override_approved_by TEXT REFERENCES staff(id),
      discount_kind TEXT CHECK (discount_kind IN ('percent', 'amount')),
      discount_value INTEGER CHECK (discount_value >= 0),
      discount_reason TEXT,
      discount_approved_by TEXT REFERENCES staff(id),
      return_of TEXT REFERENCES sale_lines(id),
      disposition TEXT CHECK (disposition IN ('sellable', 'damaged')),
      gift_card_code TEXT,
      return_reason TEXT
    ) STRICT;
    INSERT INTO cart_lines_v4 (id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at)
      SELECT id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at FROM cart_lines;
    DROP TABLE cart_lines;
    DROP TABLE carts;
    ALTER TABLE carts_v4 RENAME TO carts;
    ALTER TABLE cart_lines_v4 RENAME TO cart_lines;
    CREATE UNIQUE INDEX carts_one_open_per_till ON carts(till_id) WHERE parked_at IS NULL;
    CREATE INDEX carts_parked ON carts(till_id, parked_at) WHERE parked_at IS NOT NULL;
    CREATE INDEX cart_lines_by_cart ON cart_lines(cart_id, position);
    CREATE INDEX cart_lines_by_return ON cart_lines(return_of) WHERE return_of IS NOT NULL;

    -- Tenders taken for the open cart before its sale completes (a card approved at the
    -- terminal, a gift card applied); they become payments rows with the sale.
    CREATE TABLE cart_tenders (
      id TEXT PRIMARY KEY,
      cart_id TEXT NOT NULL REFERENCES carts(id),
      method TEXT NOT NULL REFERENCES tender_methods(code),
      amount INTEGER NOT NULL,
      card_last4 TEXT,
      approval_code TEXT,
      terminal_ref TEXT,
      gift_card_id TEXT REFERENCES gift_cards(id),
      customer_id TEXT REFERENCES customers(id),
      refund_of TEXT REFERENCES payments(id),
      staff_id TEXT REFERENCES staff(id),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX cart_tenders_by_cart ON cart_tenders(cart_id, created_at);

    -- Finalized documents: new nullable columns only.
    ALTER TABLE sales ADD COLUMN customer_id TEXT REFERENCES customers(id);
    ALTER TABLE sales ADD COLUMN rounding INTEGER;
    ALTER TABLE sales ADD COLUMN discount INTEGER;
    ALTER TABLE sales ADD COLUMN return_of_sale TEXT REFERENCES sales(id);
    ALTER TABLE sale_lines ADD COLUMN list_price INTEGER;
    ALTER TABLE sale_lines ADD COLUMN discount INTEGER;
    ALTER TABLE sale_lines ADD COLUMN return_of TEXT REFERENCES sale_lines(id);
    ALTER TABLE sale_lines ADD COLUMN disposition TEXT;
    ALTER TABLE sale_lines ADD COLUMN gift_card_id TEXT REFERENCES gift_cards(id);
    ALTER TABLE sale_lines ADD COLUMN staff_id TEXT REFERENCES staff(id);
    ALTER TABLE payments ADD COLUMN card_last4 TEXT;
    ALTER TABLE payments ADD COLUMN approval_code TEXT;
    ALTER TABLE payments ADD COLUMN terminal_ref TEXT;
    ALTER TABLE payments ADD COLUMN gift_card_id TEXT REFERENCES gift_cards(id);
    ALTER TABLE payments ADD COLUMN customer_id TEXT REFERENCES customers(id);
    ALTER TABLE payments ADD COLUMN refund_of TEXT REFERENCES payments(id);
    CREATE INDEX sale_lines_by_return ON sale_lines(return_of) WHERE return_of IS NOT NULL;
    CREATE INDEX sales_by_customer ON sales(customer_id) WHERE customer_id IS NOT NULL;
    CREATE INDEX sales_by_total ON sales(total);
    CREATE INDEX payments_by_refund ON payments(refund_of) WHERE refund_of IS NOT NULL;

    -- Discounts, price overrides and no-receipt returns: what, how much, why, who, who approved.
    CREATE TABLE sale_adjustments (
      id TEXT PRIMARY KEY,
      sale_id TEXT NOT NULL REFERENCES sales(id),
      line_id TEXT REFERENCES sale_lines(id),
      kind TEXT NOT NULL CHECK (kind IN ('line_discount', 'sale_discount', 'price_override', 'no_receipt_return')),
      method TEXT CHECK (method IN ('percent', 'amount')),
      value INTEGER,
      amount INTEGER NOT NULL,
      reason TEXT,
      staff_id TEXT NOT NULL REFERENCES staff(id),
      approved_by TEXT REFERENCES staff(id),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sale_adjustments_by_sale ON sale_adjustments(sale_id);

    CREATE TABLE gift_card_movements (
      id TEXT PRIMARY KEY,
      gift_card_id TEXT NOT NULL REFERENCES gift_cards(id),
      doc_id TEXT NOT NULL,
      delta INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX gift_card_movements_by_card ON gift_card_movements(gift_card_id, created_at);
    CREATE INDEX gift_card_movements_by_doc ON gift_card_movements(doc_id);
    CREATE TRIGGER gift_card_movements_balance AFTER INSERT ON gift_card_movements BEGIN
      UPDATE gift_cards SET balance = balance + NEW.delta, updated_at = NEW.created_at WHERE id = NEW.gift_card_id;
    END;

    CREATE TABLE store_credit_movements (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id),
      doc_id TEXT NOT NULL,
      delta INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      -- Who gave credit outside a sale, and why: part of the document's hash.
      staff_id TEXT REFERENCES staff(id),
      note TEXT
    ) STRICT;
    CREATE INDEX store_credit_movements_by_customer ON store_credit_movements(customer_id, created_at);
    CREATE INDEX store_credit_movements_by_doc ON store_credit_movements(doc_id);
    CREATE TRIGGER store_credit_movements_balance AFTER INSERT ON store_credit_movements BEGIN
      UPDATE customers SET credit_balance = credit_balance + NEW.delta WHERE id = NEW.customer_id;
    END;

    -- Bumped by every change to a product's name, so the search's cached vocabulary
    -- (catalog-service.ts) knows when to read the FTS index's words again.
    CREATE TABLE product_names_version (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      version INTEGER NOT NULL
    ) STRICT;
    INSERT INTO product_names_version (id, version) VALUES (1, 0);
    CREATE TRIGGER product_names_version_insert AFTER INSERT ON products BEGIN
      UPDATE product_names_version SET version = version + 1 WHERE id = 1;
    END;
    CREATE TRIGGER product_names_version_delete AFTER DELETE ON products BEGIN
      UPDATE product_names_version SET version = version + 1 WHERE id = 1;
    END;
    CREATE TRIGGER product_names_version_update AFTER UPDATE OF name ON products BEGIN
      UPDATE product_names_version SET version = version + 1 WHERE id = 1;
    END;

    ${immutableGuards('sale_adjustments', [['id']])}
    ${immutableGuards('gift_card_movements', [['id']])}
    ${immutableGuards('store_credit_movements', [['id']])}
  `,
  ],
};
