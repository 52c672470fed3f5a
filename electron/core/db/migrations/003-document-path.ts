import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { documentHash, type StoredRow } from '../../documents/canonical';
import { nextEntry } from '../../journal/entry-format';
import { immutableGuards } from './immutable-guards';
import type { Migration } from './migration';

/**
 * Schema 3: one path for every finalized document, ready for several tills in one
 * database.
 *
 * - Enumerations on immutable tables (tender method, stock reason, journal kind, unit)
 *   become reference tables, so a later migration adds a row instead of rebuilding an
 *   immutable table to widen a CHECK list.
 * - Human numbers come from per-till number series; receipt numbers are unique per till
 *   (till_id, receipt_no), no longer per database, and till codes need not be unique
 *   across stores.
 * - The journal gains its format (2: RFC 8785 canonical form), a head row kept by
 *   trigger, an index by document, and an outbox of documents for a store server.
 * - Every unique key of a finalized table gets a guard against REPLACE.
 * - products gets an explicit INTEGER PRIMARY KEY, so VACUUM cannot renumber the rowids
 *   the full-text index points at.
 * - On-hand stock is kept by a trigger on the movement ledger, in the same statement.
 * - The cart gets a version; print jobs can be caught mid-print; logins get a
 *   persistent throttle.
 *
 * Tables are rebuilt the way SQLite documents (create, copy, drop, rename) with foreign
 * keys off; migrate() checks every reference before committing.
 */
