import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TillSettings } from '../../shared/contract/admin';
import { EVENT_ACCESS, type EventMap, type EventName } from '../../shared/contract/events';
import { appDomain } from './app/domain';
import { cartDomain } from './cart/domain';
import { catalogDomain } from './catalog/domain';
import { catalogIoDomain } from './catalogio/domain';
import { categoriesDomain } from './categories/domain';
import { systemClock, type Clock } from './clock';
import type { CoreContext } from './context';
import { openDatabase } from './db/connection';
import { lockDataFolder } from './db/data-folder-lock';
import type { SqlDb } from './db/sql';
import { devicesDomain } from './devices/domain';
import { DocumentWriter } from './documents/document-writer';
import { createPrinter } from './devices/printer/create-printer';
import { creditDomain } from './credit/domain';
import { customersDomain } from './customers/domain';
import { giftCardsDomain } from './giftcards/domain';
import { EventBus } from './events';
import { journalDomain } from './journal/domain';
import type { PrinterFactory } from './receipts/print-service';
import { productsDomain } from './products/domain';
import { purchasingDomain } from './purchasing/domain';
import { reasonsDomain } from './reasons/domain';
import { receiptsDomain } from './receipts/domain';
import { createRouter, mayAccess, type Handlers, type Router } from './router';
import { returnsDomain } from './returns/domain';
import { salesDomain } from './sales/domain';
import { sessionDomain } from './session/domain';
import { fillCurrencyExponent } from './settings/fill-currency-exponent';
import { labelsDomain } from './labels/domain';
import { rulesDomain, tendersDomain, terminalDomain } from './payments/domain';
import { settingsDomain } from './settings/domain';
import { SettingsStore } from './settings/settings-store';
import { setupDomain } from './setup/domain';
import { shelfLabelsDomain } from './shelf-labels/domain';
import { stockDomain } from './stock/domain';
import { StaffService } from './staff/staff-service';
import { stockTakeDomain } from './stocktake/domain';
import { storeDomain } from './store/domain';
import { suppliersDomain } from './suppliers/domain';
import { tillDomain } from './till/domain';

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  /** Sets (and saves) this till's printer address, e.g. from `--printer tcp://...`. */
  printerUri?: string;
  /** Load the demo shop if the data folder is empty. */
  demo?: boolean;
  /** Where resources/ lives (the demo catalog); defaults to the repository's. */
  resourcesDir?: string;
  /** Tests inject a printer here. */
  printerFactory?: PrinterFactory;
  version?: string;
  /** better-sqlite3 built for another ABI (Electron's); see db/sqlite-options.ts. */
  sqliteBinding?: string;
  /** Who holds the data folder, for the message a second copy prints ("the web host"). */
  holder?: string;
}

/** A push as a transport forwards it to one connection. */
export type PushListener = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export interface Core {
  router: Router;
  events: EventBus;
  db: SqlDb;
  services: ReturnType<typeof buildDomains>['services'];
  /** The one-time code a browser needs to set up this empty store; null once set up. */
  setupToken(): string | null;
  /** Lets a connection set up the store without the code: Electron's first window. */
  allowSetup(connectionId: string): void;
  /** Pushes for one connection, filtered by what its session may see when each is sent. */
  subscribe(connectionId: string, listener: PushListener): () => void;
  /** Forget the session of a closed connection. */
  disconnect(connectionId: string): void;
  close(): Promise<void>;
}

export const defaultPrinterFactory: PrinterFactory = (s: TillSettings) =>
  createPrinter(s.printerUri, { columns: s.printerColumns, drawerPin: s.drawerPin });

/** Builds the whole POS core in plain Node: database, services, devices and router. */
export async function createCore(opts: CoreOptions): Promise<Core> {
  const lock = lockDataFolder(opts.dataDir, { holder: opts.holder ?? 'Tillbox', nativeBinding: opts.sqliteBinding });
  let db: SqlDb;
  try {
    db = openDatabase(opts.dataDir, { nativeBinding: opts.sqliteBinding });
  } catch (err) {
    lock.release();
    throw err;
  }
  try {
    return await startCore(opts, db, () => lock.release());
  } catch (err) {
    // Whatever failed on the way up, the folder is left as it was found: closed and unlocked.
    db.close();
    lock.release();
    throw err;
  }
}

