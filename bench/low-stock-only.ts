/**
 * `npx tsx bench/low-stock-only.ts`: the Purchasing tab's low-stock list and badge count
 * on a 200,000-product store where every product has a reorder point (the worst case:
 * the partial indexes then hold every product) and every other one is low.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../electron/core/core';
import { SimulatedPrinter } from '../electron/core/devices/printer/simulated-printer';
import { connectRouter } from '../electron/core/router-client';
import { createStore, insertProducts, OWNER_PIN } from './seed';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

async function time<T>(label: string, runs: number, fn: () => Promise<T>): Promise<T> {
  let out: T | undefined;
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    out = await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `${label}: median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms, max ${ms[ms.length - 1]?.toFixed(1)} ms`,
  );
  return out as T;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-bench-lowstock-'));
  try {
    const core = await createCore({ dataDir, resourcesDir: RESOURCES, printerFactory: () => new SimulatedPrinter() });
    const client = connectRouter(core.router, 'bench:office');
    core.allowSetup('bench:office');
    await createStore(client);
    const count = Number(process.env.PRODUCTS ?? 200_000);
    insertProducts(core.db.sqlite, count);
    const db = core.db.sqlite;
    const home = (db.prepare('select id from locations where home = 1').get() as { id: string }).id;
    // SHARE: one product in SHARE has a reorder point (1: all, the worst case for the count);
    // LOW: one product in LOW of those is at or below it (a sparse list is the worst case for a page).
    const share = Number(process.env.SHARE ?? 1);
    const low = Number(process.env.LOW ?? 2);
    db.prepare('update products set reorder_point = 5000, reorder_qty = 12000 where seq % ? = 0').run(share);
    db.prepare(
      "insert or replace into location_stock (product_id, location_id, on_hand, updated_at) select id, ?, case when seq % ? = 0 then 1000 else 50000 end, '2026-01-01' from products",
    ).run(home, share * low);
    db.pragma('wal_checkpoint(TRUNCATE)');
    await client.ok('session.login', { pin: OWNER_PIN });
    const c = await time('purchasing.lowStockCount', 5, () => client.ok('purchasing.lowStockCount', {}));
    console.log(`  low: ${c.count} of ${count}`);
    const first = await time('purchasing.lowStock first page (50)', 20, () =>
      client.ok('purchasing.lowStock', { limit: 50 }),
    );
    let after = first.next;
    for (let i = 0; i < 200 && after !== null; i += 1)
      after = (await client.ok('purchasing.lowStock', { limit: 50, after })).next;
    await time('purchasing.lowStock page 200 (50)', 20, () =>
      client.ok('purchasing.lowStock', { limit: 50, after: after ?? undefined }),
    );
    await core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
