import type { AppStatus } from '../../shared/contract';
import type { CartView } from '../../shared/domain/cart';
import type { Clock } from './clock';
import type { CoreServices } from './core';
import type { SqlDb } from './db/sql';
import { fail } from './errors';
import type { EventBus } from './events';
import type { CallContext, Handlers } from './router';
import { payCash } from './sales/checkout';
import { loadReceiptDoc } from './sales/receipt-doc';
import { recentSales } from './sales/recent-sales';

export type HandlerDeps = CoreServices & { db: SqlDb; clock: Clock; events: EventBus; version: string };

/** One handler per channel; the router has already validated input and permission. */
export function createHandlers(d: HandlerDeps): Handlers {
  const tillId = (): string => d.settings.get('tillId') ?? fail('not_set_up', 'The store is not set up yet');
  const staffOf = (ctx: CallContext) => ctx.session?.staff ?? fail('not_logged_in', 'Log in first');
  const status = (ctx: CallContext): AppStatus => {
    const id = d.settings.get('tillId');
    const till = id ? d.db.first(d.db.q.selectFrom('tills').select(['id', 'code', 'name']).where('id', '=', id)) : undefined;
    return {
      version: d.version,
      setUp: d.setup.isSetUp(),
      demo: d.settings.get('demo') ?? false,
      store: d.settings.get('store') ?? null,
      till: till ?? null,
      session: ctx.session,
      scanner: { prefix: d.settings.tillSettings().scannerPrefix },
    };
  };
  /** Every cart change is pushed too, for a customer display or a second window. */
  const pushed = (cart: CartView): CartView => {
    d.events.emit('cart.updated', cart);
    return cart;
  };

  return {
    'app.status': (_input, ctx) => status(ctx),
    'setup.createStore': async (input, ctx) => {
      await d.setup.createStore({
        store: input.store,
        taxRates: [{ code: 'A', name: input.taxRate.name, rateBps: input.taxRate.rateBps }],
        staff: [{ name: input.owner.name, role: 'owner', pin: input.owner.pin }],
      });
      return status(ctx);
    },
    'setup.loadDemo': async (_input, ctx) => {
      await d.setup.loadDemo();
      return status(ctx);
    },

    'session.login': (input, ctx) => d.sessions.login(ctx.connectionId, input.pin),
    'session.logout': (_input, ctx) => {
      d.sessions.logout(ctx.connectionId);
      return null;
    },

    'catalog.categories': () => d.catalog.categories(),
    'catalog.taxRates': () => d.catalog.taxRates(),
    'catalog.products': (input) => d.catalog.products(input),
    'catalog.search': (input) => d.catalog.search(input.query, input.limit),
    'catalog.lookup': (input) => {
      const store = d.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
      const match = d.catalog.lookupCode(input.code, d.settings.instoreRules(), store.currency);
      return match?.product ?? fail('not_found', `Nothing has the code ${input.code}`);
    },

    'cart.get': () => d.carts.view(tillId()),
    'cart.scan': (input, ctx) => pushed(d.carts.scan(tillId(), staffOf(ctx).id, input.code)),
    'cart.addProduct': (input, ctx) => pushed(d.carts.addProduct(tillId(), staffOf(ctx).id, input.productId, input.qty)),
    'cart.setQty': (input) => pushed(d.carts.setQty(tillId(), input.lineId, input.qty)),
    'cart.removeLine': (input) => pushed(d.carts.removeLine(tillId(), input.lineId)),
    'cart.clear': () => pushed(d.carts.clear(tillId())),

    'sale.payCash': (input, ctx) => {
      const id = tillId();
      const done = payCash(
        { db: d.db, clock: d.clock, carts: d.carts, journal: d.journal, settings: d.settings },
        { tillId: id, staff: staffOf(ctx), tendered: input.tendered },
      );
      pushed(d.carts.view(id));
      // Printing starts after this reply has gone out and is never awaited: the till
      // moves on, and the outcome arrives as a print.job push.
      setImmediate(() => void d.printing.print(done.printJobId));
      return {
        receipt: loadReceiptDoc(d.db, done.saleId, { reprint: false }),
        change: done.change,
        printJob: d.printing.job(done.printJobId),
      };
    },
    'sale.recent': (input) => recentSales(d.db, tillId(), input.limit),
    'sale.receipt': (input) => loadReceiptDoc(d.db, input.saleId, { reprint: false }),
    'receipt.reprint': (input) => d.printing.reprint(input.saleId),

    'devices.printerStatus': () => d.printing.status(),
    'journal.verify': () => d.journal.verify(),
    'settings.get': () => d.settings.tillSettings(),
    'settings.update': async (input) => {
      const next = { ...d.settings.tillSettings(), ...input };
      d.settings.set('till', next);
      if (input.printerUri !== undefined || input.drawerPin !== undefined || input.printerColumns !== undefined) {
        await d.printing.reconfigure(next);
      }
      return next;
    },
  };
}
