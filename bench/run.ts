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
import { bareSteps, openBare } from './bare';
import { bigSale } from './big-sale';
import { breakdown } from './breakdown';
import { benchCatalogImport } from './catalog-import';
import { searchAt } from './search-at';
import { connectRouter } from '../electron/core/router-client';
import { fsyncLatency } from './disk';
import { seedJournal } from './journal-seed';
import { measure, measurePair } from './measure';
import { CODES_NEEDED, EMPTY_CART, PLAN, routerSteps, type OpName, type Workset } from './ours';
import { productPageBench } from './product-page';
import { pick, seededRng } from './random';
import { reportTable, type Results } from './report';
import { createStore, insertProducts, OWNER_PIN, type SeededProduct } from './seed';
import { fmtSummary, type Summary } from './stats';
import { searchPrefix } from './words';

const PRODUCTS = 200_000;
/** A year of a till selling 1,000 times a day. */
const JOURNAL_ENTRIES = 365_000;
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
  const productPage = await productPageBench(core.db.sqlite, till);
  const big = await bigSale(till, work.codes);
  const side = (k: 0 | 1): Results => ({
    lookup: lookup[k],
    addToCart: addToCart[k],
    checkout: checkout[k],
    search: search[k],
  });
  const results = { ours: side(0), bare: side(1) };
  printSection('ours (router.call)', results.ours);
  printSection('bare better-sqlite3', results.bare);
  console.log('\n30-line sale: three line discounts, a sale discount, card then cash (ms)');
  console.log(`  discount   ${fmtSummary(big.discount)}`);
  console.log(`  card part  ${fmtSummary(big.card)}`);
  console.log(`  checkout   ${fmtSummary(big.checkout)}`);
  console.log(`Receipts printed by the simulator: ${printer.jobs.length}`);
  for (const line of productPage) console.log(line);

  console.log('\nWhere the time goes (ms)');
  for (const line of await breakdown(core, work)) console.log(line);
  bare.close();
  if (process.argv.includes('--till')) {
    // `npx tsx bench/run.ts --till`: the till's operations only, for comparing two builds quickly.
    await core.close();
    console.log(`\n${reportTable(results.ours, results.bare)}`);
    return;
  }
  const verify = await verifyYear(core, till, products, work);
  await core.close();
  console.log(`\n${reportTable(results.ours, results.bare)}`);
  console.log(`\n${verify}`);
  // Its own store and data folder, after the till's store is closed: the two never share a disk queue.
  console.log(`\n${(await benchCatalogImport(RESOURCES)).join('\n')}`);
  console.log(`\n${(await searchAt(1_000_000, RESOURCES)).join('\n')}`);
}

/**
 * A year of journal (365,000 entries), verified through the router: the check runs in a
 * worker on its own read-only connection, and the till keeps scanning meanwhile; the
 * scans' latency during the check shows whether it held anything up.
 */
async function verifyYear(
  core: Awaited<ReturnType<typeof createCore>>,
  till: ReturnType<typeof connectRouter>,
  products: readonly SeededProduct[],
  work: Workset,
): Promise<string> {
  const existing = core.db.sqlite.prepare('select count(*) from journal').pluck().get() as number;
  const started = process.hrtime.bigint();
  seedJournal(core.db.sqlite, products, JOURNAL_ENTRIES - existing);
  core.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  console.log(`\nSeeded a journal of ${JOURNAL_ENTRIES.toLocaleString('en')} entries in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  await till.ok('cart.voidSale', EMPTY_CART);
  const t0 = performance.now();
  let done = false;
  const check = till.ok('journal.verify', {}).finally(() => (done = true));
  const during: number[] = [];
  for (let i = 0; !done; i++) {
    const s = performance.now();
    await till.ok('cart.scan', { code: work.codes[i % work.codes.length] ?? '' });
    during.push(performance.now() - s);
    if (i % 20 === 19) await till.ok('cart.voidSale', EMPTY_CART);
    await new Promise((r) => setTimeout(r, 5));
  }
  const result = await check;
  const wall = (performance.now() - t0) / 1000;
  during.sort((a, b) => a - b);
  const p = (q: number) => (during[Math.min(during.length - 1, Math.floor(q * during.length))] ?? 0).toFixed(2);
  return [
    `journal verify, ${result.entries.toLocaleString('en')} entries, ${result.documentsChecked.toLocaleString('en')} documents re-hashed: ` +
      `${wall.toFixed(1)} s (worker ${(result.ms / 1000).toFixed(1)} s), ${result.intact ? 'intact' : `NOT intact: ${JSON.stringify(result.problems.slice(0, 3))}`}`,
    `add to cart while it ran: ${during.length} scans, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`,
  ].join('\n');
}

/** The store through the router, then the catalog straight into SQLite (see seed.ts). */
async function seedStore(dataDir: string) {
  const printer = new SimulatedPrinter();
  const core = await createCore({ dataDir, resourcesDir: RESOURCES, printerFactory: () => printer });
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
