import { immutableGuards } from './immutable-guards';
import type { Migration } from './migration';

/**
 * Schema 5: the back office's catalog.
 *
 * - Units gain litre and metre; a product says whether it is sold by weight (read off a
 *   scale or keyed) apart from its unit, and whether it is age-restricted.
 * - Products gain a brand, an image in the data folder, reorder point and quantity, last
 *   and average cost, archiving (a product with history is archived, never deleted), an
 *   edit version (two back-office windows cannot overwrite each other's edit) and
 *   variants: a variant is a product of its own (SKU, barcodes, price, stock) pointing at
 *   the product it varies, with a label such as "M / Blue".
 * - Categories form a tree.
 * - Suppliers, and which products each supplies with its code, cost and pack size.
 * - Price changes are finalized documents ('price.changed': price_changes rows, one per
 *   product), immediate or scheduled for a date; scheduled ones wait in scheduled_prices.
 * - Indexes for keyset paging of the product table by each sortable column.
 * - A cart remembers who checked the customer's age, so a sale asks once for all its
 *   age-restricted goods.
 */
export const catalog: Migration = {
  version: 5,
  name: 'catalog: product fields, variants, category tree, suppliers, price changes',
  steps: [
    `
    INSERT INTO units (code, name) VALUES ('l', 'Litre'), ('m', 'Metre');
    INSERT INTO journal_kinds (code, name) VALUES
      ('price.changed', 'Price change'),
      ('catalog.changed', 'Catalog changed');

    ALTER TABLE categories ADD COLUMN parent_id TEXT REFERENCES categories(id);
    ALTER TABLE categories ADD COLUMN archived_at TEXT;
    CREATE INDEX categories_by_parent ON categories(parent_id, position);

    ALTER TABLE products ADD COLUMN brand TEXT NOT NULL DEFAULT '';
    ALTER TABLE products ADD COLUMN sold_by_weight INTEGER NOT NULL DEFAULT 0 CHECK (sold_by_weight IN (0, 1));
    UPDATE products SET sold_by_weight = 1 WHERE unit = 'kg';
    ALTER TABLE products ADD COLUMN age_restricted INTEGER NOT NULL DEFAULT 0 CHECK (age_restricted IN (0, 1));
    -- A file name inside the data folder's images/ directory, never a path.
    ALTER TABLE products ADD COLUMN image TEXT;
    ALTER TABLE products ADD COLUMN reorder_point INTEGER CHECK (reorder_point IS NULL OR reorder_point >= 0);
    ALTER TABLE products ADD COLUMN reorder_qty INTEGER CHECK (reorder_qty IS NULL OR reorder_qty > 0);
    ALTER TABLE products ADD COLUMN last_cost INTEGER CHECK (last_cost IS NULL OR last_cost >= 0);
    ALTER TABLE products ADD COLUMN avg_cost INTEGER CHECK (avg_cost IS NULL OR avg_cost >= 0);
    ALTER TABLE products ADD COLUMN archived_at TEXT;
    ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE products ADD COLUMN parent_id TEXT REFERENCES products(id);
    ALTER TABLE products ADD COLUMN variant_label TEXT;
    CREATE INDEX products_by_parent ON products(parent_id) WHERE parent_id IS NOT NULL;
    ALTER TABLE carts ADD COLUMN age_checked_by TEXT REFERENCES staff(id);
    -- Keyset paging: each sortable column with id as the tie-break. SKUs are unique, so
    -- their own unique index already orders them; (name, id) serves whatever (name) did.
    -- Every index here is paid for by each product written, 200,000 at a time in an import.
    DROP INDEX products_by_name;
    CREATE INDEX products_page_name ON products(name, id);
    CREATE INDEX products_page_price ON products(price, id);
    CREATE INDEX products_page_updated ON products(updated_at, id);
    CREATE INDEX products_page_category ON products(category_id, name, id);
    CREATE INDEX products_page_brand ON products(brand, name, id);

    CREATE TABLE suppliers (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      contact_name TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX suppliers_by_name ON suppliers(name COLLATE NOCASE);

    -- What a supplier sells us: their code, our cost from them, how many come in a pack.
    CREATE TABLE supplier_products (
      supplier_id TEXT NOT NULL REFERENCES suppliers(id),
      product_id TEXT NOT NULL REFERENCES products(id),
      supplier_code TEXT NOT NULL DEFAULT '',
      cost INTEGER CHECK (cost IS NULL OR cost >= 0),
      pack_size INTEGER NOT NULL DEFAULT 1000 CHECK (pack_size > 0),
      preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
      PRIMARY KEY (supplier_id, product_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX supplier_products_by_product ON supplier_products(product_id, preferred);
    -- One preferred supplier per product: the one the product table shows and filters by.
    CREATE UNIQUE INDEX supplier_products_one_preferred ON supplier_products(product_id) WHERE preferred = 1;

    -- Finalized: a price change document ('price.changed'), one row per product it changes.
    CREATE TABLE price_changes (
      id TEXT PRIMARY KEY,
      doc_id TEXT NOT NULL,
      product_id TEXT NOT NULL REFERENCES products(id),
      old_price INTEGER NOT NULL CHECK (old_price >= 0),
      new_price INTEGER NOT NULL CHECK (new_price >= 0),
      staff_id TEXT REFERENCES staff(id),
      -- Set when a scheduled change was applied: the schedule it carried out.
      scheduled_id TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX price_changes_by_doc ON price_changes(doc_id);
    CREATE INDEX price_changes_by_product ON price_changes(product_id, created_at);
    ${immutableGuards('price_changes', [['id']])}

    -- A price waiting for its date. Applied once, as a price change document; or cancelled.
    CREATE TABLE scheduled_prices (
      id TEXT PRIMARY KEY,
      product_id TEXT NOT NULL REFERENCES products(id),
      price INTEGER NOT NULL CHECK (price >= 0),
      effective_at TEXT NOT NULL,
      staff_id TEXT REFERENCES staff(id),
      created_at TEXT NOT NULL,
      applied_at TEXT,
      cancelled_at TEXT
    ) STRICT;
    CREATE INDEX scheduled_prices_pending ON scheduled_prices(effective_at) WHERE applied_at IS NULL AND cancelled_at IS NULL;
    CREATE INDEX scheduled_prices_by_product ON scheduled_prices(product_id, effective_at);
    `,
  ],
};
