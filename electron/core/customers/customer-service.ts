import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CustomerView } from '../../../shared/domain/customer';
import { newId, nowIso, type Clock } from '../clock';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { multiLine, oneLine, phoneDigits } from './clean-text';
import { CUSTOMER_COLUMNS, customerById, toCustomerView, type CustomerRow } from './customer-row';

type Fields = Omit<ParsedInputOf<'customer.update'>, 'customerId'>;

/** Above the last character any name can hold: the upper bound of a prefix range. */
const PREFIX_END = '\u{10FFFF}';

/**
 * Customers are master data: found, created and edited at the till, archived but never
 * deleted, so every sale and credit movement that names one keeps its customer.
 */
export class CustomerService {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
  ) {}

  get(id: string): CustomerView {
    return toCustomerView(this.row(id));
  }

  /**
   * Name, phone-digit and e-mail prefixes, each read through its index, so the answer stays
   * fast at 100,000 customers; names that merely contain the query fill what is left, a
   * bounded scan that stops at the limit.
   */
  search(query: string, limit: number, includeArchived: boolean): CustomerView[] {
    const q = oneLine(query);
    if (q === '') return [];
    const found = new Map<string, CustomerRow>();
    const base = () => {
      const s = this.db.q.selectFrom('customers').select(CUSTOMER_COLUMNS).limit(limit);
      return includeArchived ? s : s.where('archived_at', 'is', null);
    };
    const add = (rows: CustomerRow[]) => rows.forEach((r) => found.size < limit && found.set(r.id, r));
    const nocase = (col: 'name' | 'email') => sql<string>`${sql.ref(col)} collate nocase`;
    add(this.db.all(base().where(nocase('name'), '>=', q).where(nocase('name'), '<', q + PREFIX_END).orderBy(nocase('name'))));
    const digits = phoneDigits(q);
    if (digits.length >= 3 && /^[0-9+()\-. ]+$/.test(q)) {
      add(this.db.all(base().where('phone_digits', '>=', digits).where('phone_digits', '<', digits + PREFIX_END)));
    }
    if (q.length >= 2) {
      add(this.db.all(base().where(nocase('email'), '>=', q).where(nocase('email'), '<', q + PREFIX_END)));
    }
    if (found.size < limit && q.length >= 2) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      add(this.db.all(base().where(sql<boolean>`name like ${pattern} escape '\\'`).orderBy('name')));
    }
    return [...found.values()].slice(0, limit).map(toCustomerView);
  }

  create(input: ParsedInputOf<'customer.create'>): CustomerView {
    const fields = this.clean(input);
    const id = newId(this.clock);
    const at = nowIso(this.clock);
    this.db.tx(() => {
      if (fields.loyalty_code) this.assertLoyaltyFree(fields.loyalty_code, null);
      this.db.run(
        this.db.q.insertInto('customers').values({
          id,
          name: fields.name ?? '',
          phone: fields.phone ?? '',
          phone_digits: phoneDigits(fields.phone ?? ''),
          email: fields.email ?? '',
          address: fields.address ?? '',
          tax_id: fields.tax_id ?? '',
          notes: fields.notes ?? '',
          loyalty_code: fields.loyalty_code ?? null,
          created_at: at,
          updated_at: at,
        }),
      );
    });
    return this.get(id);
  }

  update(input: ParsedInputOf<'customer.update'>): CustomerView {
    const { customerId, ...rest } = input;
    const fields = this.clean(rest);
    this.db.tx(() => {
      this.row(customerId);
      if (fields.loyalty_code) this.assertLoyaltyFree(fields.loyalty_code, customerId);
      this.db.run(
        this.db.q
          .updateTable('customers')
          .set({
            ...fields,
            ...(fields.phone !== undefined ? { phone_digits: phoneDigits(fields.phone) } : {}),
            updated_at: nowIso(this.clock),
          })
          .where('id', '=', customerId),
      );
    });
    return this.get(customerId);
  }

  /** Never a delete: sales and credit movements keep pointing at the customer. */
  archive(id: string, archived: boolean): CustomerView {
    this.row(id);
    const at = nowIso(this.clock);
    this.db.run(
      this.db.q
        .updateTable('customers')
        .set({ archived_at: archived ? at : null, updated_at: at })
        .where('id', '=', id),
    );
    return this.get(id);
  }

  private row(id: string): CustomerRow {
    return customerById(this.db, id) ?? fail('not_found', 'No such customer');
  }

  private clean(input: Fields) {
    const name = input.name === undefined ? undefined : oneLine(input.name);
    if (name === '') fail('invalid_input', 'A customer needs a name');
    return {
      name,
      phone: input.phone === undefined ? undefined : oneLine(input.phone),
      email: input.email === undefined ? undefined : oneLine(input.email),
      address: input.address === undefined ? undefined : multiLine(input.address),
      tax_id: input.taxId === undefined ? undefined : oneLine(input.taxId),
      notes: input.notes === undefined ? undefined : multiLine(input.notes),
      loyalty_code: input.loyaltyCode === undefined ? undefined : (input.loyaltyCode?.toUpperCase() ?? null),
    };
  }

  /** A loyalty code attaches its customer when scanned: it may not also sell a product. */
  private assertLoyaltyFree(code: string, self: string | null): void {
    const owner = this.db.first(this.db.q.selectFrom('customers').select('id').where('loyalty_code', '=', code));
    if (owner && owner.id !== self) fail('loyalty_code_in_use', `Loyalty code ${code} belongs to another customer`);
    const barcode = this.db.first(this.db.q.selectFrom('barcodes').select('code').where('code', 'in', [code, code.toLowerCase()]));
    const sku = this.db.first(this.db.q.selectFrom('products').select('id').where('sku', '=', code));
    if (barcode || sku) fail('loyalty_code_in_use', `Loyalty code ${code} is a product's barcode or SKU`);
  }
}
