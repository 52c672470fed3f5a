import type Database from 'better-sqlite3';
import { withCheckDigit } from '../shared/barcode';
import { QTY_ONE } from '../shared/domain/units';
import { newId, systemClock } from '../electron/core/clock';
import { documentHash, type StoredRow } from '../electron/core/documents/canonical';
import { nextEntry } from '../electron/core/journal/entry-format';
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
 * One transaction, so the WAL is synced once rather than 200,000 times. Stock goes in as
 * the app keeps it: one journaled opening-stock document whose movements the trigger
 * turns into on-hand figures, so Verify journal finds the store intact.
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
  const tillId = sqlite.prepare('select id from tills limit 1').pluck().get() as string;
  const docId = newId(systemClock);
  const insertStock = sqlite.prepare(
    `insert into stock_movements (id, product_id, till_id, qty_delta, reason, doc_id, created_at)
     values (?, ?, ?, ?, 'opening', ?, ?)`,
  );

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
      const onHand = intBetween(rng, 0, 200) * QTY_ONE;
      if (onHand !== 0) insertStock.run(newId(systemClock), id, tillId, onHand, docId, at);
      products.push({ id, barcode, name });
    }
    journalOpeningStock(sqlite, tillId, docId, at);
    return products;
  })();
}

/** The journal entry and outbox row of the seeded opening stock, as the document writer writes them. */
function journalOpeningStock(sqlite: Database.Database, tillId: string, docId: string, at: string): void {
  const rows = sqlite.prepare('select * from stock_movements where doc_id = ?').all(docId) as StoredRow[];
  const docHash = documentHash({ kind: 'stock.opening', id: docId, tillId, number: null, tables: { stock_movements: rows } });
  const head = sqlite.prepare('select seq, hash from journal order by seq desc limit 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const entry = nextEntry(head, {
    id: newId(systemClock),
    tillId,
    kind: 'stock.opening',
    docId,
    payload: { number: null, series: null, no: null, docHash, summary: { seeded: 'bench', movements: rows.length } },
    createdAt: at,
  });
  sqlite
    .prepare(
      `insert into journal (seq, id, till_id, kind, doc_id, payload, prev_hash, hash, created_at, format)
       values (@seq, @id, @till_id, @kind, @doc_id, @payload, @prev_hash, @hash, @created_at, @format)`,
    )
    .run(entry);
  sqlite
    .prepare('insert into outbox (doc_id, kind, till_id, journal_seq, created_at) values (?, ?, ?, ?, ?)')
    .run(docId, 'stock.opening', tillId, entry.seq, at);
}
