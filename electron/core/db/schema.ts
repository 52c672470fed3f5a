/**
 * Table types for Kysely. Column names are snake_case as in SQL; booleans are 0/1
 * because SQLite has no boolean type and better-sqlite3 refuses to bind JS booleans.
 */
import type { Generated } from 'kysely';
import type { Role } from '../../../shared/permissions';
import type { Unit } from '../../../shared/domain/catalog';
import type { PrintJobStatus } from '../../../shared/domain/sale';

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TillsTable {
  id: string;
  /** Printed in human numbers (T01-000042); unique within a store, not across stores. */
  code: string;
  name: string;
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

export interface StockLevelsTable {
  product_id: string;
  on_hand: number;
  updated_at: string;
}

/** Codes in the stock_reasons table. */
export type StockReason = 'opening' | 'sale' | 'delivery' | 'adjustment';

export interface StockMovementsTable {
  id: string;
  product_id: string;
  till_id: string | null;
  qty_delta: number;
  reason: StockReason;
  /** The document the movement belongs to; every movement has one. */
  doc_id: string;
  created_at: string;
}

export interface CartsTable {
  id: string;
  till_id: string;
  staff_id: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every change; a payment names the version the cashier saw. */
  version: Generated<number>;
}

export interface CartLinesTable {
  id: string;
  cart_id: string;
  product_id: string;
  qty: number;
  unit_price: number;
  /** Amount fixed by an in-store price label, else null. */
  fixed_amount: number | null;
  position: number;
  created_at: string;
}

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
  method: 'cash';
  amount: number;
  tendered: number;
  change: number;
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

export interface DB {
  settings: SettingsTable;
  tills: TillsTable;
  number_series: NumberSeriesTable;
  tender_methods: CodeNameTable;
  stock_reasons: CodeNameTable;
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
}
