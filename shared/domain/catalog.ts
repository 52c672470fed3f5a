import type { Bps, Minor, Qty } from './units';

/** each: counted; kg: weighed; l and m: measured (a keyed quantity, in thousandths). */
export type Unit = 'each' | 'kg' | 'l' | 'm';

export interface CategoryView {
  id: string;
  name: string;
  /** A Mantine colour name for the category tile. */
  color: string;
  position: number;
}

export interface ProductView {
  id: string;
  sku: string;
  name: string;
  categoryId: string | null;
  price: Minor;
  taxRateId: string;
  rateBps: Bps;
  unit: Unit;
  barcodes: string[];
  onHand: Qty;
  active: boolean;
  /** Selling it issues or tops up a gift card (cart.addGiftCard), never by scan alone. */
  giftCard: boolean;
  /** The till asks for a weight (a scale or keyed); only ever with unit kg. */
  soldByWeight: boolean;
  /** The cashier checks the buyer's age. */
  ageRestricted: boolean;
  /** Sold batch by batch, earliest expiry first; an expired batch is refused at the till. */
  tracksLots: boolean;
}
