import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { SupplierView } from '../../../shared/domain/products';
import type { StaffView } from '../../../shared/domain/staff';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { multiLine, oneLine } from '../customers/clean-text';
import { fail } from '../errors';

/** How many suppliers one list shows at most; a shop has dozens, not thousands. */
const LIST_LIMIT = 500;

/** Suppliers: master data, archived but never deleted, so purchase history keeps its names. */
export class SupplierService {
  constructor(private readonly ctx: CoreContext) {}

  list(query: string | undefined, includeArchived: boolean): SupplierView[] {
    let q = this.select();
    if (!includeArchived) q = q.where('s.archived_at', 'is', null);
    const text = oneLine(query ?? '');
    if (text !== '') {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where(sql<boolean>`s.name like ${pattern} escape '\\'`);
    }
    return this.ctx.db.all(q.orderBy(sql`s.name collate nocase`).limit(LIST_LIMIT)).map(toSupplierView);
  }

  private select() {
    const { db } = this.ctx;
    return db.q
      .selectFrom('suppliers as s')
      .select((eb) => [
        's.id',
        's.name',
        's.contact_name',
        's.phone',
        's.email',
        's.address',
        's.notes',
        's.archived_at',
        eb
          .selectFrom('supplier_products as sp')
          .innerJoin('products as p', 'p.id', 'sp.product_id')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('sp.supplier_id', '=', 's.id')
          .where('p.archived_at', 'is', null)
          .as('product_count'),
      ]);
  }

  save(input: ParsedInputOf<'suppliers.save'>, staff: StaffView): SupplierView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    const name = oneLine(input.name);
    if (name === '') fail('invalid_input', 'A supplier needs a name');
    const fields = {
      name,
      contact_name: oneLine(input.contactName),
      phone: oneLine(input.phone),
      email: oneLine(input.email),
      address: multiLine(input.address),
      notes: multiLine(input.notes),
    };
    const id = input.id ?? newId(this.ctx.clock);
    const at = nowIso(this.ctx.clock);
    db.txImmediate(() => {
      if (input.id !== undefined) {
        this.row(input.id);
        db.run(db.q.updateTable('suppliers').set({ ...fields, updated_at: at }).where('id', '=', id));
      } else {
        db.run(db.q.insertInto('suppliers').values({ id, ...fields, archived_at: null, created_at: at, updated_at: at }));
      }
      this.ctx.documents.record('catalog.changed', tillId, {
        action: input.id === undefined ? 'supplier.created' : 'supplier.updated',
        supplierId: id,
        name,
        staffId: staff.id,
        staffName: staff.name,
      });
    });
    return this.view(id);
  }

  archive(id: string, staff: StaffView): SupplierView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const s = this.row(id);
      const at = nowIso(this.ctx.clock);
      if (s.archived_at === null) db.run(db.q.updateTable('suppliers').set({ archived_at: at, updated_at: at }).where('id', '=', id));
      this.ctx.documents.record('catalog.changed', tillId, {
        action: 'supplier.archived',
        supplierId: id,
        name: s.name,
        staffId: staff.id,
        staffName: staff.name,
      });
    });
    return this.view(id);
  }

  private row(id: string) {
    const { db } = this.ctx;
    return db.first(db.q.selectFrom('suppliers').selectAll().where('id', '=', id)) ?? fail('not_found', 'No such supplier');
  }

  private view(id: string): SupplierView {
    const r = this.ctx.db.first(this.select().where('s.id', '=', id)) ?? fail('not_found', 'No such supplier');
    return toSupplierView(r);
  }
}

function toSupplierView(r: {
  id: string;
  name: string;
  contact_name: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
  archived_at: string | null;
  product_count: number | null;
}): SupplierView {
  return {
    id: r.id,
    name: r.name,
    contactName: r.contact_name,
    phone: r.phone,
    email: r.email,
    address: r.address,
    notes: r.notes,
    archived: r.archived_at !== null,
    productCount: Number(r.product_count ?? 0),
  };
}
