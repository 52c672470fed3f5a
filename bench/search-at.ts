/**
 * Name search through the router on a store of any size, in its own temporary data folder:
 * what cashiers type, the same with one typo (the forgiving tier), and words that match
 * nothing (every tier runs and finds little). `bench/search.ts` runs it at 200,000
 * products; `npm run bench` also at 1,000,000, the catalog size issue 7 asks search to
 * hold at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { SimulatedPrinter } from '../electron/core/devices/printer/simulated-printer';
import { connectRouter } from '../electron/core/router-client';
import { measure } from './measure';
import { PLAN } from './ours';
import { pick, seededRng, type Rng } from './random';
import { createStore, insertProducts, OWNER_PIN } from './seed';
import { fmtSummary } from './stats';
import { searchPrefix } from './words';

/** One typo: two neighbouring letters swapped, or one letter dropped. */
function typo(rng: Rng, text: string): string {
  if (text.length < 5) return text;
  const i = 1 + Math.floor(rng() * (text.length - 3));
  return rng() < 0.5 ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
}

export async function searchAt(productCount: number, resourcesDir: string): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-bench-search-'));
  try {
    const core = await createCore({ dataDir, resourcesDir, printerFactory: () => new SimulatedPrinter() });
    const till = connectRouter(core.router, 'bench:till');
    core.allowSetup('bench:till');
    await createStore(till);
    const started = process.hrtime.bigint();
    const products = insertProducts(core.db.sqlite, productCount);
    core.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const seeded = Number(process.hrtime.bigint() - started) / 1e9;
    await till.ok('session.login', { pin: OWNER_PIN });
    const rng = seededRng(11);
    const n = PLAN.search.warmup + PLAN.search.iterations;
    const typed = Array.from({ length: n }, () => searchPrefix(rng, pick(rng, products).name));
    const sets: Record<string, string[]> = {
      'as typed': typed,
      'one typo': typed.map((q) => typo(rng, q)),
      'no match': typed.map((_, i) => `zq${i}x`),
    };
    const lines = [`Name search at ${productCount.toLocaleString('en')} products (seeded in ${seeded.toFixed(1)} s), ms`];
    for (const [label, queries] of Object.entries(sets)) {
      const s = await measure(PLAN.search, { run: (i) => till.ok('catalog.search', { query: queries[i % n] ?? 'a' }) });
      lines.push(`  ${label.padEnd(9)} ${fmtSummary(s)}  e.g. ${queries.slice(0, 4).map((q) => JSON.stringify(q)).join(', ')}`);
    }
    await core.close();
    return lines;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
