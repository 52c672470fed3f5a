import { localDate } from '../clock';
import { staffOf, type CoreContext } from '../context';
import { fail } from '../errors';
import { homeLocationId } from '../inventory/locations';
import type { HandlersOf } from '../router';
import { lowStockCount, lowStockPage } from './low-stock';
import { listOrders, orderView } from './order-read';
import { orderPdf } from './order-pdf';
import { cancelOrder, closeOrder, sendOrder } from './order-status';
import { createOrder, updateOrder } from './order-write';
import { receiveOrder } from './receive';
import { stockLocationChoices } from '../inventory/locations';
import { reorderFigures, setReorderFigures } from './reorder-figures';
import { createSuggested, suggestion } from './suggest';

/** purchasing.*: reorder figures, low stock, suggested and purchase orders, receiving. */
export function purchasingDomain(ctx: CoreContext) {
  const { db } = ctx;
  const at = (locationId: string | undefined) => locationId ?? homeLocationId(db);
  const handlers: HandlersOf<'purchasing'> = {
    'purchasing.locations': () => stockLocationChoices(db),
    'purchasing.reorderFigures': (input) => reorderFigures(db, input.productId),
    'purchasing.setReorderFigures': (input, call) => setReorderFigures(ctx, input, staffOf(call)),
    'purchasing.lowStock': (input) => lowStockPage(db, { ...input, locationId: at(input.locationId) }),
    'purchasing.lowStockCount': (input) => ({ count: lowStockCount(db, at(input?.locationId)) }),
    'purchasing.suggest': (input) => suggestion(db, at(input?.locationId)),
    'purchasing.createSuggested': (input, call) => createSuggested(ctx, input, staffOf(call)),
    'purchasing.list': (input) => listOrders(db, input),
    'purchasing.get': (input) => orderView(db, input.id),
    'purchasing.create': (input, call) => createOrder(ctx, input, staffOf(call)),
    'purchasing.update': (input, call) => updateOrder(ctx, input, staffOf(call)),
    'purchasing.send': (input, call) => sendOrder(ctx, input, staffOf(call)),
    'purchasing.cancel': (input, call) => cancelOrder(ctx, input, staffOf(call)),
    'purchasing.close': (input, call) => closeOrder(ctx, input, staffOf(call)),
    'purchasing.receive': (input, call) => receiveOrder(ctx, input, staffOf(call)),
    'purchasing.pdf': async (input) => {
      const o = orderView(db, input.id);
      const store = ctx.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
      const supplier = db.first(db.q.selectFrom('suppliers').select('address').where('id', '=', o.supplierId));
      const location = db.first(
        db.q.selectFrom('locations').select(['name', 'address']).where('id', '=', o.locationId),
      );
      const bytes = await orderPdf(o, {
        store: { name: store.name, address: store.address },
        supplier: { name: o.supplierName, contact: o.supplierContact, address: supplier?.address ?? '' },
        deliverTo: { name: `${store.name} - ${location?.name ?? ''}`, address: location?.address || store.address },
        date: (o.sentAt ?? o.createdAt).slice(0, 10) || localDate(ctx.clock),
        money: { currency: store.currency, currencyExponent: store.currencyExponent, locale: store.locale },
      });
      return { pdf: bytes.toString('base64'), fileName: `${o.reference}.pdf` };
    },
  };
  return { handlers };
}
