/** The stock ledger and on-hand figures, stock per location, lots and the stock paperwork (migration 007). */
import type { Generated } from 'kysely';

export interface StockLevelsTable {
  product_id: string;
  on_hand: number;
  updated_at: string;
}

/**
 * Codes in the stock_reasons table: the system's own, named here, and the adjustment
 * reasons a store adds (damage, theft, expiry, own use, found are seeded; a store's own
 * get a generated code), so any string the table holds.
 */
export type SystemStockReason =
  | 'opening'
  | 'sale'
  | 'delivery'
  | 'adjustment'
  | 'return'
  | 'write_off'
  | 'transfer_out'
  | 'transfer_in'
  | 'transfer_short'
  | 'count';
export type StockReason = SystemStockReason | (string & {});

export interface StockMovementsTable {
  id: string;
  product_id: string;
  till_id: string | null;
  qty_delta: number;
  reason: StockReason;
  /** The document the movement belongs to; every movement has one. */
  doc_id: string;
  created_at: string;
  // Migration 007 on: nullable without a default, as finalized tables require. A movement
  // without a location is the home location's.
  location_id: string | null;
  lot_id: string | null;
  /** What each unit of these goods cost: the purchase cost on a receipt, else the average cost. */
  unit_cost: number | null;
  /** The product's weighted average cost after this movement; valuation as of a date reads it. */
  avg_cost: number | null;
  staff_id: string | null;
  /** The working line this movement carries out: a purchase order, transfer or stock take line. */
  ref_id: string | null;
  note: string | null;
}

export type StockReasonKind = 'system' | 'adjustment';
export type StockDirection = 'in' | 'out' | 'either';

export interface StockReasonsTable {
  code: string;
  name: string;
  kind: Generated<StockReasonKind>;
  direction: Generated<StockDirection>;
  position: Generated<number>;
  archived_at: string | null;
}

export type LocationKind = 'floor' | 'backroom' | 'store' | 'warehouse' | 'transit';

export interface LocationsTable {
  id: string;
  name: string;
  kind: LocationKind;
  /** The one location whose stock predates locations, and whose reorder figures are the product's own. */
  home: Generated<number>;
  address: Generated<string>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** On hand per product and location: kept by the stock_movements trigger, never written otherwise. */
export interface LocationStockTable {
  product_id: string;
  location_id: string;
  on_hand: number;
  updated_at: string;
}

export interface LotsTable {
  id: string;
  product_id: string;
  /** The supplier's batch or lot number. */
  code: string;
  /** YYYY-MM-DD: the last day the lot may be sold. */
  expires_on: string | null;
  created_at: string;
}

/** On hand per lot and location: kept by the stock_movements trigger, never written otherwise. */
export interface LotStockTable {
  lot_id: string;
  location_id: string;
  product_id: string;
  on_hand: number;
}

export interface ProductLocationsTable {
  product_id: string;
  location_id: string;
  reorder_point: number | null;
  reorder_qty: number | null;
  shelf: Generated<string>;
  updated_at: string;
}

export type PurchaseOrderStatus = 'draft' | 'sent' | 'partial' | 'received' | 'closed' | 'cancelled';

export interface PurchaseOrdersTable {
  id: string;
  reference: string;
  supplier_id: string;
  /** Where the goods are delivered and received. */
  location_id: string;
  till_id: string | null;
  status: PurchaseOrderStatus;
  note: Generated<string>;
  expected_on: string | null;
  /** The order whose outstanding quantities this one carries on. */
  backorder_of: string | null;
  created_by: string | null;
  sent_at: string | null;
  closed_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PurchaseOrderLinesTable {
  id: string;
  po_id: string;
  position: number;
  product_id: string;
  supplier_code: Generated<string>;
  pack_size: Generated<number>;
  qty_ordered: number;
  unit_cost: number;
  /** Kept by each receipt document in its own transaction. */
  qty_received: Generated<number>;
}

export type TransferStatus = 'draft' | 'sent' | 'received' | 'cancelled';

export interface TransfersTable {
  id: string;
  reference: string;
  from_location_id: string;
  to_location_id: string;
  status: TransferStatus;
  note: Generated<string>;
  till_id: string | null;
  created_by: string | null;
  sent_by: string | null;
  sent_at: string | null;
  received_by: string | null;
  received_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface TransferLinesTable {
  id: string;
  transfer_id: string;
  position: number;
  product_id: string;
  lot_id: string | null;
  qty_sent: number;
  qty_received: number | null;
  discrepancy_note: Generated<string>;
}

export type StockTakeScope = 'full' | 'category' | 'shelf';
export type StockTakeStatus = 'counting' | 'posted' | 'cancelled';

export interface StockTakesTable {
  id: string;
  reference: string;
  location_id: string;
  scope: StockTakeScope;
  category_id: string | null;
  shelf: string | null;
  status: StockTakeStatus;
  note: Generated<string>;
  created_by: string | null;
  posted_by: string | null;
  posted_at: string | null;
  /** The 'stock.counted' document that posted the variances. */
  doc_id: string | null;
  created_at: string;
  updated_at: string;
}

/** One scan or typed count; entries add up, a correction is an entry of its own. */
export interface StockTakeCountsTable {
  id: string;
  stock_take_id: string;
  product_id: string;
  qty: number;
  /** The location's on hand when this entry was made. */
  expected: number;
  staff_id: string | null;
  till_id: string | null;
  created_at: string;
  /** An undo entry: the entry it takes back (its qty is minus that entry's). */
  undoes: string | null;
}
