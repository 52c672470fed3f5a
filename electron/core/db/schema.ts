/**
 * Table types for Kysely. Column names are snake_case as in SQL; booleans are 0/1
 * because SQLite has no boolean type and better-sqlite3 refuses to bind JS booleans.
 */
import type { Generated } from 'kysely';
import type { Role } from '../../../shared/permissions';
import type { Unit } from '../../../shared/domain/catalog';
import type { PrintJobStatus } from '../../../shared/domain/sale';
import type {
  GiftCardMovementsTable,
  PaymentsTable,
  SaleAdjustmentsTable,
  SaleLinesTable,
  SalesTable,
  SaleTaxesTable,
  StoreCreditMovementsTable,
} from './schema-documents';
import type { PriceChangesTable } from './schema-documents';
import type { ScheduledPricesTable, SupplierProductsTable, SuppliersTable } from './schema-catalog';
import type { ImportChangesTable, ImportJobsTable, ImportLayoutsTable } from './schema-import';
import type {
  StockLevelsTable,
  StockMovementsTable,
  LocationStockTable,
  LocationsTable,
  LotStockTable,
  LotsTable,
  ProductLocationsTable,
  PurchaseOrderLinesTable,
  PurchaseOrdersTable,
  StockReasonsTable,
  StockTakeCountsTable,
  StockTakesTable,
  TransferLinesTable,
  TransfersTable,
} from './schema-stock';

export type { PriceChangesTable, ScheduledPricesTable, SupplierProductsTable, SuppliersTable };
export type { ImportChangesTable, ImportJobsTable, ImportLayoutsTable };
export type {
  GiftCardMovementsTable,
  PaymentsTable,
  SaleAdjustmentsTable,
  SaleLinesTable,
  SalesTable,
  SaleTaxesTable,
  StoreCreditMovementsTable,
};

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TillsTable {
  id: string;
  /** Printed in human numbers (T01-000042); unique within a store, not across stores. */
  code: string;
  name: string;
  /** The location the till sells from; NULL is the home location (migration 007). */
  location_id: string | null;
  created_at: string;
}

/** The next human number of each till's series ('receipt', ...), taken by the document writer. */
export interface NumberSeriesTable {
  till_id: string;
  series: string;
  next_no: number;
}

/** Reference tables: the values an immutable table's enumeration column may hold. */
export interface CodeNameTable {
  code: string;
  name: string;
}

export type TenderKind = 'cash' | 'card' | 'store_credit' | 'gift_card' | 'other';

/** The tenders a store takes: built-in kinds and ones the store defines (voucher, cheque...). */
export interface TenderMethodsTable {
  code: string;
  name: string;
  kind: Generated<TenderKind>;
  opens_drawer: Generated<number>;
  active: Generated<number>;
  position: Generated<number>;
}

export type ReasonKind = 'discount' | 'price_override' | 'void' | 'return';

/** Reasons the store offers for a discount, an override, a void or a return. */
export interface ReasonCodesTable {
  id: string;
  kind: ReasonKind;
  code: string;
  label: string;
  active: Generated<number>;
  position: Generated<number>;
}

