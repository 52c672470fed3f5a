import type { CustomerView } from '../../../shared/domain/customer';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';

export const CUSTOMER_COLUMNS = [
  'id',
  'name',
  'phone',
  'email',
  'address',
  'tax_id',
  'notes',
  'loyalty_code',
  'credit_balance',
  'archived_at',
] as const;

export interface CustomerRow {
  id: string;
  name: string;
  phone: string;
  email: string;
  address: string;
  tax_id: string;
  notes: string;
  loyalty_code: string | null;
  credit_balance: number;
  archived_at: string | null;
}

export function toCustomerView(r: CustomerRow): CustomerView {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    email: r.email,
    address: r.address,
    taxId: r.tax_id,
    notes: r.notes,
    loyaltyCode: r.loyalty_code,
    creditBalance: r.credit_balance,
    archived: r.archived_at !== null,
  };
}

export function customerById(db: SqlDb, id: string): CustomerRow | undefined {
  return db.first(db.q.selectFrom('customers').select(CUSTOMER_COLUMNS).where('id', '=', id));
}

/** The customer whose loyalty card this is; codes are kept upper case. */
const byLoyaltyCode = prepared((q, arg: Arg<{ code: string }>) =>
  q.selectFrom('customers').select(CUSTOMER_COLUMNS).where('loyalty_code', '=', arg('code')),
);

export function customerByLoyaltyCode(db: SqlDb, code: string): CustomerRow | undefined {
  return db.first(byLoyaltyCode.with({ code: code.toUpperCase() }));
}
