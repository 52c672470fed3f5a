import type { Migration } from './migration';

/** Finalized documents and ledgers refuse UPDATE and DELETE at the database itself. */
function immutable(table: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} rows are immutable: record a correction instead'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} rows are immutable: record a correction instead'); END;`;
}

export const initial: Migration = {
  version: 1,
  name: 'initial schema: store, catalog, staff, stock ledger, cart, sales, journal, print jobs',
  steps: [
    `
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

    CREATE TABLE tills (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      next_receipt_no INTEGER NOT NULL DEFAULT 1 CHECK (next_receipt_no >= 1),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE tax_rates (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      rate_bps INTEGER NOT NULL CHECK (rate_bps BETWEEN 0 AND 10000),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE categories (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      color TEXT NOT NULL,
      position INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE products (
      id TEXT PRIMARY KEY,
      sku TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      category_id TEXT REFERENCES categories(id),
      price INTEGER NOT NULL CHECK (price >= 0),
      cost INTEGER CHECK (cost IS NULL OR cost >= 0),
      tax_rate_id TEXT NOT NULL REFERENCES tax_rates(id),
      unit TEXT NOT NULL CHECK (unit IN ('each', 'kg')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX products_by_category ON products(category_id, active, name);
    CREATE INDEX products_by_name ON products(name);

    CREATE TABLE barcodes (
      code TEXT PRIMARY KEY,
      product_id TEXT NOT NULL REFERENCES products(id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX barcodes_by_product ON barcodes(product_id);

    -- Word-prefix name search stays fast at hundreds of thousands of products.
    CREATE VIRTUAL TABLE products_fts USING fts5(
      name, content='products', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
      INSERT INTO products_fts(rowid, name) VALUES (new.rowid, new.name);
    END;
    CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
      INSERT INTO products_fts(products_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
    END;
    CREATE TRIGGER products_fts_update AFTER UPDATE OF name ON products BEGIN
      INSERT INTO products_fts(products_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
      INSERT INTO products_fts(rowid, name) VALUES (new.rowid, new.name);
    END;

    CREATE TABLE staff (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'owner')),
      pin_hash TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE stock_levels (
      product_id TEXT PRIMARY KEY REFERENCES products(id),
      on_hand INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE stock_movements (
      id TEXT PRIMARY KEY,
      product_id TEXT NOT NULL REFERENCES products(id),
      till_id TEXT REFERENCES tills(id),
      qty_delta INTEGER NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('opening', 'sale', 'delivery', 'adjustment')),
      doc_id TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX stock_movements_by_product ON stock_movements(product_id, created_at);

    CREATE TABLE carts (
      id TEXT PRIMARY KEY,
      till_id TEXT NOT NULL UNIQUE REFERENCES tills(id),
      staff_id TEXT REFERENCES staff(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE cart_lines (
      id TEXT PRIMARY KEY,
      cart_id TEXT NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
      product_id TEXT NOT NULL REFERENCES products(id),
      qty INTEGER NOT NULL CHECK (qty > 0),
      unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
      fixed_amount INTEGER CHECK (fixed_amount IS NULL OR fixed_amount >= 0),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX cart_lines_by_cart ON cart_lines(cart_id, position);

    CREATE TABLE sales (
      id TEXT PRIMARY KEY,
      till_id TEXT NOT NULL REFERENCES tills(id),
      receipt_no INTEGER NOT NULL,
      receipt_number TEXT NOT NULL UNIQUE,
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
    CREATE INDEX sales_by_till_time ON sales(till_id, created_at);

    CREATE TABLE sale_lines (
      id TEXT PRIMARY KEY,
      sale_id TEXT NOT NULL REFERENCES sales(id),
      position INTEGER NOT NULL,
      product_id TEXT NOT NULL REFERENCES products(id),
      sku TEXT NOT NULL,
      name TEXT NOT NULL,
      unit TEXT NOT NULL,
      qty INTEGER NOT NULL,
      unit_price INTEGER NOT NULL,
      amount INTEGER NOT NULL,
      tax_rate_id TEXT NOT NULL REFERENCES tax_rates(id),
      tax_code TEXT NOT NULL,
      rate_bps INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX sale_lines_by_sale ON sale_lines(sale_id, position);

    CREATE TABLE sale_taxes (
      sale_id TEXT NOT NULL REFERENCES sales(id),
      tax_rate_id TEXT NOT NULL REFERENCES tax_rates(id),
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      rate_bps INTEGER NOT NULL,
      net INTEGER NOT NULL,
      tax INTEGER NOT NULL,
      gross INTEGER NOT NULL,
      PRIMARY KEY (sale_id, tax_rate_id)
    ) STRICT;

    CREATE TABLE payments (
      id TEXT PRIMARY KEY,
      sale_id TEXT NOT NULL REFERENCES sales(id),
      method TEXT NOT NULL CHECK (method IN ('cash')),
      amount INTEGER NOT NULL,
      tendered INTEGER NOT NULL,
      change INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX payments_by_sale ON payments(sale_id);

    CREATE TABLE journal (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      till_id TEXT,
      kind TEXT NOT NULL,
      doc_id TEXT,
      payload TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE print_jobs (
      id TEXT PRIMARY KEY,
      sale_id TEXT NOT NULL REFERENCES sales(id),
      status TEXT NOT NULL CHECK (status IN ('queued', 'printed', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      error TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX print_jobs_by_sale ON print_jobs(sale_id);

    ${immutable('sales')}
    ${immutable('sale_lines')}
    ${immutable('sale_taxes')}
    ${immutable('payments')}
    ${immutable('stock_movements')}
    ${immutable('journal')}
  `,
  ],
};
