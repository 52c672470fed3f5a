/**
 * `npm run bench`: a 200,000-product store, the till's hot paths through the router,
 * and the same work on bare better-sqlite3 as the yardstick. Times are reported, never
 * asserted: a slow machine must not fail a build, so the exit code ignores them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../electron/core/core';
import { DB_FILE } from '../electron/core/db/connection';
import { SimulatedPrinter } from '../electron/core/devices/printer/simulated-printer';
import { benchBare, openBare } from './bare';
import { connect } from './client';
import { benchRouter, type Plan, type Results } from './ours';
import { pick, seededRng } from './random';
import { reportTable } from './report';
import { createStore, insertProducts, OWNER_PIN } from './seed';
import { fmtSummary } from './stats';
import { searchPrefix } from './words';

const PRODUCTS = 200_000;
const PLAN: Plan = {
  warmup: { reads: 200, writes: 200, checkout: 50, search: 50 },
  iterations: { reads: 2000, writes: 2000, checkout: 500, search: 500 },
};
const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-bench-'));
  try {
    await run(dataDir);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(dataDir: string): Promise<void> {
  console.log(`Tillbox bench: node ${process.version}, ${os.cpus().length} cpus, data in ${dataDir}`);
  const printer = new SimulatedPrinter();
  const core = await createCore({ dataDir, resourcesDir: RESOURCES, printerFactory: () => printer });
  const till = connect(core, 'bench:till');
  await createStore(till);

  const started = process.hrtime.bigint();
  const products = insertProducts(core.db.sqlite, PRODUCTS);
  const seedMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`Seeded ${products.length.toLocaleString('en')} products (with barcodes, stock, FTS) in ${(seedMs / 1000).toFixed(1)} s`);
  await till.ok('session.login', { pin: OWNER_PIN });

  const rng = seededRng(7);
  const count = PLAN.warmup.reads + PLAN.iterations.reads;
  const work = {
    codes: Array.from({ length: count * 3 }, () => pick(rng, products).barcode),
    queries: Array.from({ length: PLAN.warmup.search + PLAN.iterations.search }, () => searchPrefix(rng, pick(rng, products).name)),
  };
  console.log(`Search queries, e.g.: ${work.queries.slice(0, 8).map((q) => JSON.stringify(q)).join(', ')}`);

  const ours = await benchRouter(till, PLAN, work);
  printSection('ours (router.call)', ours);
  console.log(`Receipts printed by the simulator: ${printer.jobs.length}`);
  // The bare writer gets the file to itself: two writers would wait on each other's locks.
  await core.close();

  const sqlite = openBare(path.join(dataDir, DB_FILE));
  const bare = await benchBare(sqlite, PLAN, work);
  sqlite.close();
  printSection('bare better-sqlite3', bare);

  console.log(`\n${reportTable(ours, bare)}`);
}

function printSection(title: string, r: Results): void {
  console.log(`\n${title}`);
  for (const [op, s] of Object.entries(r)) console.log(`  ${op.padEnd(10)} ${fmtSummary(s)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
