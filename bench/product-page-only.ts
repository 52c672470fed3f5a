/**
 * `npx tsx bench/product-page-only.ts`: only the product table part of `npm run bench`,
 * on the same 200,000-product store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../electron/core/core';
import { SimulatedPrinter } from '../electron/core/devices/printer/simulated-printer';
import { connectRouter } from '../electron/core/router-client';
import { productPageBench } from './product-page';
import { createStore, insertProducts, OWNER_PIN } from './seed';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-bench-products-'));
  try {
    const core = await createCore({ dataDir, resourcesDir: RESOURCES, printerFactory: () => new SimulatedPrinter() });
    const client = connectRouter(core.router, 'bench:office');
    core.allowSetup('bench:office');
    await createStore(client);
    insertProducts(core.db.sqlite, Number(process.env.PRODUCTS ?? 200_000));
    core.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await client.ok('session.login', { pin: OWNER_PIN });
    for (const line of await productPageBench(core.db.sqlite, client)) console.log(line);
    await core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
