import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Migration } from './migration';

/**
 * Schema 7: stock per location, lots with expiry, and the stock paperwork.
 *
 * - Locations: the shop floor (the home location, where the store's stock was until
 *   now), back rooms, other stores, warehouses, and one system location for goods in
 *   transit between two of them, so a transfer never takes stock out of the ledger.
 *   A till sells from its own location (tills.location_id; NULL means home).
 * - stock_movements gain the location, the lot, the cost the goods moved at and the
 *   product's average cost after the movement (valuation as of any date reads these),
 *   who moved them and the working line the movement carries out (a purchase order
 *   line, a transfer line, a stock take). All nullable without a
 *   default, as finalized tables require (documents/finalized-tables.ts): a movement
 *   written before schema 7 has no location and belongs to the home location.
 * - On hand is kept per location (location_stock) and per lot and location (lot_stock)
 *   by the triggers that keep the store total (stock_levels), in the statement that
 *   inserts the movement.
 * - Stock reasons gain a kind: the system's own, and adjustment reasons the store edits
 *   (damage, theft, expiry, own use, found), each going in, out or either way.
 * - Reorder point and quantity, and the shelf, per product and location. The product's
 *   own reorder figures are those of the home location.
 * - Working documents, mutable until each step is finalized by a stock document:
 *   purchase orders, transfers and stock takes with their lines and counts.
 */
