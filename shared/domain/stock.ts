/**
 * The back office's stock views (issue 7): locations, adjustment reasons, transfers,
 * a product's movement history, valuation at cost and the expiry list.
 */
import type { Minor, Qty } from './units';

export type LocationKind = 'floor' | 'backroom' | 'store' | 'warehouse' | 'transit';
export const EDITABLE_LOCATION_KINDS = ['floor', 'backroom', 'store', 'warehouse'] as const;

export interface LocationView {
  id: string;
  name: string;
  kind: LocationKind;
  /** The shop floor from before locations existed: never archived. */
  home: boolean;
  /** The system location goods sit in between sending and receiving: read-only. */
  transit: boolean;
  address: string;
  archived: boolean;
  /** What is on hand here at average cost (negative stock counts as none). */
  stockValue: Minor;
  /** Tills that sell from here. */
  tillCount: number;
}

export interface TillLocationView {
  tillId: string;
  code: string;
  name: string;
  locationId: string;
}

/** A product's stock at one location, with its lots there. */
export interface ProductLocationStock {
  locationId: string;
  name: string;
  transit: boolean;
  onHand: Qty;
  lots: { lotId: string; code: string; expiresOn: string | null; onHand: Qty }[];
}

export interface ProductStockView {
  productId: string;
  name: string;
  sku: string;
  tracksLots: boolean;
  onHand: Qty;
  inTransit: Qty;
  locations: ProductLocationStock[];
}

export type StockDirection = 'in' | 'out' | 'either';

export interface StockReasonView {
  code: string;
  name: string;
  /** system reasons (sale, transfer, count...) are the app's own and not editable. */
  system: boolean;
  direction: StockDirection;
  position: number;
  archived: boolean;
}

export interface AdjustmentResult {
  docId: string;
  at: string;
  movements: number;
}

export type TransferStatus = 'draft' | 'sent' | 'received' | 'cancelled';

export interface TransferLineView {
  id: string;
  productId: string;
  sku: string;
  name: string;
  lotId: string | null;
  lotCode: string | null;
  qtySent: Qty;
  qtyReceived: Qty | null;
  discrepancyNote: string;
}

export interface TransferView {
  id: string;
  reference: string;
  fromLocationId: string;
  fromName: string;
  toLocationId: string;
  toName: string;
  status: TransferStatus;
  note: string;
  createdBy: string | null;
  sentBy: string | null;
  sentAt: string | null;
  receivedBy: string | null;
  receivedAt: string | null;
  version: number;
  createdAt: string;
  lines: TransferLineView[];
}

export interface TransferRowView {
  id: string;
  reference: string;
  fromName: string;
  toName: string;
  status: TransferStatus;
  lines: number;
  createdAt: string;
  updatedAt: string;
}

/** One movement of a product's history, with the balance after it (at the filtered location, or in all). */
export interface HistoryRow {
  id: string;
  at: string;
  docId: string;
  /** The journal kind of the document: sale, stock.adjusted, stock.transfer_sent... */
  docKind: string | null;
  reason: string;
  reasonName: string;
  locationId: string;
  locationName: string;
  lotCode: string | null;
  qty: Qty;
  /** On hand after this movement: at the filtered location, or in all locations. */
  onHandAfter: Qty;
  staffName: string | null;
  note: string | null;
}

export interface HistoryPage {
  rows: HistoryRow[];
  /** Pass as `after` for the next page; null at the end. */
  next: string | null;
}

export interface ValuationLocation {
  locationId: string;
  name: string;
  stockValue: Minor;
}

export interface ValuationCategory {
  categoryId: string | null;
  name: string;
  qty: Qty;
  stockValue: Minor;
  /** Product and location pairs below zero on the date: valued at 0, listed here. */
  negativeCount: number;
  locations: ValuationLocation[];
}

export interface ValuationReport {
  /** YYYY-MM-DD, or null for now. */
  asOf: string | null;
  categories: ValuationCategory[];
  locations: ValuationLocation[];
  total: Minor;
  negativeCount: number;
  ms: number;
}

export interface ExpiryRow {
  lotId: string;
  lotCode: string;
  expiresOn: string;
  expired: boolean;
  /** Days from the shop's today to the expiry date; negative once expired. */
  daysLeft: number;
  productId: string;
  sku: string;
  name: string;
  locationId: string;
  locationName: string;
  onHand: Qty;
}

export interface ExpiryList {
  today: string;
  warningDays: number;
  rows: ExpiryRow[];
}

/** A location goods can be kept at, ordered to and counted at (not transit, not archived). */
export interface LocationChoice {
  id: string;
  name: string;
  home: boolean;
}
