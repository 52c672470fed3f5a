/**
 * The store's currency exponent: saved at setup from ISO 4217, filled once for stores saved
 * before it existed, and the only exponent prices, labels, imports and receipts use.
 * HUF and IQD are the currencies where Node 20's Intl (ICU 78) disagrees with ISO 4217:
 * it gives them 0 digits, ISO 2 and 3.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCatalog } from '../../electron/core/catalog/catalog-import';
import { createCore } from '../../electron/core/core';
import { withCheckDigit } from '../../shared/barcode';
import { decodeEscPos } from '../devices/escpos-decode';
import { RESOURCES, snapshot, startCore, tempDataDir, waitFor, type Connection, type TestCore } from './harness';

const dirs: { remove(): void }[] = [];
const cores: TestCore[] = [];
afterEach(async () => {
  for (const t of cores.splice(0)) await t.core.close();
  dirs.splice(0).forEach((d) => d.remove());
  vi.restoreAllMocks();
});
function freshDir(): string {
  const d = tempDataDir();
  dirs.push(d);
  return d.dir;
}

const OWNER_PIN = '2468';

/** A new store in this currency with one 0% tax rate, and its owner logged in. */
async function storeIn(currency: string, locale: string): Promise<{ t: TestCore; owner: Connection }> {
  const t = await startCore(freshDir());
  cores.push(t);
  const owner = await t.setupConnection();
  await owner.ok('setup.createStore', {
    store: { name: 'Shop', address: '', currency, locale, taxInclusive: true },
    taxRate: { name: 'Zero', rateBps: 0 },
    owner: { name: 'Olga', pin: OWNER_PIN },
  });
  await owner.ok('session.login', { pin: OWNER_PIN });
  return { t, owner };
}

/** A product registered under `code`, straight into the catalog as an import would put it. */
function addProduct(t: TestCore, p: { sku: string; code: string; price: number; unit: 'each' | 'kg' }): void {
  const db = t.core.db.sqlite;
  const rateId = db.prepare('select id from tax_rates limit 1').pluck().get() as string;
  db.prepare(
    "insert into products (id, sku, name, price, tax_rate_id, unit, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 1, '', '')",
  ).run(`p-${p.sku}`, p.sku, p.sku, p.price, rateId, p.unit);
  db.prepare('insert into barcodes (code, product_id) values (?, ?)').run(p.code, `p-${p.sku}`);
}

describe('the currency exponent is saved at setup from ISO 4217', () => {
  it("setup saves the currency's minor-unit exponent from ISO 4217, not from the runtime's Intl", async () => {
    for (const [currency, locale, exponent] of [
      ['HUF', 'hu-HU', 2],
      ['IQD', 'ar-IQ', 3],
      ['JPY', 'ja-JP', 0],
      ['EUR', 'de-DE', 2],
    ] as const) {
      const { owner } = await storeIn(currency, locale);
      expect((await owner.ok('app.status')).store, currency).toMatchObject({ currency, currencyExponent: exponent });
    }
  });

  it("the demo store saves its currency's exponent the same way", async () => {
    const t = await startCore(freshDir(), { demo: true });
    cores.push(t);
    expect((await t.connect().ok('app.status')).store).toMatchObject({ currency: 'GBP', currencyExponent: 2 });
    const entry = t.core.db.sqlite.prepare("select payload from journal where kind = 'store.created'").pluck().get();
    expect(JSON.parse(String(entry))).toMatchObject({ store: { currency: 'GBP', currencyExponent: 2 } });
  });

  it('a currency not in ISO 4217 is refused at setup with a clear message, and nothing is created', async () => {
    const t = await startCore(freshDir());
    cores.push(t);
    const c = await t.setupConnection();
    for (const [currency, message] of [
      ['XYZ', 'XYZ is not an ISO 4217 currency'],
      ['BGN', 'BGN was withdrawn from ISO 4217 in 2026-01; choose the currency that replaced it'],
      ['XAU', 'XAU has no minor units in ISO 4217: nothing can be priced in it'],
    ] as const) {
      const r = await c.call('setup.createStore', {
        store: { name: 'Shop', address: '', currency, locale: 'en-GB', taxInclusive: true },
        taxRate: { name: 'Std', rateBps: 2000 },
        owner: { name: 'Olga', pin: OWNER_PIN },
      });
      expect(r.ok ? null : r.error, currency).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'store.currency', message }],
      });
    }
    expect((await c.ok('app.status')).setUp).toBe(false);
    expect(snapshot(t.core)).toMatchObject({ staff: 0, journal: 0 });
  });
});