export const stock: Migration = {
  version: 7,
  name: 'stock: locations, lots, purchase orders, transfers, stock takes, adjustment reasons',
  steps: [
    `
    INSERT INTO journal_kinds (code, name) VALUES
      ('stock.received', 'Goods received'),
      ('stock.adjusted', 'Stock adjusted'),
      ('stock.transfer_sent', 'Transfer sent'),
      ('stock.transfer_received', 'Transfer received'),
      ('stock.counted', 'Stock take posted'),
      ('stock.changed', 'Stock paperwork changed');

    ALTER TABLE stock_reasons ADD COLUMN kind TEXT NOT NULL DEFAULT 'system' CHECK (kind IN ('system', 'adjustment'));
    ALTER TABLE stock_reasons ADD COLUMN direction TEXT NOT NULL DEFAULT 'either' CHECK (direction IN ('in', 'out', 'either'));
    ALTER TABLE stock_reasons ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stock_reasons ADD COLUMN archived_at TEXT;
    INSERT INTO stock_reasons (code, name, kind, direction, position) VALUES
      ('transfer_out', 'Transfer sent', 'system', 'out', 0),
      ('transfer_in', 'Transfer received', 'system', 'in', 0),
      ('transfer_short', 'Missing on a transfer', 'system', 'out', 0),
      ('count', 'Stock take', 'system', 'either', 0),
      ('damage', 'Damaged', 'adjustment', 'out', 1),
      ('theft', 'Theft', 'adjustment', 'out', 2),
      ('expiry', 'Expired', 'adjustment', 'out', 3),
      ('own_use', 'Own use', 'adjustment', 'out', 4),
      ('found', 'Found', 'adjustment', 'in', 5);

    CREATE TABLE locations (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('floor', 'backroom', 'store', 'warehouse', 'transit')),
      home INTEGER NOT NULL DEFAULT 0 CHECK (home IN (0, 1)),
      address TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (home = 0 OR kind <> 'transit')
    ) STRICT;
    CREATE UNIQUE INDEX locations_one_home ON locations(home) WHERE home = 1;
    CREATE UNIQUE INDEX locations_one_transit ON locations(kind) WHERE kind = 'transit';
    CREATE UNIQUE INDEX locations_by_name ON locations(name COLLATE NOCASE);

    ALTER TABLE tills ADD COLUMN location_id TEXT REFERENCES locations(id);

    CREATE TABLE location_stock (
      product_id TEXT NOT NULL REFERENCES products(id),
      location_id TEXT NOT NULL REFERENCES locations(id),
      on_hand INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (product_id, location_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE lots (
      id TEXT PRIMARY KEY,
      product_id TEXT NOT NULL REFERENCES products(id),
      code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
      expires_on TEXT CHECK (expires_on IS NULL OR expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      created_at TEXT NOT NULL,
      UNIQUE (product_id, code)
    ) STRICT;
    CREATE INDEX lots_by_expiry ON lots(expires_on) WHERE expires_on IS NOT NULL;

    CREATE TABLE lot_stock (
      lot_id TEXT NOT NULL REFERENCES lots(id),
      location_id TEXT NOT NULL REFERENCES locations(id),
      product_id TEXT NOT NULL REFERENCES products(id),
      on_hand INTEGER NOT NULL,
      PRIMARY KEY (lot_id, location_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX lot_stock_by_product ON lot_stock(product_id, location_id);

    -- A lot-tracked product is received per lot with its expiry and sold earliest expiry first.
    ALTER TABLE products ADD COLUMN tracks_lots INTEGER NOT NULL DEFAULT 0 CHECK (tracks_lots IN (0, 1));

    ALTER TABLE stock_movements ADD COLUMN location_id TEXT;
    ALTER TABLE stock_movements ADD COLUMN lot_id TEXT;
    ALTER TABLE stock_movements ADD COLUMN unit_cost INTEGER;
    ALTER TABLE stock_movements ADD COLUMN avg_cost INTEGER;
    ALTER TABLE stock_movements ADD COLUMN staff_id TEXT;
    ALTER TABLE stock_movements ADD COLUMN ref_id TEXT;
    ALTER TABLE stock_movements ADD COLUMN note TEXT;
    CREATE INDEX stock_movements_by_ref ON stock_movements(ref_id) WHERE ref_id IS NOT NULL;

    CREATE TABLE product_locations (
      product_id TEXT NOT NULL REFERENCES products(id),
      location_id TEXT NOT NULL REFERENCES locations(id),
      reorder_point INTEGER CHECK (reorder_point IS NULL OR reorder_point >= 0),
      reorder_qty INTEGER CHECK (reorder_qty IS NULL OR reorder_qty > 0),
      shelf TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (product_id, location_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX product_locations_reorder ON product_locations(location_id, product_id) WHERE reorder_point IS NOT NULL;
    CREATE INDEX product_locations_shelf ON product_locations(location_id, shelf) WHERE shelf <> '';
    -- The home location's low-stock list reads only products that have a reorder point.
    CREATE INDEX products_with_reorder_point ON products(reorder_point) WHERE reorder_point IS NOT NULL;

    CREATE TABLE purchase_orders (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      supplier_id TEXT NOT NULL REFERENCES suppliers(id),
      location_id TEXT NOT NULL REFERENCES locations(id),
      till_id TEXT REFERENCES tills(id),
      status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'partial', 'received', 'closed', 'cancelled')),
      note TEXT NOT NULL DEFAULT '',
      expected_on TEXT,
      backorder_of TEXT REFERENCES purchase_orders(id),
      created_by TEXT REFERENCES staff(id),
      sent_at TEXT,
      closed_at TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX purchase_orders_by_status ON purchase_orders(status, created_at);
    CREATE INDEX purchase_orders_by_supplier ON purchase_orders(supplier_id, created_at);

    CREATE TABLE purchase_order_lines (
      id TEXT PRIMARY KEY,
      po_id TEXT NOT NULL REFERENCES purchase_orders(id),
      position INTEGER NOT NULL,
      product_id TEXT NOT NULL REFERENCES products(id),
      supplier_code TEXT NOT NULL DEFAULT '',
      pack_size INTEGER NOT NULL DEFAULT 1000 CHECK (pack_size > 0),
      qty_ordered INTEGER NOT NULL CHECK (qty_ordered > 0),
      unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
      -- Kept by the receipt document that moves the goods, in its transaction.
      qty_received INTEGER NOT NULL DEFAULT 0,
      UNIQUE (po_id, product_id)
    ) STRICT;
    CREATE INDEX purchase_order_lines_by_product ON purchase_order_lines(product_id);

    CREATE TABLE transfers (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      from_location_id TEXT NOT NULL REFERENCES locations(id),
      to_location_id TEXT NOT NULL REFERENCES locations(id),
      status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'received', 'cancelled')),
      note TEXT NOT NULL DEFAULT '',
      till_id TEXT REFERENCES tills(id),
      created_by TEXT REFERENCES staff(id),
      sent_by TEXT REFERENCES staff(id),
      sent_at TEXT,
      received_by TEXT REFERENCES staff(id),
      received_at TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (from_location_id <> to_location_id)
    ) STRICT;
    CREATE INDEX transfers_by_status ON transfers(status, created_at);

    CREATE TABLE transfer_lines (
      id TEXT PRIMARY KEY,
      transfer_id TEXT NOT NULL REFERENCES transfers(id),
      position INTEGER NOT NULL,
      product_id TEXT NOT NULL REFERENCES products(id),
      lot_id TEXT REFERENCES lots(id),
      qty_sent INTEGER NOT NULL CHECK (qty_sent > 0),
      qty_received INTEGER CHECK (qty_received IS NULL OR qty_received >= 0),
      discrepancy_note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX transfer_lines_by_transfer ON transfer_lines(transfer_id, position);

    CREATE TABLE stock_takes (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      location_id TEXT NOT NULL REFERENCES locations(id),
      scope TEXT NOT NULL CHECK (scope IN ('full', 'category', 'shelf')),
      category_id TEXT REFERENCES categories(id),
      shelf TEXT,
      status TEXT NOT NULL CHECK (status IN ('counting', 'posted', 'cancelled')),
      note TEXT NOT NULL DEFAULT '',
      created_by TEXT REFERENCES staff(id),
      posted_by TEXT REFERENCES staff(id),
      posted_at TEXT,
      doc_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (scope <> 'category' OR category_id IS NOT NULL),
      CHECK (scope <> 'shelf' OR shelf IS NOT NULL)
    ) STRICT;
    CREATE INDEX stock_takes_by_status ON stock_takes(status, created_at);

    -- Each scan or typed count is its own entry, so several counters never overwrite one
    -- another; a correction is an entry of its own. expected is the location's on hand
    -- when the entry was made: the first entry's figure is what the product's count is
    -- compared with, so goods sold after it was counted are not counted twice.
    CREATE TABLE stock_take_counts (
      id TEXT PRIMARY KEY,
      stock_take_id TEXT NOT NULL REFERENCES stock_takes(id),
      product_id TEXT NOT NULL REFERENCES products(id),
      qty INTEGER NOT NULL,
      expected INTEGER NOT NULL,
      staff_id TEXT REFERENCES staff(id),
      till_id TEXT REFERENCES tills(id),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX stock_take_counts_by_take ON stock_take_counts(stock_take_id, product_id, created_at);

    -- count: "undo my last entry" is an entry naming the one it takes back, so an entry is
    -- undone at most once and a product whose entries are all undone counts as uncounted.
    ALTER TABLE stock_take_counts ADD COLUMN undoes TEXT REFERENCES stock_take_counts(id);
    CREATE UNIQUE INDEX stock_take_counts_undoes ON stock_take_counts(undoes) WHERE undoes IS NOT NULL;
    CREATE INDEX stock_take_counts_by_staff ON stock_take_counts(stock_take_id, staff_id, created_at);
    -- purch: the home location's low-stock list pages by name over only the products that
    -- have a reorder point and can be ordered; without it a sparse list walked the whole
    -- products_page_name index (120 ms a page at 200,000 products, bench/low-stock-only.ts).
    CREATE INDEX products_reorder_by_name ON products(name, id, reorder_point) WHERE reorder_point IS NOT NULL AND archived_at IS NULL AND gift_card = 0;
    `,
    addHomeAndTransitLocations,
    `
    -- On hand moves in the same statement as the movement: the store total, the
    -- location's and the lot's, so none of them can disagree with the ledger.
    DROP TRIGGER stock_movements_on_hand;
    CREATE TRIGGER stock_movements_on_hand AFTER INSERT ON stock_movements BEGIN
      INSERT INTO stock_levels (product_id, on_hand, updated_at) VALUES (NEW.product_id, NEW.qty_delta, NEW.created_at)
      ON CONFLICT (product_id) DO UPDATE SET on_hand = on_hand + NEW.qty_delta, updated_at = NEW.created_at;
      INSERT INTO location_stock (product_id, location_id, on_hand, updated_at)
      VALUES (NEW.product_id, coalesce(NEW.location_id, (SELECT id FROM locations WHERE home = 1)), NEW.qty_delta, NEW.created_at)
      ON CONFLICT (product_id, location_id) DO UPDATE SET on_hand = on_hand + NEW.qty_delta, updated_at = NEW.created_at;
    END;
    CREATE TRIGGER stock_movements_lot_on_hand AFTER INSERT ON stock_movements WHEN NEW.lot_id IS NOT NULL BEGIN
      INSERT INTO lot_stock (lot_id, location_id, product_id, on_hand)
      VALUES (NEW.lot_id, coalesce(NEW.location_id, (SELECT id FROM locations WHERE home = 1)), NEW.product_id, NEW.qty_delta)
      ON CONFLICT (lot_id, location_id) DO UPDATE SET on_hand = on_hand + NEW.qty_delta;
    END;
    `,
  ],
};

/** The shop floor becomes the home location holding all stock so far; every till sells from it. */
function addHomeAndTransitLocations(sqlite: Database.Database): void {
  const at = new Date().toISOString();
  const home = uuidv7();
  const insert = sqlite.prepare(
    'INSERT INTO locations (id, name, kind, home, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  insert.run(home, 'Shop floor', 'floor', 1, at, at);
  insert.run(uuidv7(), 'In transit', 'transit', 0, at, at);
  sqlite.prepare('UPDATE tills SET location_id = ? WHERE location_id IS NULL').run(home);
  sqlite
    .prepare('INSERT INTO location_stock (product_id, location_id, on_hand, updated_at) SELECT product_id, ?, on_hand, updated_at FROM stock_levels')
    .run(home);
}
