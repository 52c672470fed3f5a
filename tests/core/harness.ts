import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChannelName, InputOf, OutputOf, Result } from '../../shared/contract';
import type { Clock } from '../../electron/core/clock';
import { createCore, type Core } from '../../electron/core/core';
import { SimulatedPrinter } from '../../electron/core/devices/printer/simulated-printer';

export const RESOURCES = path.resolve(__dirname, '..', '..', 'resources');

/** A fresh data folder per test file, removed afterwards. */
export function tempDataDir(): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-test-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: Core;
  printer: SimulatedPrinter;
  /** A connection to the router, as a window or socket would have. */
  connect(connectionId?: string): Connection;
}

export interface Connection {
  call<K extends ChannelName>(channel: K, input?: InputOf<K>): Promise<Result<OutputOf<K>>>;
  /** Calls and unwraps, failing the test on an error envelope. */
  ok<K extends ChannelName>(channel: K, input?: InputOf<K>): Promise<OutputOf<K>>;
}

export async function startCore(
  dataDir: string,
  opts: { demo?: boolean; clock?: Clock; printer?: SimulatedPrinter } = {},
): Promise<TestCore> {
  const printer = opts.printer ?? new SimulatedPrinter();
  const core = await createCore({
    dataDir,
    demo: opts.demo ?? false,
    resourcesDir: RESOURCES,
    printerFactory: () => printer,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  let n = 0;
  return {
    core,
    printer,
    connect(connectionId = `test:${++n}`) {
      const call = async <K extends ChannelName>(channel: K, input?: InputOf<K>) =>
        (await core.router.call(connectionId, channel, input)) as Result<OutputOf<K>>;
      return {
        call,
        async ok(channel, input) {
          const r = await call(channel, input);
          if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
          return r.value;
        },
      };
    },
  };
}

/** Row counts of the tables a failed call must leave untouched. */
export function snapshot(core: Core): Record<string, number> {
  const tables = ['sales', 'sale_lines', 'payments', 'stock_movements', 'journal', 'cart_lines', 'print_jobs', 'staff'];
  return Object.fromEntries(
    tables.map((t) => [t, (core.db.sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]),
  );
}

/** A demo barcode for a product sold each, read from the catalog the demo loads. */
export function demoBarcodes(count: number): string[] {
  const lines = fs.readFileSync(path.join(RESOURCES, 'demo', 'catalog.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines
    .map((l) => l.split(','))
    .filter((cells) => cells.includes('each'))
    .map((cells) => (cells[0] ?? '').split('|')[0] ?? '')
    .slice(0, count);
}

export async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
