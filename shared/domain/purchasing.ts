import type { LocationChoice } from './stock';
/**
 * Purchasing (issue 7, stock): reorder figures per product and location, the low-stock
 * list, suggested orders and purchase orders with their receipts.
 */
import type { Unit } from './catalog';
import type { Minor, Qty } from './units';

/** A place stock is kept and ordered to (not the transit location). */
export type PurchasingLocationView = LocationChoice;

/** A product's figures at one location; the home location's reorder figures are the product's own. */
export interface ReorderFiguresView {
  locationId: string;
  locationName: string;
  home: boolean;
  onHand: Qty;
  reorderPoint: Qty | null;
  reorderQty: Qty | null;
  shelf: string;
}

/** A product at or below its reorder point at a location. */
export interface LowStockRowView {
  productId: string;
  sku: string;
  name: string;
  unit: Unit;
  onHand: Qty;
  reorderPoint: Qty;
  reorderQty: Qty | null;
  /** Ordered on drafts and open orders to this location, not yet received. */
  onOrder: Qty;
  supplierId: string | null;
  supplierName: string | null;
}

export interface LowStockPage {
  rows: LowStockRowView[];
  /** Cursor of the page after this one, or null at the end. */
  next: string | null;
}

export interface SuggestedLineView {
  productId: string;
  sku: string;
  name: string;
  unit: Unit;
  onHand: Qty;
  reorderPoint: Qty;
  reorderQty: Qty | null;
  onOrder: Qty;
  /** What to order: rounded up to whole packs. */
  qty: Qty;
  packSize: Qty;
  supplierCode: string;
  unitCost: Minor;
}

/** One supplier's share of the low-stock list as an order that has not been made yet. */
export interface SuggestedOrderView {
  supplierId: string;
  supplierName: string;
  lines: SuggestedLineView[];
  total: Minor;
}

/** Products low at the location with no preferred supplier: nobody to suggest them to. */
export interface SuggestionView {
  locationId: string;
  orders: SuggestedOrderView[];
  withoutSupplier: number;
}

export type PurchaseOrderStatus = 'draft' | 'sent' | 'partial' | 'received' | 'closed' | 'cancelled';

export interface PurchaseOrderLineView {
  id: string;
  position: number;
  productId: string;
  sku: string;
  name: string;
  unit: Unit;
  barcodes: string[];
  /** Received per lot with an expiry date. */
  tracksLots: boolean;
  supplierCode: string;
  packSize: Qty;
  qtyOrdered: Qty;
  qtyReceived: Qty;
  /** Still to come while the order is open (backordered once part of it has arrived); 0 once closed. */
  outstanding: Qty;
  unitCost: Minor;
  lineTotal: Minor;
}

export interface PurchaseOrderRowView {
  id: string;
  reference: string;
  supplierId: string;
  supplierName: string;
  locationId: string;
  locationName: string;
  status: PurchaseOrderStatus;
  expectedOn: string | null;
  /** Count of lines. */
  lines: number;
  total: Minor;
  createdAt: string;
  sentAt: string | null;
  version: number;
}

export interface PurchaseOrderReceiptView {
  docId: string;
  at: string;
  staffName: string | null;
  /** Count of movements the receipt wrote. */
  movements: number;
}

export interface PurchaseOrderView {
  id: string;
  reference: string;
  supplierId: string;
  supplierName: string;
  supplierContact: string;
  locationId: string;
  locationName: string;
  status: PurchaseOrderStatus;
  note: string;
  expectedOn: string | null;
  /** The order whose outstanding lines this one carries on, and the one carrying this one's on. */
  backorderOf: { id: string; reference: string } | null;
  backorder: { id: string; reference: string } | null;
  createdBy: string | null;
  createdAt: string;
  sentAt: string | null;
  closedAt: string | null;
  version: number;
  total: Minor;
  lineItems: PurchaseOrderLineView[];
  receipts: PurchaseOrderReceiptView[];
}

export interface PurchaseOrderPage {
  rows: PurchaseOrderRowView[];
  next: string | null;
}
