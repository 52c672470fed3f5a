/** Catalog master data of the back office (migration 005): suppliers and scheduled prices. */
import type { Generated } from 'kysely';

export interface SuppliersTable {
  id: string;
  name: string;
  contact_name: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  address: Generated<string>;
  notes: Generated<string>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** What a supplier sells us, with their code, our cost from them and the pack size (thousandths). */
export interface SupplierProductsTable {
  supplier_id: string;
  product_id: string;
  supplier_code: Generated<string>;
  cost: number | null;
  pack_size: Generated<number>;
  /** The one supplier the product table shows and filters by. */
  preferred: Generated<number>;
}

/** A price waiting for its date; applied once as a 'price.changed' document, or cancelled. */
export interface ScheduledPricesTable {
  id: string;
  product_id: string;
  price: number;
  effective_at: string;
  staff_id: string | null;
  created_at: string;
  applied_at: string | null;
  cancelled_at: string | null;
}
