/**
 * Table types for Kysely. Column names are snake_case as in SQL; booleans are 0/1
 * because SQLite has no boolean type and better-sqlite3 refuses to bind JS booleans.
 */
import type { Role } from '../../../shared/permissions';
import type { Unit } from '../../../shared/domain/catalog';

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TillsTable {
  id: string;
  code: string;
  name: string;
  next_receipt_no: number;
  created_at: string;
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

export type StockReason = 'opening' | 'sale' | 'delivery' | 'adjustment';

export interface StockMovementsTable {
  id: string;
  product_id: string;
  till_id: string | null;
  qty_delta: number;
  reason: StockReason;
  doc_id: string | null;
  created_at: string;
}

export interface CartsTable {
  id: string;
  till_id: string;
  staff_id: string | null;
  created_at: string;
  updated_at: string;
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
  kind: string;
  doc_id: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
  created_at: string;
}

export interface PrintJobsTable {
  id: string;
  sale_id: string;
  status: 'queued' | 'printed' | 'failed';
  attempts: number;
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface DB {
  settings: SettingsTable;
  tills: TillsTable;
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
  print_jobs: PrintJobsTable;
}
