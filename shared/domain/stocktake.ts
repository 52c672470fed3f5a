import type { LocationChoice } from './stock';
import type { Iso, Minor, Qty } from './units';

export type StockTakeScope = 'full' | 'category' | 'shelf';
export type StockTakeStatus = 'counting' | 'posted' | 'cancelled';

export type StockTakeLocationView = LocationChoice;

/** A stock take as its list and its page show it. */
export interface StockTakeView {
  id: string;
  reference: string;
  locationId: string;
  locationName: string;
  scope: StockTakeScope;
  categoryId: string | null;
  categoryName: string | null;
  shelf: string | null;
  status: StockTakeStatus;
  note: string;
  createdBy: string | null;
  createdAt: Iso;
  postedBy: string | null;
  postedAt: Iso | null;
  /** The 'stock.counted' document that posted the variances; null when nothing differed. */
  docId: string | null;
  /** Count entries so far, undo entries included. */
  entries: number;
  /**
   * Raised by every change: each count entry and the posting or cancelling. Posting and
   * cancelling name the version the manager saw, so a count made after the review
   * refuses the posting (stock_take_changed) instead of posting unseen figures.
   */
  version: number;
}

/** The take with its progress, for its page. */
export interface StockTakeDetailView extends StockTakeView {
  scopeProducts: number;
  countedProducts: number;
}

/** One scan or typed count, as the counter's list of last entries shows it. */
export interface CountEntryView {
  id: string;
  productId: string;
  sku: string;
  name: string;
  unit: 'each' | 'kg' | 'l' | 'm';
  qty: Qty;
  /** All entries of the product in this take so far, everyone's. */
  counted: Qty;
  staffName: string | null;
  at: Iso;
  /** This entry takes back an earlier one. */
  isUndo: boolean;
  /** A later entry took this one back. */
  undone: boolean;
  /** Counted though outside the take's category or shelf (found in the wrong place). */
  outsideScope: boolean;
}

/** A counted product in the variance report. */
export interface VarianceLine {
  productId: string;
  sku: string;
  name: string;
  unit: 'each' | 'kg' | 'l' | 'm';
  /** On hand at the location when the product's first count entry was made. */
  expected: Qty;
  counted: Qty;
  /** counted - expected: what posting moves. */
  variance: Qty;
  /** Average cost, else cost price; null when the product has neither. */
  unitCost: Minor | null;
  varianceValue: Minor;
  countedBy: string[];
  /** Lot-tracked: the variance is posted without a lot. */
  tracksLots: boolean;
}

export interface VariancePage {
  lines: VarianceLine[];
  /** The cursor of the next page; null on the last. */
  next: string | null;
}

/** A product in the take's scope nobody counted. */
export interface UncountedLine {
  productId: string;
  sku: string;
  name: string;
  unit: 'each' | 'kg' | 'l' | 'm';
  onHand: Qty;
  unitCost: Minor | null;
  /** onHand at unit cost: what zeroing it on posting would write off. */
  stockValue: Minor;
}

export interface UncountedPage {
  lines: UncountedLine[];
  next: string | null;
}

export interface VarianceTotals {
  countedProducts: number;
  withVariance: number;
  /** Sum of the positive variance values (found). */
  gainValue: Minor;
  /** Sum of the negative variance values (missing), as a negative number. */
  lossValue: Minor;
  varianceValue: Minor;
  uncountedProducts: number;
  /** Uncounted products at their location's on hand, at cost. */
  uncountedValue: Minor;
}

export interface StockTakePosted {
  take: StockTakeView;
  /** Movements the posting wrote: one per non-zero variance (and per zeroed product). */
  movements: number;
}
