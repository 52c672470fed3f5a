import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../../electron/core/clock';
import { createCore, type Core } from '../../electron/core/core';
import { SimulatedPrinter } from '../../electron/core/devices/printer/simulated-printer';
import { connectRouter, type RouterClient } from '../../electron/core/router-client';

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
  /** A connection that presented the one-time setup code, as the owner's browser does. */
  setupConnection(): Promise<Connection>;
}

export type Connection = RouterClient;

export async function startCore(
  dataDir: string,
  opts: { demo?: boolean; clock?: Clock; printer?: SimulatedPrinter } = {},
): Promise<TestCore> {
  // The printer exists before the core; it asks for the store's exponent only when it prints.
  const started: { core?: Core } = {};
  const printer =
    opts.printer ??
    new SimulatedPrinter({
      currencyExponent: () => {
        if (started.core === undefined) throw new Error('a receipt printed before the core started');
        return started.core.services.settings.currencyExponent();
      },
    });
  const core = await createCore({
    dataDir,
    demo: opts.demo ?? false,
    resourcesDir: RESOURCES,
    printerFactory: () => printer,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  started.core = core;
  let n = 0;
  const connect = (connectionId = `test:${++n}`) => connectRouter(core.router, connectionId);
  return {
    core,
    printer,
    connect,
    async setupConnection() {
      const c = connect();
      await c.ok('setup.unlock', { token: core.setupToken() ?? 'none' });
      return c;
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