export const documentPath: Migration = {
  version: 3,
  name: 'document path: number series, journal format 2 and head, outbox, reference tables, REPLACE guards',
  steps: [
    `
    CREATE TABLE tender_methods (code TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
    INSERT INTO tender_methods VALUES ('cash', 'Cash');
    CREATE TABLE stock_reasons (code TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
    INSERT INTO stock_reasons VALUES
      ('opening', 'Opening stock'), ('sale', 'Sale'), ('delivery', 'Delivery'), ('adjustment', 'Adjustment');
    CREATE TABLE journal_kinds (code TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
    INSERT INTO journal_kinds VALUES
      ('store.created', 'Store created'), ('catalog.imported', 'Catalog imported'),
      ('sale.completed', 'Sale'), ('stock.opening', 'Opening stock');
    CREATE TABLE units (code TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
    INSERT INTO units VALUES ('each', 'Each'), ('kg', 'Kilogram');

    -- Tills: the counter moves to number_series; codes are unique per store, not per database.
    CREATE TABLE tills_v3 (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO tills_v3 (id, code, name, created_at) SELECT id, code, name, created_at FROM tills;
    CREATE TABLE number_series (
      till_id TEXT NOT NULL REFERENCES tills(id),
      series TEXT NOT NULL,
      next_no INTEGER NOT NULL CHECK (next_no >= 1),
      PRIMARY KEY (till_id, series)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO number_series (till_id, series, next_no) SELECT id, 'receipt', next_receipt_no FROM tills;
    DROP TABLE tills;
    ALTER TABLE tills_v3 RENAME TO tills;

    -- Products: an explicit rowid alias for the full-text index.
    CREATE TABLE products_v3 (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      sku TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      category_id TEXT REFERENCES categories(id),
      price INTEGER NOT NULL CHECK (price >= 0),
      cost INTEGER CHECK (cost IS NULL OR cost >= 0),
      tax_rate_id TEXT NOT NULL REFERENCES tax_rates(id),
      unit TEXT NOT NULL REFERENCES units(code),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO products_v3 (seq, id, sku, name, category_id, price, cost, tax_rate_id, unit, active, created_at, updated_at)
      SELECT rowid, id, sku, name, category_id, price, cost, tax_rate_id, unit, active, created_at, updated_at FROM products;
    DROP TABLE products_fts;
    DROP TABLE products;
    ALTER TABLE products_v3 RENAME TO products;
    CREATE INDEX products_by_category ON products(category_id, active, name);
    CREATE INDEX products_by_name ON products(name);
    CREATE INDEX products_active_name_nocase ON products(name COLLATE NOCASE) WHERE active = 1;
    CREATE VIRTUAL TABLE products_fts USING fts5(
      name, content='products', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO products_fts(products_fts) VALUES ('rebuild');
    CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
      INSERT INTO products_fts(rowid, name) VALUES (new.seq, new.name);
    END;
    CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
      INSERT INTO products_fts(products_fts, rowid, name) VALUES ('delete', old.seq, old.name);
    END;
    CREATE TRIGGER products_fts_update AFTER UPDATE OF name ON products BEGIN
      INSERT INTO products_fts(products_fts, rowid, name) VALUES ('delete', old.seq, old.name);
      INSERT INTO products_fts(rowid, name) VALUES (new.seq, new.name);
    END;

    -- Sales: receipt numbers unique per till, not per database.
    CREATE TABLE sales_v3 (
      id TEXT PRIMARY KEY,
      till_id TEXT NOT NULL REFERENCES tills(id),
      receipt_no INTEGER NOT NULL CHECK (receipt_no >= 1),
      receipt_number TEXT NOT NULL,
      staff_id TEXT NOT NULL REFERENCES staff(id),
      cashier_name TEXT NOT NULL,
      store_snapshot TEXT NOT NULL,
      tax_inclusive INTEGER NOT NULL CHECK (tax_inclusive IN (0, 1)),
      net INTEGER NOT NULL,
      tax INTEGER NOT NULL,
      total INTEGER NOT NULL,
      tendered INTEGER NOT NULL,
      change INTEGER NOT NULL CHECK (change >= 0),
      created_at TEXT NOT NULL,
      UNIQUE (till_id, receipt_no)
    ) STRICT;
    INSERT INTO sales_v3 SELECT id, till_id, receipt_no, receipt_number, staff_id, cashier_name, store_snapshot,
      tax_inclusive, net, tax, total, tendered, change, created_at FROM sales;
    DROP TABLE sales;
    ALTER TABLE sales_v3 RENAME TO sales;
    CREATE INDEX sales_by_till_time ON sales(till_id, created_at);
    CREATE INDEX sales_by_time ON sales(created_at);
    CREATE INDEX sales_by_receipt_number ON sales(receipt_number);
    CREATE INDEX sale_lines_by_product ON sale_lines(product_id);

    CREATE TABLE payments_v3 (
      id TEXT PRIMARY KEY,
      sale_id TEXT NOT NULL REFERENCES sales(id),
      method TEXT NOT NULL REFERENCES tender_methods(code),
      amount INTEGER NOT NULL,
      tendered INTEGER NOT NULL,
      change INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO payments_v3 SELECT id, sale_id, method, amount, tendered, change, created_at FROM payments;
    DROP TABLE payments;
    ALTER TABLE payments_v3 RENAME TO payments;
    CREATE INDEX payments_by_sale ON payments(sale_id);
    CREATE INDEX payments_by_method_time ON payments(method, created_at);

    -- Journal: format 2, kinds from journal_kinds, found by document, head kept by trigger.
    ALTER TABLE journal ADD COLUMN format INTEGER;
    CREATE INDEX journal_by_doc ON journal(doc_id);
    CREATE TRIGGER journal_kind_known BEFORE INSERT ON journal
      WHEN NOT EXISTS (SELECT 1 FROM journal_kinds WHERE code = NEW.kind)
      BEGIN SELECT RAISE(ABORT, 'unknown journal kind: add it to journal_kinds by a migration'); END;
    CREATE TABLE journal_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      seq INTEGER NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    INSERT INTO journal_head (id, seq, hash) SELECT 1, seq, hash FROM journal ORDER BY seq DESC LIMIT 1;
    -- The head follows every append, and cannot be set to anything but the last entry.
    CREATE TRIGGER journal_head_follows AFTER INSERT ON journal BEGIN
      UPDATE journal_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
      INSERT INTO journal_head (id, seq, hash) SELECT 1, NEW.seq, NEW.hash WHERE NOT EXISTS (SELECT 1 FROM journal_head);
    END;
    CREATE TRIGGER journal_head_is_last BEFORE UPDATE ON journal_head
      WHEN NEW.id <> 1 OR NEW.seq <> (SELECT max(seq) FROM journal)
        OR NEW.hash <> (SELECT hash FROM journal WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'the journal head is kept by the journal itself'); END;
    CREATE TRIGGER journal_head_no_delete BEFORE DELETE ON journal_head
      BEGIN SELECT RAISE(ABORT, 'the journal head is kept by the journal itself'); END;
    CREATE TRIGGER journal_head_no_replace BEFORE INSERT ON journal_head
      WHEN EXISTS (SELECT 1 FROM journal_head)
      BEGIN SELECT RAISE(ABORT, 'the journal head is kept by the journal itself'); END;

    -- Documents waiting for a store server, in the order they were finalized. Sync
    -- progress will live elsewhere: these rows never change.
    CREATE TABLE outbox (
      seq INTEGER PRIMARY KEY,
      doc_id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL REFERENCES journal_kinds(code),
      till_id TEXT NOT NULL REFERENCES tills(id),
      journal_seq INTEGER NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO outbox (doc_id, kind, till_id, journal_seq, created_at)
      SELECT doc_id, kind, till_id, seq, created_at FROM journal
      WHERE doc_id IS NOT NULL AND till_id IS NOT NULL ORDER BY seq;

    -- Stock movements: every movement belongs to a document. Filled by step 2, which
    -- adopts legacy opening stock into a journaled document.
    CREATE TABLE stock_movements_v3 (
      id TEXT PRIMARY KEY,
      product_id TEXT NOT NULL REFERENCES products(id),
      till_id TEXT REFERENCES tills(id),
      qty_delta INTEGER NOT NULL,
      reason TEXT NOT NULL REFERENCES stock_reasons(code),
      doc_id TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    ALTER TABLE carts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE print_jobs_v3 (
      id TEXT PRIMARY KEY,
      sale_id TEXT NOT NULL REFERENCES sales(id),
      status TEXT NOT NULL CHECK (status IN ('queued', 'printing', 'printed', 'failed', 'interrupted')),
      attempts INTEGER NOT NULL DEFAULT 0,
      error TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO print_jobs_v3 SELECT id, sale_id, status, attempts, error, created_at, updated_at FROM print_jobs;
    DROP TABLE print_jobs;
    ALTER TABLE print_jobs_v3 RENAME TO print_jobs;
    CREATE INDEX print_jobs_by_sale ON print_jobs(sale_id);
    CREATE INDEX print_jobs_by_status ON print_jobs(status);

    -- Wrong PINs, counted for the whole till and kept across restarts.
    CREATE TABLE login_throttle (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      failures INTEGER NOT NULL,
      lockouts INTEGER NOT NULL,
      locked_until INTEGER NOT NULL
    ) STRICT;
    INSERT INTO login_throttle VALUES (1, 0, 0, 0);
  `,
    copyStockMovementsAdoptingLegacyOpeningStock,
    `
    DROP TABLE stock_movements;
    ALTER TABLE stock_movements_v3 RENAME TO stock_movements;
    CREATE INDEX stock_movements_by_product ON stock_movements(product_id, created_at);
    CREATE INDEX stock_movements_by_doc ON stock_movements(doc_id);
    -- On hand moves in the same statement as the movement, so the two cannot disagree.
    CREATE TRIGGER stock_movements_on_hand AFTER INSERT ON stock_movements BEGIN
      INSERT INTO stock_levels (product_id, on_hand, updated_at) VALUES (NEW.product_id, NEW.qty_delta, NEW.created_at)
      ON CONFLICT (product_id) DO UPDATE SET on_hand = on_hand + NEW.qty_delta, updated_at = NEW.created_at;
    END;

    ${immutableGuards('sales', [['id'], ['till_id', 'receipt_no']])}
    ${immutableGuards('sale_lines', [['id']])}
    ${immutableGuards('sale_taxes', [['sale_id', 'tax_rate_id']])}
    ${immutableGuards('payments', [['id']])}
    ${immutableGuards('stock_movements', [['id']])}
    ${immutableGuards('journal', [['seq'], ['id']])}
    ${immutableGuards('outbox', [['seq'], ['doc_id'], ['journal_seq']])}

  `,
  ],
};