export interface CustomersTable {
  id: string;
  name: string;
  phone: Generated<string>;
  email: Generated<string>;
  address: Generated<string>;
  tax_id: Generated<string>;
  notes: Generated<string>;
  /** The loyalty card's barcode, if the customer has one. */
  loyalty_code: string | null;
  /** The digits of phone, for search by number however it was typed. */
  phone_digits: Generated<string>;
  /** Kept by trigger from store_credit_movements; never below zero. */
  credit_balance: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface GiftCardsTable {
  id: string;
  code: string;
  /** Kept by trigger from gift_card_movements; never below zero. */
  balance: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface TaxRatesTable {
  id: string;
  code: string;
  name: string;
  rate_bps: number;
  created_at: string;
}

export interface CategoriesTable {
  id: string;
  name: string;
  color: string;
  position: number;
  parent_id: string | null;
  archived_at: string | null;
}

export interface ProductsTable {
  /** The rowid alias the full-text index keys on, so VACUUM cannot renumber it. */
  seq: Generated<number>;
  id: string;
  sku: string;
  name: string;
  category_id: string | null;
  price: number;
  cost: number | null;
  tax_rate_id: string;
  unit: Unit;
  active: number;
  created_at: string;
  updated_at: string;
  /** Selling it issues or tops up a gift card; it moves no stock. */
  gift_card: Generated<number>;
  brand: Generated<string>;
  /** Read off a scale or keyed: the till asks for the weight. */
  sold_by_weight: Generated<number>;
  age_restricted: Generated<number>;
  /** A file name in the data folder's images/ directory. */
  image: string | null;
  /** Thousandths, like quantities. */
  reorder_point: number | null;
  reorder_qty: number | null;
  last_cost: number | null;
  avg_cost: number | null;
  archived_at: string | null;
  /** Raised by every edit; an edit names the version it was made from. */
  version: Generated<number>;
  /** The product this one is a variant of (a size, a colour). */
  parent_id: string | null;
  variant_label: string | null;
  /** Received per lot with an expiry date and sold earliest expiry first (migration 007). */
  tracks_lots: Generated<number>;
}

export interface BarcodesTable {
  code: string;
  product_id: string;
}

export interface StaffTable {
  id: string;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
  created_at: string;
}

export type { StockLevelsTable, StockMovementsTable, StockReason, SystemStockReason } from './schema-stock';

export interface CartsTable {
  id: string;
  till_id: string;
  staff_id: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every change; a payment names the version the cashier saw. */
  version: Generated<number>;
  customer_id: string | null;
  discount_kind: DiscountKind | null;
  /** Basis points for 'percent', minor units for 'amount'. */
  discount_value: number | null;
  discount_reason: string | null;
  discount_approved_by: string | null;
  /** The manager who allowed return lines without a receipt. */
  return_approved_by: string | null;
  /** Set while parked; the open cart of a till has none. */
  parked_at: string | null;
  parked_by: string | null;
  park_note: string | null;
  /** Who confirmed the customer's age for this sale's age-restricted goods. */
  age_checked_by: string | null;
}

export type DiscountKind = 'percent' | 'amount';

export interface CartLinesTable {
  id: string;
  cart_id: string;
  product_id: string;
  qty: number;
  unit_price: number;
  /** Amount fixed by an in-store price label or by the sale a return line refunds, else null. */
  fixed_amount: number | null;
  position: number;
  created_at: string;
  /** Who rang the line. */
  staff_id: string | null;
  /** The catalog price before a price override, else null. */
  list_price: number | null;
  override_reason: string | null;
  override_approved_by: string | null;
  discount_kind: DiscountKind | null;
  discount_value: number | null;
  discount_reason: string | null;
  discount_approved_by: string | null;
  /** The sold line this return line takes back (qty and amount negative). */
  return_of: string | null;
  disposition: 'sellable' | 'damaged' | null;
  gift_card_code: string | null;
  /** A return without a receipt: the reason code label the cashier chose (sale_adjustments.reason at checkout). */
  return_reason: string | null;
}

/** Tenders taken for the open cart before its sale completes. */
export interface CartTendersTable {
  id: string;
  cart_id: string;
  method: string;
  /** Positive: paid; negative: refunded. */
  amount: number;
  card_last4: string | null;
  approval_code: string | null;
  terminal_ref: string | null;
  gift_card_id: string | null;
  customer_id: string | null;
  refund_of: string | null;
  staff_id: string | null;
  created_at: string;
}

export interface JournalTable {
  seq: number;
  id: string;
  till_id: string | null;
  /** A code in journal_kinds. */
  kind: string;
  doc_id: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
  created_at: string;
  /** NULL: format 1 (schema 1-2); 2: RFC 8785 canonical form. See journal/entry-format.ts. */
  format: number | null;
}

/** The last journal entry, kept by trigger, so a cut-off tail shows. */
export interface JournalHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** Finalized documents in order, for a store server to pull; rows never change. */
export interface OutboxTable {
  seq: Generated<number>;
  doc_id: string;
  kind: string;
  till_id: string;
  journal_seq: number;
  created_at: string;
}

export interface LoginThrottleTable {
  id: number;
  failures: number;
  lockouts: number;
  /** Epoch milliseconds; 0 when not locked. */
  locked_until: number;
}

export interface PrintJobsTable {
  id: string;
  sale_id: string;
  status: PrintJobStatus;
  attempts: number;
  error: string | null;
  created_at: string;
  updated_at: string;
}

/** One row: bumped by triggers whenever a product's name is added, changed or removed. */
export interface ProductNamesVersionTable {
  id: number;
  version: number;
}

export interface DB {
  settings: SettingsTable;
  tills: TillsTable;
  number_series: NumberSeriesTable;
  tender_methods: TenderMethodsTable;
  reason_codes: ReasonCodesTable;
  customers: CustomersTable;
  gift_cards: GiftCardsTable;
  cart_tenders: CartTendersTable;
  sale_adjustments: SaleAdjustmentsTable;
  gift_card_movements: GiftCardMovementsTable;
  store_credit_movements: StoreCreditMovementsTable;
  stock_reasons: StockReasonsTable;
  journal_kinds: CodeNameTable;
  units: CodeNameTable;
  tax_rates: TaxRatesTable;
  categories: CategoriesTable;
  products: ProductsTable;
  barcodes: BarcodesTable;
  staff: StaffTable;
  stock_levels: StockLevelsTable;
  stock_movements: StockMovementsTable;
  carts: CartsTable;
  cart_lines: CartLinesTable;
  sales: SalesTable;
  sale_lines: SaleLinesTable;
  sale_taxes: SaleTaxesTable;
  payments: PaymentsTable;
  journal: JournalTable;
  journal_head: JournalHeadTable;
  outbox: OutboxTable;
  print_jobs: PrintJobsTable;
  login_throttle: LoginThrottleTable;
  product_names_version: ProductNamesVersionTable;
  suppliers: SuppliersTable;
  supplier_products: SupplierProductsTable;
  price_changes: PriceChangesTable;
  scheduled_prices: ScheduledPricesTable;
  import_layouts: ImportLayoutsTable;
  import_jobs: ImportJobsTable;
  import_changes: ImportChangesTable;
  locations: LocationsTable;
  location_stock: LocationStockTable;
  lots: LotsTable;
  lot_stock: LotStockTable;
  product_locations: ProductLocationsTable;
  purchase_orders: PurchaseOrdersTable;
  purchase_order_lines: PurchaseOrderLinesTable;
  transfers: TransfersTable;
  transfer_lines: TransferLinesTable;
  stock_takes: StockTakesTable;
  stock_take_counts: StockTakeCountsTable;
}