describe('a store saved before the exponent existed', () => {
  /** Saves a demo store, then rewrites its settings as an older release left them. */
  async function legacyStore(currency: string): Promise<string> {
    const dir = freshDir();
    const first = await createCore({ dataDir: dir, resourcesDir: RESOURCES, demo: true, printerUri: 'none' });
    first.db.sqlite
      .prepare(
        "update settings set value = json_remove(json_set(value, '$.currency', ?), '$.currencyExponent') where key = 'store'",
      )
      .run(currency);
    await first.close();
    return dir;
  }

  it('gets its exponent once from ISO 4217 when the core starts', async () => {
    const dir = await legacyStore('GBP');
    const core = await createCore({ dataDir: dir, resourcesDir: RESOURCES, printerUri: 'none' });
    expect(core.services.settings.get('store')).toMatchObject({ currency: 'GBP', currencyExponent: 2 });
    const saved = core.db.sqlite.prepare("select value from settings where key = 'store'").pluck().get();
    expect(JSON.parse(String(saved))).toMatchObject({ currencyExponent: 2 });
    await core.close();
  });

  it('where Intl used other digits, ISO 4217 still decides, and the start warns to check prices', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dir = await legacyStore('HUF');
    const core = await createCore({ dataDir: dir, resourcesDir: RESOURCES, printerUri: 'none' });
    expect(core.services.settings.get('store')?.currencyExponent).toBe(2);
    const intl = new Intl.NumberFormat('en', { style: 'currency', currency: 'HUF' }).resolvedOptions();
    if (intl.maximumFractionDigits !== 2) {
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Store currency HUF: saved 2 decimals from ISO 4217/));
    }
    await core.close();
  });

  it('with a currency withdrawn since, gets the minor units it last had', async () => {
    const dir = await legacyStore('BGN');
    const core = await createCore({ dataDir: dir, resourcesDir: RESOURCES, printerUri: 'none' });
    expect(core.services.settings.get('store')).toMatchObject({ currency: 'BGN', currencyExponent: 2 });
    await core.close();
  });

  it('with a code ISO 4217 never had, is refused in one sentence and the folder stays usable', async () => {
    const dir = await legacyStore('XYZ');
    await expect(createCore({ dataDir: dir, resourcesDir: RESOURCES, printerUri: 'none' })).rejects.toThrow(
      /currency XYZ is not in ISO 4217/,
    );
    // The lock was released: the next start gets as far as the same check, not "in use".
    await expect(createCore({ dataDir: dir, resourcesDir: RESOURCES, printerUri: 'none' })).rejects.toThrow(
      /currency XYZ is not in ISO 4217/,
    );
  });
});

describe("everything takes the store's saved exponent", () => {
  it("an in-store price label decodes in the store's minor units: a yen label is whole yen, a forint label fillér", async () => {
    // 23 00001 01234 C: the default 23 rule, value 01234.
    const label = withCheckDigit('230000101234');
    const lookup = withCheckDigit('230000100000');
    const yen = await storeIn('JPY', 'ja-JP');
    addProduct(yen.t, { sku: 'CAKE', code: lookup, price: 500, unit: 'each' });
    expect((await yen.owner.ok('cart.scan', { code: label })).lines[0]).toMatchObject({
      amount: 1234,
      fixedAmount: true,
    });
    expect((await yen.owner.ok('catalog.lookup', { code: label })).sku).toBe('CAKE');

    const forint = await storeIn('HUF', 'hu-HU');
    addProduct(forint.t, { sku: 'CAKE', code: lookup, price: 500, unit: 'each' });
    // 12,34 Ft: ISO's 2 decimals, where Intl on Node 20 would have made it 1234 Ft.
    expect((await forint.owner.ok('cart.scan', { code: label })).lines[0]?.amount).toBe(1234);
  });

  it("the catalog import reads prices at the store's saved exponent, and only in the store's currency", async () => {
    const { t } = await storeIn('IQD', 'en-US');
    const deps = { db: t.core.db, clock: { now: () => new Date() }, writer: t.core.services.documents };
    const tillId = t.core.services.settings.get('tillId') ?? '';
    const csv = 'barcode,sku,name,price\n5000112004175,GUM,Gum,1.25\n4006381333931,MINT,Mints,2.125';
    expect(importCatalog(deps, csv, { currency: 'IQD', tillId })).toMatchObject({ created: 2, issues: [] });
    const prices = t.core.db.sqlite.prepare('select sku, price from products order by sku').all();
    // 1.25 and 2.125 dinars in fils: ISO gives IQD 3 decimals (Intl on Node 20: none).
    expect(prices).toEqual([
      { sku: 'GUM', price: 1250 },
      { sku: 'MINT', price: 2125 },
    ]);
    expect(() => importCatalog(deps, csv, { currency: 'USD', tillId })).toThrow(
      /priced in USD but the store sells in IQD/,
    );
  });

  it("the printed receipt shows amounts with the store's saved decimals", async () => {
    const { t, owner } = await storeIn('IQD', 'en-US');
    addProduct(t, { sku: 'TEA', code: '5000112004175', price: 1250, unit: 'each' });
    const cart = await owner.ok('cart.scan', { code: '5000112004175' });
    await owner.ok('sale.payCash', { tendered: 2000, cartVersion: cart.version });
    // Printing runs after the reply to the payment.
    await waitFor(() => t.printer.jobs.some((j) => j.kind === 'receipt'));
    const job = t.printer.jobs.find((j) => j.kind === 'receipt');
    const text = decodeEscPos(job?.bytes ?? Buffer.alloc(0)).text.map((l) => l.replace(/\u00a0/g, ' '));
    expect(text.some((l) => /^TEA +IQD 1\.250 A$/.test(l.trimEnd()))).toBe(true);
    expect(text.some((l) => /^Change +IQD 0\.750$/.test(l.trimEnd()))).toBe(true);
  });
});
