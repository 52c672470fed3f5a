import fs from 'node:fs';
import path from 'node:path';
import type { StoreSettings } from '../../../shared/domain/store';
import type { Role } from '../../../shared/permissions';
import { newId, nowIso, type Clock } from '../clock';
import { importCatalog } from '../catalog/catalog-import';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import type { DocumentWriter } from '../documents/document-writer';
import type { SettingsStore } from '../settings/settings-store';
import { hashPin } from '../staff/pin-hash';
import { withIsoExponent } from './store-currency';
import type { StaffService } from '../staff/staff-service';

export interface NewStore {
  store: StoreSettings;
  till: { code: string; name: string };
  taxRates: { code: string; name: string; rateBps: number }[];
  staff: { name: string; role: Role; pin: string }[];
}

interface DemoFile {
  store: StoreSettings;
  till: NewStore['till'];
  taxRates: NewStore['taxRates'];
  staff: NewStore['staff'];
  categoryColors: Record<string, string>;
  /** Products that sell gift cards (products.gift_card = 1). */
  giftCardSkus?: string[];
}

/** First run: an empty data folder becomes a store with one till, either new or the demo shop. */
export class SetupService {
  constructor(
    private readonly deps: { db: SqlDb; clock: Clock; settings: SettingsStore; staff: StaffService; writer: DocumentWriter },
    private readonly resourcesDir: string,
  ) {}

  isSetUp(): boolean {
    return this.deps.settings.get('store') !== undefined;
  }

  async createStore(input: NewStore): Promise<void> {
    if (this.isSetUp()) fail('already_set_up', 'This till already has a store');
    const hashes = await Promise.all(input.staff.map((s) => hashPin(s.pin)));
    this.inTransaction(() => this.writeStore(input, hashes, false));
  }

  async loadDemo(): Promise<void> {
    if (this.isSetUp()) fail('already_set_up', 'This till already has a store');
    const dir = path.join(this.resourcesDir, 'demo');
    const demo = JSON.parse(fs.readFileSync(path.join(dir, 'store.json'), 'utf8')) as DemoFile;
    const csv = fs.readFileSync(path.join(dir, 'catalog.csv'), 'utf8');
    const hashes = await Promise.all(demo.staff.map((s) => hashPin(s.pin)));
    const { db, clock, writer } = this.deps;
    this.inTransaction(() => {
      const tillId = this.writeStore(demo, hashes, true);
      const result = importCatalog({ db, clock, writer }, csv, {
        currency: demo.store.currency,
        categoryColors: demo.categoryColors,
        tillId,
      });
      if (result.issues.length > 0) {
        const first = result.issues[0];
        throw new Error(
          `The demo catalog has ${result.issues.length} issues, first: line ${first?.line} ${first?.message}`,
        );
      }
      const giftCards = demo.giftCardSkus ?? [];
      if (giftCards.length > 0) db.run(db.q.updateTable('products').set({ gift_card: 1 }).where('sku', 'in', giftCards));
    });
  }

  /** Call inside a transaction. Returns the id of this till. */
  private writeStore(input: NewStore, pinHashes: string[], demo: boolean): string {
    const { db, clock, settings, staff, writer } = this.deps;
    // Checked again here, inside the transaction: two setups racing through their PIN
    // hashing must not both create a store.
    if (this.isSetUp()) fail('already_set_up', 'This till already has a store');
    const store = withIsoExponent(input.store);
    const at = nowIso(clock);
    const tillId = newId(clock);
    db.run(db.q.insertInto('tills').values({ id: tillId, code: input.till.code, name: input.till.name, created_at: at }));
    db.run(db.q.insertInto('number_series').values({ till_id: tillId, series: 'receipt', next_no: 1 }));
    for (const rate of input.taxRates) {
      db.run(
        db.q
          .insertInto('tax_rates')
          .values({ id: newId(clock), code: rate.code, name: rate.name, rate_bps: rate.rateBps, created_at: at }),
      );
    }
    input.staff.forEach((s, i) => staff.insertHashed({ name: s.name, role: s.role, pinHash: pinHashes[i] ?? '' }));
    settings.set('tillId', tillId);
    settings.set('demo', demo);
    settings.set('store', store);
    writer.record('store.created', tillId, {
      store: { ...store },
      till: { code: input.till.code, name: input.till.name },
      taxRates: input.taxRates.map((r) => ({ ...r })),
      demo,
    });
    return tillId;
  }

  /** Settings are cached: a rolled-back setup must not leave a store in the cache. */
  private inTransaction(fn: () => void): void {
    try {
      this.deps.db.tx(fn);
    } catch (err) {
      this.deps.settings.reset();
      throw err;
    }
  }
}
