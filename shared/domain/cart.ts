import type { Unit } from './catalog';
import type { Totals } from './totals';
import type { Bps, Minor, Qty } from './units';

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
  /**
   * Raised by one on every change of this till's cart, including the sale that empties
   * it. A payment names the version the cashier saw and is refused if it moved.
   */
  version: number;
}
