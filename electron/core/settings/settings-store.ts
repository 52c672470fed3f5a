import type { TillSettings } from '../../../shared/contract/admin';
import {
  DEFAULT_SALES_RULES,
  DEFAULT_TERMINAL_SETTINGS,
  type SalesRules,
  type StoreSettings,
  type TerminalSettings,
} from '../../../shared/domain/store';
import { defaultInStoreRules, type InStoreRule } from '../../../shared/instore-rules';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';

/** Every setting key and the type of its JSON value. */
export interface SettingValues {
  store: StoreSettings;
  /** The till this installation is. */
  tillId: string;
  demo: boolean;
  till: TillSettings;
  instoreRules: InStoreRule[];
  sales: SalesRules;
  terminal: TerminalSettings;
}

export const DEFAULT_TILL_SETTINGS: TillSettings = {
  printerUri: 'none',
  drawerPin: 2,
  printerColumns: 42,
  allowNegativeStock: true,
  scannerPrefix: '',
  startScreen: 'till',
};

/**
 * One setting as saved, uncached: for code that runs inside a transaction on the writer
 * without the SettingsStore at hand (the catalog import reads the store's exponent).
 */
const settingQuery = prepared((q, arg: Arg<{ key: string }>) => q.selectFrom('settings').select('value').where('key', '=', arg('key')));

export function readSetting<K extends keyof SettingValues>(db: SqlDb, key: K): SettingValues[K] | undefined {
  const row = db.first(settingQuery.with({ key }));
  return row ? (JSON.parse(row.value) as SettingValues[K]) : undefined;
}

/**
 * Key/value settings held as JSON. Reads are cached because the store settings are
 * consulted on every cart change; writes go through set() so the cache stays true.
 */
export class SettingsStore {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly db: SqlDb) {}

  get<K extends keyof SettingValues>(key: K): SettingValues[K] | undefined {
    if (this.cache.has(key)) return this.cache.get(key) as SettingValues[K] | undefined;
    const value = readSetting(this.db, key);
    this.cache.set(key, value);
    return value;
  }

  set<K extends keyof SettingValues>(key: K, value: SettingValues[K]): void {
    const json = JSON.stringify(value);
    this.db.run(
      this.db.q
        .insertInto('settings')
        .values({ key, value: json })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json })),
    );
    this.cache.set(key, value);
  }

  /** Forget cached values, e.g. when a transaction that wrote settings rolled back. */
  reset(): void {
    this.cache.clear();
  }

  tillSettings(): TillSettings {
    return { ...DEFAULT_TILL_SETTINGS, ...this.get('till') };
  }

  salesRules(): SalesRules {
    const saved = this.get('sales');
    return {
      ...DEFAULT_SALES_RULES,
      ...saved,
      discountLimits: { ...DEFAULT_SALES_RULES.discountLimits, ...saved?.discountLimits },
    };
  }

  terminal(): TerminalSettings {
    return { ...DEFAULT_TERMINAL_SETTINGS, ...this.get('terminal') };
  }

  /** The store's saved currency exponent (StoreSettings.currencyExponent). */
  currencyExponent(): number {
    return (this.get('store') ?? fail('not_set_up', 'The store is not set up yet')).currencyExponent;
  }

  /** The saved label rules, or the defaults for a store with this currency exponent. */
  instoreRules(currencyExponent: number): readonly InStoreRule[] {
    return this.get('instoreRules') ?? defaultInStoreRules(currencyExponent);
  }
}
