/**
 * `npx tsx bench/search.ts`: only the name search of `npm run bench`, on the same
 * 200,000-product store, through the router. Three query sets: what cashiers type (the
 * main bench's), the same with one letter swapped (the forgiving tier), and words that
 * match nothing (the costliest: every tier runs and finds little).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../electron/core/core';
import { SimulatedPrinter } from '../electron/core/devices/printer/simulated-printer';
import { connectRouter } from '../electron/core/router-client';
import { measure } from './measure';
import { PLAN } from './ours';
import { pick, seededRng, type Rng } from './random';
import { createStore, insertProducts, OWNER_PIN } from './seed';
import { fmtSummary } from './stats';
import { searchPrefix } from './words';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

/** One typo: two neighbouring letters swapped, or one letter dropped. */
function typo(rng: Rng, text: string): string {
  if (text.length < 5) return text;
  const i = 1 + Math.floor(rng() * (text.length - 3));
  return rng() < 0.5 ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-bench-search-'));
  try {
    const core = await createCore({ dataDir, resourcesDir: RESOURCES, printerFactory: () => new SimulatedPrinter() });
    const till = connectRouter(core.router, 'bench:till');
    core.allowSetup('bench:till');
    await createStore(till);
    const products = insertProducts(core.db.sqlite, 200_000);
    core.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await till.ok('session.login', { pin: OWNER_PIN });
    const rng = seededRng(11);
    const n = PLAN.search.warmup + PLAN.search.iterations;
    const typed = Array.from({ length: n }, () => searchPrefix(rng, pick(rng, products).name));
    const sets: Record<string, string[]> = {
      'as typed': typed,
      'one typo': typed.map((q) => typo(rng, q)),
      'no match': typed.map((_, i) => `zq${i}x`),
    };
    for (const [label, queries] of Object.entries(sets)) {
      const s = await measure(PLAN.search, { run: (i) => till.ok('catalog.search', { query: queries[i % n] ?? 'a' }) });
      console.log(`name search, ${label.padEnd(9)} ${fmtSummary(s)}  e.g. ${queries.slice(0, 4).map((q) => JSON.stringify(q)).join(', ')}`);
    }
    await core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
