/**
 * One demo shop per e2e test file: a web host on its own data folder (with the demo
 * catalog unless told otherwise) and a Chromium page on it, started before the file's
 * tests and stopped after them, with the steps every till test takes (log in, scan, take
 * a screenshot). A file calls demoShop() once at its top.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { startWebHost, type RunningHost } from './web-host';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');

export interface DemoShopOptions {
  /** Names the data folder and prefixes the screenshots. */
  name: string;
  /** The --printer argument, read when the shop starts (a loopback printer's uri). Default: the simulator. */
  printer?: () => string;
  viewport?: { width: number; height: number };
  /** Load the demo catalog and staff (PINs 1111 cashier, 9999 manager). Default true. */
  demo?: boolean;
  /** Fills the data folder before the web host starts (a store made with createCore). */
  prepare?: (dataDir: string) => Promise<void>;
}

export interface DemoShop {
  readonly page: Page;
  readonly browser: Browser;
  readonly host: RunningHost;
  readonly dataDir: string;
  /** Saves test-artifacts/e2e/<name>-<shot>.png. */
  shot(shot: string): Promise<Buffer>;
  /** Keys a PIN on the login pad and waits for the till. */
  login(pin: string): Promise<void>;
  /** Types a barcode as a keyboard-wedge scanner does, Enter last. */
  scan(code: string): Promise<void>;
}

export function demoShop(opts: DemoShopOptions): DemoShop {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let dataDir: string | undefined;
  const must = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not started: use it inside a test`);
    return v;
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tillbox-e2e-${opts.name}-`));
    await opts.prepare?.(dataDir);
    const printer = opts.printer?.() ?? 'sim:';
    host = await startWebHost(ROOT, [
      '--data-dir',
      dataDir,
      '--port',
      '0',
      ...(opts.demo === false ? [] : ['--demo']),
      '--printer',
      printer,
    ]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: opts.viewport ?? { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const shop: DemoShop = {
    get page() {
      return must(page, 'The page');
    },
    get browser() {
      return must(browser, 'The browser');
    },
    get host() {
      return must(host, 'The web host');
    },
    get dataDir() {
      return must(dataDir, 'The data folder');
    },
    shot: (shot) => shop.page.screenshot({ path: path.join(ARTIFACTS, `${opts.name}-${shot}.png`) }),
    async login(pin) {
      for (const digit of pin) await shop.page.getByRole('button', { name: digit, exact: true }).click();
      await shop.page.getByRole('button', { name: 'Log in' }).click();
      await shop.page.getByTestId('search').waitFor();
    },
    async scan(code) {
      await shop.page.keyboard.type(code, { delay: 5 });
      await shop.page.keyboard.press('Enter');
    },
  };
  return shop;
}
