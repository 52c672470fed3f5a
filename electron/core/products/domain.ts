import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { StaffView } from '../../../shared/domain/staff';
import { nowIso } from '../clock';
import { staffOf, tillIdOf, type CoreContext } from '../context';
import { fail } from '../errors';
import type { HandlersOf } from '../router';
import { bulkEdit } from './bulk-edit';
import { generateInStoreBarcode } from './generate-barcode';
import { PriceSchedules } from './price-schedule';
import { decodeImage, ImageStore } from './product-images';
import { countProducts, listProducts } from './product-list';
import { ProductService } from './product-service';

/** products.*: the back office's product table and form. */
export function productsDomain(ctx: CoreContext, opts: { dataDir: string }) {
  const products = new ProductService(ctx);
  const schedules = new PriceSchedules(ctx, products);
  const images = new ImageStore(opts.dataDir);

  const setImage = (input: ParsedInputOf<'products.setImage'>, staff: StaffView) => {
    const { db } = ctx;
    if ((input.type === null) !== (input.data === null)) fail('invalid_input', 'Send an image with its type, or neither to remove it');
    const before =
      db.first(db.q.selectFrom('products').select(['sku', 'image']).where('id', '=', input.id)) ?? fail('not_found', 'No such product');
    const tillId = tillIdOf(ctx);
    const name = input.type !== null && input.data !== null ? images.write(input.id, input.type, decodeImage(input.type, input.data)) : null;
    db.txImmediate(() => {
      db.run(
        db.q
          .updateTable('products')
          .set({ image: name, version: sql`version + 1`, updated_at: nowIso(ctx.clock) })
          .where('id', '=', input.id),
      );
      products.journal(tillId, staff, { action: name ? 'product.imageSet' : 'product.imageRemoved', productId: input.id, sku: before.sku });
    });
    if (before.image !== null && before.image !== name) images.remove(before.image);
    return products.get(input.id);
  };

  const handlers: HandlersOf<'products'> = {
    'products.list': (input) => listProducts(ctx.db, input),
    'products.count': (input) => ({ count: countProducts(ctx.db, input) }),
    'products.get': (input) => products.get(input.id),
    'products.create': (input, call) => products.create(input, staffOf(call)),
    'products.update': (input, call) => products.update(input, staffOf(call)),
    'products.archive': (input, call) => products.archive(input.id, true, staffOf(call)),
    'products.restore': (input, call) => products.archive(input.id, false, staffOf(call)),
    'products.duplicate': (input, call) => products.duplicate(input, staffOf(call)),
    'products.bulkEdit': (input, call) => bulkEdit(ctx, products, input, staffOf(call)),
    'products.schedulePrice': (input, call) => products.get(schedules.schedule(input, staffOf(call))),
    'products.cancelScheduledPrice': (input, call) => products.get(schedules.cancel(input.scheduledId, staffOf(call))),
    'products.generateBarcode': () => {
      const store = ctx.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
      return { code: generateInStoreBarcode(ctx.db, ctx.settings.instoreRules(store.currencyExponent)) };
    },
    'products.setImage': (input, call) => setImage(input, staffOf(call)),
    'products.image': (input) => {
      const p = ctx.db.first(ctx.db.q.selectFrom('products').select('image').where('id', '=', input.id)) ?? fail('not_found', 'No such product');
      return p.image === null ? null : images.read(p.image);
    },
  };
  return { products, schedules, handlers };
}
