import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
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
  dataDir: string;
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
  const printer = opts.printer ?? new SimulatedPrinter();
  const core = await createCore({
    dataDir,
    demo: opts.demo ?? false,
    resourcesDir: RESOURCES,
    printerFactory: () => printer,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  let n = 0;
  const connect = (connectionId = `test:${++n}`) => connectRouter(core.router, connectionId);
  return {
    core,
    dataDir,
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

/** Pays cash for the cart exactly as this connection sees it now; the envelope. */
export async function tryPay(c: Connection, tendered: number) {
  const cart = await c.ok('cart.get');
  return c.call('sale.payCash', { tendered, cartVersion: cart.version });
}

/** Pays cash for the cart as this connection sees it now; throws if refused. */
export async function pay(c: Connection, tendered: number) {
  const cart = await c.ok('cart.get');
  return c.ok('sale.payCash', { tendered, cartVersion: cart.version });
}

/**
 * Data folders and cores a test file's tests make, each closed and removed after its test.
 * `start` keeps the core for closing; a test that closes a core itself starts it with startCore.
 */
export function perTest() {
  const dirs: { remove(): void }[] = [];
  const cores: TestCore[] = [];
  afterEach(async () => {
    for (const t of cores.splice(0)) await t.core.close();
    dirs.splice(0).forEach((d) => d.remove());
  });
  const dir = (): string => {
    const d = tempDataDir();
    dirs.push(d);
    return d.dir;
  };
  const start = async (dataDir: string, opts: Parameters<typeof startCore>[1] = {}): Promise<TestCore> => {
    const t = await startCore(dataDir, opts);
    cores.push(t);
    return t;
  };
  return { dir, start, demo: () => start(dir(), { demo: true }) };
}
