import type Database from 'better-sqlite3';
import { withCheckDigit } from '../shared/barcode';
import { QTY_ONE } from '../shared/domain/units';
import { newId, systemClock } from '../electron/core/clock';
import type { RouterClient as Client } from '../electron/core/router-client';
import { intBetween, seededRng } from './random';
import { CATEGORIES, productName } from './words';

export const OWNER_PIN = '2468';

export interface SeededProduct {
  id: string;
  barcode: string;
  name: string;
}

export async function createStore(client: Client): Promise<void> {
  await client.ok('setup.createStore', {
    store: {
      name: 'Bench Market',
      address: 'Hauptstrasse 1, Berlin',
      currency: 'EUR',
      locale: 'de-DE',
      taxInclusive: true,
    },
    taxRate: { name: 'Standard', rateBps: 1900 },
    owner: { name: 'Owner', pin: OWNER_PIN },
  });
}

/**
 * Bulk load straight into SQLite: the app has no bulk channel for 200,000 rows, and
 * going through the CSV import would measure the importer instead of the till.
 * One transaction, so the WAL is synced once rather than 200,000 times.
 */
export function insertProducts(sqlite: Database.Database, count: number): SeededProduct[] {
  const rng = seededRng(20240601);
  const at = new Date().toISOString();
  const taxRate = sqlite.prepare('select id from tax_rates limit 1').pluck().get() as string;
  const insertCategory = sqlite.prepare('insert into categories (id, name, color, position) values (?, ?, ?, ?)');
  const insertProduct = sqlite.prepare(
    `insert into products (id, sku, name, category_id, price, cost, tax_rate_id, unit, active, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, 'each', 1, ?, ?)`,
  );
  const insertBarcode = sqlite.prepare('insert into barcodes (code, product_id) values (?, ?)');
  const insertStock = sqlite.prepare('insert into stock_levels (product_id, on_hand, updated_at) values (?, ?, ?)');

  return sqlite.transaction(() => {
    const categoryIds = new Map<string, string>();
    CATEGORIES.forEach((name, i) => {
      const id = newId(systemClock);
      insertCategory.run(id, name, '#4c6ef5', i + 1);
      categoryIds.set(name, id);
    });
    const products: SeededProduct[] = [];
    for (let i = 0; i < count; i++) {
      const id = newId(systemClock);
      const { name, category } = productName(rng);
      const price = intBetween(rng, 49, 2999);
      // GS1 prefix 400-440 is Germany; the running number keeps every code unique.
      const barcode = withCheckDigit(`40${String(i).padStart(10, '0')}`);
      insertProduct.run(
        id,
        `SKU-${String(i + 1).padStart(6, '0')}`,
        name,
        categoryIds.get(category) ?? null,
        price,
        Math.round(price * 0.6),
        taxRate,
        at,
        at,
      );
      insertBarcode.run(barcode, id);
      insertStock.run(id, intBetween(rng, 0, 200) * QTY_ONE, at);
      products.push({ id, barcode, name });
    }
    return products;
  })();
}
