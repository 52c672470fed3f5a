/**
 * Table types of the finalized sale documents (see documents/finalized-tables.ts): rows
 * only the document writer inserts, and never changes. Columns added after schema 3 are
 * nullable with no default, so documents written before them keep their hash.
 */
import type { Unit } from '../../../shared/domain/catalog';
import type { DiscountKind } from './schema';

export interface SalesTable {
  id: string;
  till_id: string;
  receipt_no: number;
  receipt_number: string;
  staff_id: string;
  cashier_name: string;
  /** JSON snapshot of the store header as printed, so a reprint matches the original. */
  store_snapshot: string;
  tax_inclusive: number;
  net: number;
  tax: number;
  total: number;
  tendered: number;
  change: number;
  created_at: string;
  customer_id: string | null;
  /** Cash rounding added to the total when cash settled it (may be negative). */
  rounding: number | null;
  /** All discounts of the sale, in minor units. */
  discount: number | null;
  /** The sale a return was made against. */
  return_of_sale: string | null;
}

export interface SaleLinesTable {
  id: string;
  sale_id: string;
  position: number;
  product_id: string;
  sku: string;
  name: string;
  unit: Unit;
  qty: number;
  unit_price: number;
  amount: number;
  tax_rate_id: string;
  tax_code: string;
  rate_bps: number;
  /** The catalog price when a price override changed unit_price. */
  list_price: number | null;
  /** Discount allocated to the line (its own and its share of the sale's); amount is after it. */
  discount: number | null;
  return_of: string | null;
  disposition: 'sellable' | 'damaged' | null;
  gift_card_id: string | null;
  staff_id: string | null;
}

export interface SaleTaxesTable {
  sale_id: string;
  tax_rate_id: string;
  code: string;
  name: string;
  rate_bps: number;
  net: number;
  tax: number;
  gross: number;
}

export interface PaymentsTable {
  id: string;
  sale_id: string;
  /** A code in tender_methods. */
  method: string;
  amount: number;
  tendered: number;
  change: number;
  created_at: string;
  card_last4: string | null;
  approval_code: string | null;
  terminal_ref: string | null;
  gift_card_id: string | null;
  customer_id: string | null;
  refund_of: string | null;
}

export interface SaleAdjustmentsTable {
  id: string;
  sale_id: string;
  line_id: string | null;
  kind: 'line_discount' | 'sale_discount' | 'price_override' | 'no_receipt_return';
  method: DiscountKind | null;
  value: number | null;
  amount: number;
  reason: string | null;
  staff_id: string;
  approved_by: string | null;
  created_at: string;
}

export interface GiftCardMovementsTable {
  id: string;
  gift_card_id: string;
  doc_id: string;
  delta: number;
  created_at: string;
}

export interface StoreCreditMovementsTable {
  id: string;
  customer_id: string;
  doc_id: string;
  delta: number;
  created_at: string;
  /** Set on credit issued by a manager outside a sale. */
  staff_id: string | null;
  note: string | null;
}

/** A price change document's rows ('price.changed'): one per product it changes. */
export interface PriceChangesTable {
  id: string;
  doc_id: string;
  product_id: string;
  old_price: number;
  new_price: number;
  staff_id: string | null;
  /** The scheduled_prices row this change carried out, when it was scheduled. */
  scheduled_id: string | null;
  created_at: string;
}
