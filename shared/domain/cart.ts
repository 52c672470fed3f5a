import type { Unit } from './catalog';
import type { Totals } from './totals';
import type { Bps, Iso, Minor, Qty } from './units';

export interface CartLineView {
  id: string;
  productId: string;
  name: string;
  sku: string;
  unit: Unit;
  qty: Qty;
  unitPrice: Minor;
  amount: Minor;
  taxRateId: string;
  rateBps: Bps;
  taxCode: string;
  /** The barcode carried a price (in-store price label): quantity cannot change. */
  fixedAmount: boolean;
}

export interface CartView {
  id: string;
  lines: CartLineView[];
  totals: Totals;
  updatedAt: Iso;
}
