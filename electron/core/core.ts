import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TillSettings } from '../../shared/contract/admin';
import { CartService } from './cart/cart-service';
import { CatalogService } from './catalog/catalog-service';
import { systemClock, type Clock } from './clock';
import { openDatabase } from './db/connection';
import type { SqlDb } from './db/sql';
import { createPrinter } from './devices/printer/create-printer';
import { EventBus } from './events';
import { createHandlers } from './handlers';
import { Journal } from './journal/journal';
import { PrintService, type PrinterFactory } from './receipts/print-service';
import { createRouter, type Router } from './router';
import { Sessions } from './session/sessions';
import { SettingsStore } from './settings/settings-store';
import { SetupService } from './setup/setup-service';
import { StaffService } from './staff/staff-service';

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
}

export interface CoreServices {
  settings: SettingsStore;
  catalog: CatalogService;
  carts: CartService;
  journal: Journal;
  staff: StaffService;
  sessions: Sessions;
  setup: SetupService;
  printing: PrintService;
}

export interface Core {
  router: Router;
  events: EventBus;
  db: SqlDb;
  services: CoreServices;
  /** Forget the session of a closed connection. */
  disconnect(connectionId: string): void;
  close(): Promise<void>;
}

export const defaultPrinterFactory: PrinterFactory = (s: TillSettings) =>
  createPrinter(s.printerUri, { columns: s.printerColumns, drawerPin: s.drawerPin });

/** Builds the whole POS core in plain Node: database, services, devices and router. */
export async function createCore(opts: CoreOptions): Promise<Core> {
  const clock = opts.clock ?? systemClock;
  const db = openDatabase(opts.dataDir);
  const events = new EventBus();
  const settings = new SettingsStore(db);
  const journal = new Journal(db, clock);
  const staff = new StaffService(db, clock);
  const catalog = new CatalogService(db);
  const carts = new CartService(db, clock, catalog, settings);
  const sessions = new Sessions(staff, clock);
  const setup = new SetupService(
    { db, clock, settings, staff, journal },
    opts.resourcesDir ?? defaultResourcesDir(),
  );
  if (opts.printerUri) settings.set('till', { ...settings.tillSettings(), printerUri: opts.printerUri });
  const printing = new PrintService(db, clock, events, opts.printerFactory ?? defaultPrinterFactory, settings.tillSettings());
  if (opts.demo && !setup.isSetUp()) await setup.loadDemo();
  await printing.start();

  const services = { settings, catalog, carts, journal, staff, sessions, setup, printing };
  const handlers = createHandlers({ db, clock, events, version: opts.version ?? '0.0.0', ...services });
  const router = createRouter(handlers, (id) => sessions.get(id));
  return {
    router,
    events,
    db,
    services,
    disconnect: (id) => sessions.logout(id),
    async close() {
      await printing.stop();
      db.close();
    },
  };
}

function defaultResourcesDir(): string {
  // Bundled main code sits in dist/electron/, sources in electron/core/: both are two levels below the root.
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'resources');
}