async function startCore(opts: CoreOptions, db: SqlDb, releaseLock: () => void): Promise<Core> {
  const clock = opts.clock ?? systemClock;
  const ctx: CoreContext = {
    db,
    clock,
    events: new EventBus(),
    settings: new SettingsStore(db),
    documents: new DocumentWriter(db, clock),
    version: opts.version ?? '0.0.0',
  };
  // Before any domain exists: every reader of the store may count on its exponent.
  fillCurrencyExponent(ctx.settings, (message) => console.warn(message));
  if (opts.printerUri) ctx.settings.set('till', { ...ctx.settings.tillSettings(), printerUri: opts.printerUri });
  const { services, handlers } = buildDomains(ctx, opts);
  if (opts.demo && !services.setup.isSetUp()) {
    await services.setup.loadDemo();
    services.gate.close();
  }
  services.printing.recoverUnfinished();
  await services.printing.start();
  services.priceSchedules.start();

  const router = createRouter(handlers, {
    sessionOf: (id) => services.sessions.get(id),
    setupAllowed: (id) => services.gate.isAllowed(id),
  });
  return {
    router,
    events: ctx.events,
    db,
    services,
    setupToken: () => services.gate.currentToken,
    allowSetup: (id) => services.gate.allow(id),
    subscribe: (connectionId, listener) =>
      ctx.events.onAny((event, payload) => {
        if (mayAccess(EVENT_ACCESS[event], services.sessions.get(connectionId))) listener(event, payload);
      }),
    disconnect: (id) => {
      services.sessions.logout(id);
      services.gate.forget(id);
    },
    async close() {
      services.priceSchedules.stop();
      await services.printing.stop();
      db.close();
      releaseLock();
    },
  };
}

/** One line per domain: each folder builds its services and the handlers of its channels. */
function buildDomains(ctx: CoreContext, opts: CoreOptions) {
  const staff = new StaffService(ctx.db, ctx.clock);
  const journal = journalDomain(ctx, { dataDir: opts.dataDir, nativeBinding: opts.sqliteBinding });
  const setup = setupDomain(ctx, { staff, resourcesDir: opts.resourcesDir ?? defaultResourcesDir() });
  const app = appDomain(ctx, { gate: setup.gate });
  const session = sessionDomain(ctx, { staff });
  const catalog = catalogDomain(ctx);
  const reasons = reasonsDomain(ctx);
  const cart = cartDomain(ctx, { catalog: catalog.catalog, approvals: session.approvals, reasons: reasons.reasons });
  const returns = returnsDomain(ctx, { returns: cart.returns });
  const store = storeDomain(ctx);
  const receipts = receiptsDomain(ctx, { printerFactory: opts.printerFactory ?? defaultPrinterFactory });
  const terminal = terminalDomain(ctx);
  const tenders = tendersDomain(ctx);
  const rules = rulesDomain(ctx);
  const sales = salesDomain(ctx, { carts: cart.carts, printing: receipts.printing, pushCart: cart.pushed, terminals: terminal.hub });
  const devices = devicesDomain({ printing: receipts.printing });
  const settings = settingsDomain(ctx, { printing: receipts.printing });
  const till = tillDomain(ctx);
  const labels = labelsDomain(ctx);
  const customers = customersDomain(ctx);
  const credit = creditDomain(ctx);
  const giftcards = giftCardsDomain(ctx);
  const shelfLabels = shelfLabelsDomain(ctx, { printing: receipts.printing });
  const catalogio = catalogIoDomain(ctx, { dataDir: opts.dataDir, nativeBinding: opts.sqliteBinding });
  const products = productsDomain(ctx, { dataDir: opts.dataDir });
  const categories = categoriesDomain(ctx);
  const suppliers = suppliersDomain(ctx);
  const stocktake = stockTakeDomain(ctx, { catalog: catalog.catalog });
  const purchasing = purchasingDomain(ctx);
  const stock = stockDomain(ctx, { dataDir: opts.dataDir, nativeBinding: opts.sqliteBinding });

  const handlers: Handlers = {
    ...app.handlers,
    ...setup.handlers,
    ...session.handlers,
    ...catalog.handlers,
    ...cart.handlers,
    ...sales.handlers,
    ...receipts.handlers,
    ...devices.handlers,
    ...journal.handlers,
    ...settings.handlers,
    ...till.handlers,
    ...labels.handlers,
    ...customers.handlers,
    ...credit.handlers,
    ...giftcards.handlers,
    ...reasons.handlers,
    ...terminal.handlers,
    ...tenders.handlers,
    ...rules.handlers,
    ...returns.handlers,
    ...store.handlers,
    ...shelfLabels.handlers,
    ...catalogio.handlers,
    ...products.handlers,
    ...categories.handlers,
    ...suppliers.handlers,
    ...stocktake.handlers,
    ...purchasing.handlers,
    ...stock.handlers,
  };
  const services = {
    settings: ctx.settings,
    documents: ctx.documents,
    staff,
    journal: journal.verifier,
    setup: setup.service,
    gate: setup.gate,
    sessions: session.sessions,
    approvals: session.approvals,
    catalog: catalog.catalog,
    carts: cart.carts,
    printing: receipts.printing,
    products: products.products,
    priceSchedules: products.schedules,
  };
  return { services, handlers };
}

function defaultResourcesDir(): string {
  // Bundled main code sits in dist/electron/, sources in electron/core/: both are two levels below the root.
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'resources');
}