/**
 * Copies the movement ledger into its schema-3 table. Opening stock loaded before
 * schema 3 was written without a document; those movements are adopted into one
 * 'stock.opening' document, journaled now, so every row of the ledger belongs to a
 * journaled document. The entry is dated at migration time and its payload says why.
 */
function copyStockMovementsAdoptingLegacyOpeningStock(sqlite: Database.Database): void {
  const orphans = sqlite.prepare('SELECT count(*) FROM stock_movements WHERE doc_id IS NULL').pluck().get() as number;
  const docId = uuidv7();
  sqlite
    .prepare(
      `INSERT INTO stock_movements_v3 (id, product_id, till_id, qty_delta, reason, doc_id, created_at)
       SELECT id, product_id, till_id, qty_delta, reason, coalesce(doc_id, ?), created_at FROM stock_movements`,
    )
    .run(docId);
  if (orphans === 0) return;
  const tillId = sqlite.prepare('SELECT id FROM tills ORDER BY created_at LIMIT 1').pluck().get() as string | undefined;
  if (tillId === undefined) throw new Error('Opening stock without a till: this database cannot be upgraded');
  const rows = sqlite.prepare('SELECT * FROM stock_movements_v3 WHERE doc_id = ?').all(docId) as StoredRow[];
  const docHash = documentHash({ kind: 'stock.opening', id: docId, tillId, number: null, tables: { stock_movements: rows } });
  const head = sqlite.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const at = new Date().toISOString();
  const entry = nextEntry(head, {
    id: uuidv7(),
    tillId,
    kind: 'stock.opening',
    docId,
    payload: { number: null, docHash, adopted: 'opening stock loaded before schema 3', movements: rows.length },
    createdAt: at,
  });
  sqlite
    .prepare(
      `INSERT INTO journal (seq, id, till_id, kind, doc_id, payload, prev_hash, hash, created_at, format)
       VALUES (@seq, @id, @till_id, @kind, @doc_id, @payload, @prev_hash, @hash, @created_at, @format)`,
    )
    .run(entry);
  sqlite
    .prepare('INSERT INTO outbox (doc_id, kind, till_id, journal_seq, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(docId, 'stock.opening', tillId, entry.seq, at);
}
