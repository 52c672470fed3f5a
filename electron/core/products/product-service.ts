import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ProductDetailView } from '../../../shared/domain/products';
import type { StaffView } from '../../../shared/domain/staff';
import { newId, nowIso } from '../clock';
import { oneLine } from '../customers/clean-text';
import { tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import type { JsonValue } from '../journal/entry-format';
import { writePriceChangeDocument } from './price-changes';
import { productDetail } from './product-detail';
import { assertProductRules, assertSkuFree, cleanProductInput, type ProductInput } from './product-rules';

/** Tracking by batch is switched off only once no batch holds stock: FEFO and expiry checks would lose them. */
function assertNoLotStock(db: CoreContext['db'], productId: string, name: string): void {
  const held = db.first(db.q.selectFrom('lot_stock').select('lot_id').where('product_id', '=', productId).where('on_hand', '<>', 0).limit(1));
  if (held) fail('invalid_input', `${name} still has stock in batches: write it off or sell it before tracking by batch is switched off`);
}

/** The form's fields as products columns, for insert and update alike. */
function columns(p: ProductInput) {
  return {
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    category_id: p.categoryId,
    price: p.price,
    cost: p.cost,
    tax_rate_id: p.taxRateId,
    unit: p.unit,
    sold_by_weight: p.soldByWeight ? 1 : 0,
    age_restricted: p.ageRestricted ? 1 : 0,
    active: p.active ? 1 : 0,
    reorder_point: p.reorderPoint,
    reorder_qty: p.reorderQty,
    parent_id: p.parentId,
    variant_label: p.variantLabel,
    ...(p.tracksLots === undefined ? {} : { tracks_lots: p.tracksLots ? 1 : 0 }),
  };
}

/**
 * Products as the back office keeps them: created, edited (naming the version edited, so
 * two windows never overwrite each other), archived and restored, duplicated. A price
 * change is a finalized 'price.changed' document; every other change of master data is
 * a 'catalog.changed' journal entry naming who made it. Nothing is ever deleted.
 */
export class ProductService {
  constructor(private readonly ctx: CoreContext) {}

  get(id: string): ProductDetailView {
    return productDetail(this.ctx.db, id);
  }

  create(input: ProductInput, staff: StaffView): ProductDetailView {
    const p = cleanProductInput(input);
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    const id = newId(this.ctx.clock);
    db.txImmediate(() => {
      assertProductRules(db, p, null);
      const at = nowIso(this.ctx.clock);
      db.run(db.q.insertInto('products').values({ id, ...columns(p), created_at: at, updated_at: at }));
      this.writeCodesAndLinks(id, p);
      this.journal(tillId, staff, { action: 'product.created', productId: id, sku: p.sku, price: p.price });
    });
    return this.get(id);
  }

  update(input: ParsedInputOf<'products.update'>, staff: StaffView): ProductDetailView {
    const { id, version, ...form } = input;
    const p = cleanProductInput(form);
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const before = db.first(db.q.selectFrom('products').selectAll().where('id', '=', id)) ?? fail('not_found', 'No such product');
      if (before.version !== version) {
        fail('product_changed', `${before.name} was changed by someone else since it was loaded: load it again`);
      }
      assertProductRules(db, p, id);
      if (before.tracks_lots === 1 && p.tracksLots === false) assertNoLotStock(db, id, before.name);
      const next = columns(p);
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k] && k !== 'price');
      const oldCodes = this.codes(id);
      const codesChanged = oldCodes.join('|') !== [...p.barcodes].sort().join('|');
      const oldLinks = this.linksKey(id);
      db.run(
        db.q
          .updateTable('products')
          .set({ ...next, version: sql`version + 1`, updated_at: nowIso(this.ctx.clock) })
          .where('id', '=', id),
      );
      this.writeCodesAndLinks(id, p);
      if (before.price !== p.price) {
        writePriceChangeDocument(
          this.ctx,
          tillId,
          [{ productId: id, oldPrice: before.price, newPrice: p.price, staffId: staff.id, scheduledId: null }],
          { staffId: staff.id, staffName: staff.name },
        );
      }
      const fields: string[] = [
        ...changed,
        ...(codesChanged ? ['barcodes'] : []),
        ...(oldLinks !== this.linksKey(id) ? ['suppliers'] : []),
      ];
      if (fields.length > 0) this.journal(tillId, staff, { action: 'product.updated', productId: id, sku: p.sku, fields });
    });
    return this.get(id);
  }

  /** Archives (or restores) a product; archiving a main product archives its variants with it. */
  archive(id: string, archived: boolean, staff: StaffView): ProductDetailView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    db.txImmediate(() => {
      const p = db.first(db.q.selectFrom('products').select(['sku', 'parent_id']).where('id', '=', id)) ?? fail('not_found', 'No such product');
      const at = nowIso(this.ctx.clock);
      if (!archived && p.parent_id !== null) {
        const parent = db.first(db.q.selectFrom('products').select(['name', 'archived_at']).where('id', '=', p.parent_id));
        if (parent?.archived_at != null) fail('invalid_input', `Restore ${parent.name} first: this is one of its variants`);
      }
      const ids = archived
        ? [id, ...db.all(db.q.selectFrom('products').select('id').where('parent_id', '=', id).where('archived_at', 'is', null)).map((r) => r.id)]
        : [id];
      db.run(
        db.q
          .updateTable('products')
          .set({ archived_at: archived ? at : null, version: sql`version + 1`, updated_at: at })
          .where('id', 'in', ids),
      );
      this.journal(tillId, staff, {
        action: archived ? 'product.archived' : 'product.restored',
        productId: id,
        sku: p.sku,
        ...(ids.length > 1 ? { variants: ids.slice(1) } : {}),
      });
    });
    return this.get(id);
  }

  /** A copy under a new SKU: no barcodes (they are unique), no stock, the same supplier links. */
  duplicate(input: ParsedInputOf<'products.duplicate'>, staff: StaffView): ProductDetailView {
    const { db } = this.ctx;
    const tillId = tillIdOf(this.ctx);
    const id = newId(this.ctx.clock);
    db.txImmediate(() => {
      const src = db.first(db.q.selectFrom('products').selectAll().where('id', '=', input.id)) ?? fail('not_found', 'No such product');
      assertSkuFree(db, input.sku, null);
      const at = nowIso(this.ctx.clock);
      const { seq: _seq, id: _id, ...fields } = src;
      db.run(
        db.q.insertInto('products').values({
          ...fields,
          id,
          sku: input.sku,
          name: (input.name === undefined ? '' : oneLine(input.name)) || `${src.name} (copy)`.slice(0, 200),
          image: null,
          archived_at: null,
          version: 1,
          last_cost: null,
          avg_cost: null,
          created_at: at,
          updated_at: at,
        }),
      );
      const links = db.all(db.q.selectFrom('supplier_products').selectAll().where('product_id', '=', input.id));
      for (const l of links) db.run(db.q.insertInto('supplier_products').values({ ...l, product_id: id }));
      this.journal(tillId, staff, { action: 'product.duplicated', productId: id, sku: input.sku, from: input.id });
    });
    return this.get(id);
  }

  /** catalog.changed: who changed which master data, in the journal. */
  journal(tillId: string, staff: StaffView, what: { [key: string]: JsonValue }): void {
    this.ctx.documents.record('catalog.changed', tillId, { ...what, staffId: staff.id, staffName: staff.name });
  }

  private codes(id: string): string[] {
    const { db } = this.ctx;
    return db
      .all(db.q.selectFrom('barcodes').select('code').where('product_id', '=', id))
      .map((r) => r.code)
      .sort();
  }

  /** The product's supplier links as one comparable string. */
  private linksKey(id: string): string {
    const { db } = this.ctx;
    const links = db.all(db.q.selectFrom('supplier_products').selectAll().where('product_id', '=', id).orderBy('supplier_id'));
    return JSON.stringify(links);
  }

  /** The product's barcodes and supplier links become exactly the form's. */
  private writeCodesAndLinks(id: string, p: ProductInput): void {
    const { db } = this.ctx;
    const keep = new Set(p.barcodes);
    const old = this.codes(id);
    const gone = old.filter((c) => !keep.has(c));
    if (gone.length > 0) db.run(db.q.deleteFrom('barcodes').where('product_id', '=', id).where('code', 'in', gone));
    for (const code of p.barcodes) if (!old.includes(code)) db.run(db.q.insertInto('barcodes').values({ code, product_id: id }));
    db.run(db.q.deleteFrom('supplier_products').where('product_id', '=', id));
    for (const l of p.suppliers) {
      db.run(
        db.q.insertInto('supplier_products').values({
          supplier_id: l.supplierId,
          product_id: id,
          supplier_code: l.supplierCode,
          cost: l.cost,
          pack_size: l.packSize,
          preferred: l.preferred ? 1 : 0,
        }),
      );
    }
  }
}
