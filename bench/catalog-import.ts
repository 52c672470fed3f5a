/**
 * The catalog import at full size: a 200,000-row CSV uploaded, dry-run and imported
 * through the router in a store of its own, while a till connection keeps scanning.
 * The till's scan latency during the import shows whether the import's batches on the
 * till's writer (electron/core/catalogio/publish.ts) hold selling up.
 *
 * Where the time goes (node --cpu-prof): almost all of it inside SQLite, keeping the
 * products table's indexes (a dozen, and the name search's FTS) in step. A 500-row batch
 * dirties a page per row per index whose order the rows do not follow, and the commit
 * writes them all to the WAL. Writing new products in name order (writeOrder in
 * run-import.ts) made the name-led indexes local and halved the import (73 s -> 36 s on
 * the 2-core build machine); what is left is mostly the indexes no order helps: SKU
 * (twice: the unique index and products_page_sku, which repeats it), barcodes and price.
 * products_by_name likewise repeats products_page_name's leading column; dropping the two
 * repeats would take a share off every product insert.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withCheckDigit } from '../shared/barcode';
import { TRANSFER_CHUNK_BYTES, type ImportJobView } from '../shared/domain/catalog-io';
import { createCore } from '../electron/core/core';
import { connectRouter, type RouterClient } from '../electron/core/router-client';
import { SimulatedPrinter } from '../electron/core/devices/printer/simulated-printer';
import { EMPTY_CART } from './ours';
import { intBetween, pick, seededRng } from './random';
import { createStore, insertProducts, OWNER_PIN } from './seed';
import { fmtSummary, summarize } from './stats';
import { productName } from './words';

export const IMPORT_ROWS = 200_000;
/** The catalog the store has before the import, and the till scans from. */
const SEEDED_PRODUCTS = 10_000;
/** A busy till: a scan every few ms, far faster than a cashier, so every batch meets one. */
const SCAN_EVERY_MS = 5;
const HEADER = 'SKU,Name,Barcode,Category,Brand,Price,Cost,Tax,Unit,Stock';

/** A shop's catalog file: new products with a barcode, category, prices and opening stock. */
export function catalogCsv(rows: number): Buffer {
  const rng = seededRng(3141);
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const { name, category } = productName(rng);
    const price = intBetween(rng, 49, 2999);
    // 41 keeps clear of the seeded catalog's 40 range; the running number keeps codes unique.
    const barcode = withCheckDigit(`41${String(i).padStart(10, '0')}`);
    const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
    lines.push(
      [`IMP-${String(i + 1).padStart(6, '0')}`, `"${name}"`, barcode, category, 'Benchmark', money(price), money(Math.round(price * 0.6)), 'A', 'each', String(i % 40)].join(','),
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

export async function benchCatalogImport(resourcesDir: string, rows = IMPORT_ROWS): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-bench-import-'));
  const core = await createCore({ dataDir, resourcesDir, printerFactory: () => new SimulatedPrinter() });
  try {
    const office = connectRouter(core.router, 'bench:office');
    core.allowSetup('bench:office');
    await createStore(office);
    const seeded = insertProducts(core.db.sqlite, SEEDED_PRODUCTS);
    core.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await office.ok('session.login', { pin: OWNER_PIN });
    const till = connectRouter(core.router, 'bench:till');
    await till.ok('session.login', { pin: OWNER_PIN });
    const rng = seededRng(99);
    const codes = Array.from({ length: 5000 }, () => pick(rng, seeded).barcode);

    const file = catalogCsv(rows);
    const t0 = performance.now();
    const view = await upload(office, 'catalog.csv', file);
    const uploaded = performance.now();
    const report = await office.ok('catalogio.dryRun', { uploadId: view.uploadId, mapping: view.mapping });
    const checked = performance.now();
    if (report.issues.length > 0) throw new Error(`the bench file has bad rows: ${JSON.stringify(report.issues.slice(0, 3))}`);

    await till.ok('cart.voidSale', EMPTY_CART);
    const phases = new Map<string, number>();
    const started = performance.now();
    const job = await office.ok('catalogio.import', { uploadId: view.uploadId, mapping: view.mapping });
    let last: ImportJobView = job;
    const watch = (async () => {
      for (;;) {
        last = (await office.ok('catalogio.status', { jobId: job.id })) ?? last;
        if (!phases.has(last.status)) phases.set(last.status, performance.now() - started);
        if (last.status === 'done' || last.status === 'failed' || last.status === 'cancelled') return;
        await sleep(50);
      }
    })();
    let finished = false;
    void watch.finally(() => (finished = true));
    const during: number[] = [];
    // A scan is timed from when it was due, not from when the loop got round to it: a
    // barcode read while a batch holds the thread waits for that batch, and timing from
    // the call alone would leave exactly that wait out.
    for (let i = 0, due = performance.now(); !finished; i++) {
      await till.ok('cart.scan', { code: codes[i % codes.length] ?? '' });
      during.push(performance.now() - due);
      if (i % 20 === 19) await till.ok('cart.voidSale', EMPTY_CART);
      due = performance.now() + SCAN_EVERY_MS;
      await sleep(SCAN_EVERY_MS);
    }
    await watch;
    const wall = performance.now() - started;
    if (last.status !== 'done') throw new Error(`the bench import ended ${last.status}: ${last.error ?? JSON.stringify(last.issues.slice(0, 3))}`);
    const at = (s: string) => ((phases.get(s) ?? Number.NaN) / 1000).toFixed(1);
    const mb = (file.length / 1024 / 1024).toFixed(1);
    return [
      `catalog import of ${rows.toLocaleString('en')} rows (${mb} MB CSV) into a store of ${SEEDED_PRODUCTS.toLocaleString('en')} products:`,
      `  upload ${((uploaded - t0) / 1000).toFixed(1)} s + dry run ${((checked - uploaded) / 1000).toFixed(1)} s (worker ${(report.ms / 1000).toFixed(1)} s)`,
      `  import ${(wall / 1000).toFixed(1)} s (${last.created.toLocaleString('en')} created; publishing from ${at('publishing')} s, committing from ${at('committing')} s)`,
      `  add to cart while it ran: ${fmtSummary(summarize(during))}`,
    ];
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function upload(c: RouterClient, name: string, bytes: Buffer) {
  let uploadId: string | undefined;
  for (let at = 0; ; at += TRANSFER_CHUNK_BYTES) {
    const last = at + TRANSFER_CHUNK_BYTES >= bytes.length;
    const data = bytes.subarray(at, at + TRANSFER_CHUNK_BYTES).toString('base64');
    const reply = await c.ok('catalogio.upload', { ...(uploadId === undefined ? {} : { uploadId }), name, data, last });
    uploadId = reply.uploadId;
    if (last) {
      if (!('headers' in reply)) throw new Error('the last chunk did not read the file');
      return reply;
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
