import type { ParsedInputOf } from '../../../shared/contract';
import type { CategoryNodeView } from '../../../shared/domain/products';
import type { StaffView } from '../../../shared/domain/staff';
import { newId, nowIso } from '../clock';
import { tillIdOf, type CoreContext } from '../context';
import { oneLine } from '../customers/clean-text';
import { fail } from '../errors';
import type { JsonValue } from '../journal/entry-format';

/**
 * The category tree. A category moves anywhere but under itself or its own children (the
 * tree would lose its root), and is archived only once it holds nothing current, so no
 * product is ever left in a category nobody can see.
 */
export class CategoryService {
  constructor(private readonly ctx: CoreContext) {}

  /** Every category in tree order: each parent, then its children by position and name. */
  tree(includeArchived: boolean): CategoryNodeView[] {
    const { db } = this.ctx;
    let q = db.q
      .selectFrom('categories as c')
      .select((eb) => [
        'c.id',
        'c.name',
        'c.color',
        'c.position',
        'c.parent_id',
        'c.archived_at',
        eb
          .selectFrom('products as p')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('p.category_id', '=', 'c.id')
          .where('p.archived_at', 'is', null)
          .as('product_count'),
      ])
      .orderBy('c.position')
      .orderBy('c.name');
    if (!includeArchived) q = q.where('c.archived_at', 'is', null);
    const rows = db.all(q);
    const children = new Map<string | null, typeof rows>();
    const ids = new Set(rows.map((r) => r.id));
    for (const r of rows) {
      // A child whose parent is hidden (archived) shows at the top rather than vanish.
      const parent = r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null;
      children.set(parent, [...(children.get(parent) ?? []), r]);
    }
    const out: CategoryNodeView[] = [];
    const walk = (parent: string | null) => {
      for (const r of children.get(parent) ?? []) {
        out.push({
          id: r.id,
          name: r.name,
          color: r.color,
          position: r.position,
          parentId: r.parent_id,
          archived: r.archived_at !== null,
          productCount: Number(r.product_count ?? 0),
        });
        walk(r.id);
      }
    };
    walk(null);
    return out;
  }

  save(input: ParsedInputOf<'categories.save'>, staff: StaffView): CategoryNodeView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    const name = oneLine(input.name);
    if (name === '') fail('invalid_input', 'A category needs a name');
    const id = input.id ?? newId(this.ctx.clock);
    db.txImmediate(() => {
      const existing = input.id === undefined ? undefined : this.row(input.id);
      if (input.parentId !== null) this.assertParent(input.parentId, input.id ?? null);
      const clash = db.first(db.q.selectFrom('categories').select('id').where('name', '=', name).where('id', '!=', id));
      if (clash) fail('invalid_input', `There is already a category named ${name}`);
      if (existing) {
        db.run(
          db.q
            .updateTable('categories')
            .set({ name, color: input.color, parent_id: input.parentId, position: input.position ?? existing.position })
            .where('id', '=', id),
        );
      } else {
        const last = db.first(db.q.selectFrom('categories').select((eb) => eb.fn.max('position').as('p')));
        const position = input.position ?? (last?.p ?? -1) + 1;
        db.run(db.q.insertInto('categories').values({ id, name, color: input.color, parent_id: input.parentId, position }));
      }
      this.journal(tillId, staff, { action: existing ? 'category.updated' : 'category.created', categoryId: id, name });
    });
    return this.node(id);
  }

  archive(id: string, staff: StaffView): CategoryNodeView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const c = this.row(id);
      const product = db.first(
        db.q.selectFrom('products').select('name').where('category_id', '=', id).where('archived_at', 'is', null).limit(1),
      );
      if (product) fail('category_in_use', `${c.name} still holds products, such as ${product.name}: move them first`);
      const child = db.first(
        db.q.selectFrom('categories').select('name').where('parent_id', '=', id).where('archived_at', 'is', null).limit(1),
      );
      if (child) fail('category_in_use', `${c.name} still holds the category ${child.name}: move or archive it first`);
      if (c.archived_at === null) {
        db.run(db.q.updateTable('categories').set({ archived_at: nowIso(this.ctx.clock) }).where('id', '=', id));
      }
      this.journal(tillId, staff, { action: 'category.archived', categoryId: id, name: c.name });
    });
    return this.node(id);
  }

  /** The parent must exist, be current, and not be the category itself or one of its descendants. */
  private assertParent(parentId: string, selfId: string | null): void {
    const { db } = this.ctx;
    const parent = db.first(db.q.selectFrom('categories').select(['name', 'archived_at']).where('id', '=', parentId));
    if (!parent) fail('not_found', 'No such parent category');
    if (parent.archived_at !== null) fail('invalid_input', `${parent.name} is archived`);
    if (selfId === null) return;
    // Walk up from the new parent; meeting the category itself means a cycle. The seen set
    // stops a walk through a tree that is already broken.
    const seen = new Set<string>();
    let at: string | null = parentId;
    while (at !== null && !seen.has(at)) {
      if (at === selfId) fail('category_cycle', 'A category cannot sit under itself or one of its own subcategories');
      seen.add(at);
      at = db.first(db.q.selectFrom('categories').select('parent_id').where('id', '=', at))?.parent_id ?? null;
    }
  }

  private row(id: string) {
    const { db } = this.ctx;
    return db.first(db.q.selectFrom('categories').selectAll().where('id', '=', id)) ?? fail('not_found', 'No such category');
  }

  private node(id: string): CategoryNodeView {
    return this.tree(true).find((c) => c.id === id) ?? fail('not_found', 'No such category');
  }

  private journal(tillId: string, staff: StaffView, what: { [key: string]: JsonValue }): void {
    this.ctx.documents.record('catalog.changed', tillId, { ...what, staffId: staff.id, staffName: staff.name });
  }
}
