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
import type { SettingsStore } from '../electron/core/settings/settings-store';
import { bareSteps, openBare } from './bare';
import { breakdown } from './breakdown';
import { connectRouter } from '../electron/core/router-client';
import { fsyncLatency } from './disk';
import { measure, measurePair } from './measure';
import { CODES_NEEDED, PLAN, routerSteps, type OpName, type Workset } from './ours';
import { pick, seededRng } from './random';
import { reportTable, type Results } from './report';
import { createStore, insertProducts, OWNER_PIN, type SeededProduct } from './seed';
import { fmtSummary, type Summary } from './stats';
import { searchPrefix } from './words';

const PRODUCTS = 200_000;
const OPS: readonly OpName[] = ['lookup', 'addToCart', 'checkout', 'search'];
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
  console.log(`Tillbox bench: node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg()[0]?.toFixed(2)}`);
  console.log(`Disk: fdatasync of a 4 KB page ${fmtSummary(fsyncLatency(dataDir))}`);
  const { core, printer, till, products } = await seedStore(dataDir);

  // The bare side writes to a copy: two writers on one file would queue on its lock.
  // seedStore's checkpoint left the whole database in the main file, so a file copy is whole.
  const bareFile = path.join(dataDir, `bare-${DB_FILE}`);
  fs.copyFileSync(path.join(dataDir, DB_FILE), bareFile);
  const bare = openBare(bareFile);

  const work = workset(products);
  console.log(
    `Search queries, e.g.: ${work.queries
      .slice(0, 8)
      .map((q) => JSON.stringify(q))
      .join(', ')}`,
  );
  const oursSteps = routerSteps(till, work);
  const bareStepsByOp = bareSteps(bare, work);
  // Reads alternate call by call, so load from other processes on this shared machine hits
  // both sides alike. Writes run one block after the other: two databases committing in
  // turn on one disk slow each other's fsyncs and checkpoints.
  const pair = async (op: OpName): Promise<[Summary, Summary]> =>
    op === 'addToCart' || op === 'checkout'
      ? [await measure(PLAN[op], oursSteps[op]), await measure(PLAN[op], bareStepsByOp[op])]
      : measurePair(PLAN[op], oursSteps[op], bareStepsByOp[op]);
  const lookup = await pair('lookup');
  const addToCart = await pair('addToCart');
  const checkout = await pair('checkout');
  const search = await pair('search');
  const side = (k: 0 | 1): Results => ({
    lookup: lookup[k],
    addToCart: addToCart[k],
    checkout: checkout[k],
    search: search[k],
  });
  const results = { ours: side(0), bare: side(1) };
  printSection('ours (router.call)', results.ours);
  printSection('bare better-sqlite3', results.bare);
  console.log(`Receipts printed by the simulator: ${printer.jobs.length}`);

  console.log('\nWhere the time goes (ms)');
  for (const line of await breakdown(core, work)) console.log(line);
  bare.close();
  await core.close();
  console.log(`\n${reportTable(results.ours, results.bare)}`);
}

/** The store through the router, then the catalog straight into SQLite (see seed.ts). */
async function seedStore(dataDir: string) {
  // Asked only when a receipt prints, by which time the core below exists.
  const late: { settings?: SettingsStore } = {};
  const printer = new SimulatedPrinter({
    currencyExponent: () => {
      if (late.settings === undefined) throw new Error('a receipt printed before the core started');
      return late.settings.currencyExponent();
    },
  });
  const core = await createCore({ dataDir, resourcesDir: RESOURCES, printerFactory: () => printer });
  late.settings = core.services.settings;
  const till = connectRouter(core.router, 'bench:till');
  core.allowSetup('bench:till');
  await createStore(till);

  const started = process.hrtime.bigint();
  const products = insertProducts(core.db.sqlite, PRODUCTS);
  // Flush the bulk load into the database file now; otherwise the first timed commits
  // pay for checkpointing 150 MB of WAL and the kernel writes it back under them.
  core.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `Seeded ${products.length.toLocaleString('en')} products (barcode, stock, FTS) in ${seconds.toFixed(1)} s`,
  );
  await till.ok('session.login', { pin: OWNER_PIN });
  return { core, printer, till, products };
}

function workset(products: readonly SeededProduct[]): Workset {
  // Two streams, so a change in how many codes are drawn leaves the queries as they were.
  const codes = seededRng(7);
  const queries = seededRng(11);
  return {
    codes: Array.from({ length: CODES_NEEDED }, () => pick(codes, products).barcode),
    queries: Array.from({ length: PLAN.search.warmup + PLAN.search.iterations }, () =>
      searchPrefix(queries, pick(queries, products).name),
    ),
  };
}

function printSection(title: string, r: Results): void {
  console.log(`\n${title}`);
  for (const op of OPS) console.log(`  ${op.padEnd(10)} ${fmtSummary(r[op])}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
