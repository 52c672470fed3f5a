/**
 * The back office's view of the catalog (issue 7): products as the product table and the
 * product form show them. The till keeps its lighter ProductView (domain/catalog.ts).
 */
import type { Unit } from './catalog';
import type { Bps, Minor, Qty } from './units';

/** Where a product's stock stands against its reorder point. */
export type StockState = 'in_stock' | 'low' | 'out';

/** One row of the product table. */
export interface ProductRowView {
  id: string;
  sku: string;
  name: string;
  brand: string;
  categoryId: string | null;
  categoryName: string | null;
  price: Minor;
  cost: Minor | null;
  taxRateId: string;
  taxCode: string;
  rateBps: Bps;
  unit: Unit;
  barcodes: string[];
  onHand: Qty;
  reorderPoint: Qty | null;
  stockState: StockState;
  /** Preferred supplier, if any. */
  supplierId: string | null;
  supplierName: string | null;
  active: boolean;
  archived: boolean;
  soldByWeight: boolean;
  ageRestricted: boolean;
  /** Received per batch with an expiry date, sold earliest expiry first. */
  tracksLots: boolean;
  giftCard: boolean;
  /** The product this one is a variant of, and the variant's label ("M / Blue"). */
  parentId: string | null;
  variantLabel: string | null;
  /** Raised by every edit; products.update names the version it edits. */
  version: number;
  updatedAt: string;
}

export interface SupplierLinkView {
  supplierId: string;
  supplierName: string;
  supplierCode: string;
  cost: Minor | null;
  /** Units per pack, in thousandths like every quantity. */
  packSize: Qty;
  preferred: boolean;
}

export interface PriceChangeView {
  id: string;
  oldPrice: Minor;
  newPrice: Minor;
  staffName: string | null;
  /** Set when a schedule carried it out. */
  scheduledId: string | null;
  createdAt: string;
}

export interface ScheduledPriceView {
  id: string;
  price: Minor;
  effectiveAt: string;
  staffName: string | null;
  createdAt: string;
}

/** The product form: the row and everything it edits or shows beside it. */
export interface ProductDetailView extends ProductRowView {
  reorderQty: Qty | null;
  lastCost: Minor | null;
  avgCost: Minor | null;
  /** File name of the image in the data folder, or null. */
  image: string | null;
  suppliers: SupplierLinkView[];
  variants: ProductRowView[];
  priceHistory: PriceChangeView[];
  scheduledPrices: ScheduledPriceView[];
  createdAt: string;
}

/** A page of the product table; `next` is an opaque cursor for the page after it, or null at the end. */
export interface ProductPage {
  rows: ProductRowView[];
  next: string | null;
}

export interface CategoryNodeView {
  id: string;
  name: string;
  color: string;
  position: number;
  parentId: string | null;
  archived: boolean;
  /** Products in this category itself (not its children), archived ones excluded. */
  productCount: number;
}

export interface SupplierView {
  id: string;
  name: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
  archived: boolean;
  productCount: number;
}
