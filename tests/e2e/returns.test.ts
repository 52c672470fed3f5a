/**
 * A return and an exchange at the till, end to end: the built renderer in the system
 * Chromium against the real core behind the web host, printing to a loopback printer.
 * Run after `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { formatMoney, parseMoneyInput } from '../../shared/money';
import { decodeEscPos } from '../devices/escpos-decode';
import { startLoopbackPrinter } from '../devices/loopback-printer';
import type { LoopbackPrinter } from '../devices/loopback-printer';
import { launchChromium } from './chromium';
import { readDemoProducts, sellableByPiece } from './demo-products';
import type { DemoProduct } from './demo-products';
import { startWebHost } from './web-host';
import type { RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
const MONEY = { currency: 'GBP', currencyExponent: 2, locale: 'en-GB' };

let printer: LoopbackPrinter | undefined;
let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;

/** The demo catalog's shelf prices, by SKU, in pence. */
function demoPrices(): Map<string, number> {
  const rows = parse(fs.readFileSync(path.join(ROOT, 'resources', 'demo', 'catalog.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string>[];
  return new Map(rows.map((r) => [r.sku ?? '', parseMoneyInput(r.price ?? '', 2) ?? 0]));
}

const prices = demoPrices();
const products = sellableByPiece(readDemoProducts(ROOT)).map((p) => ({ ...p, price: prices.get(p.sku) ?? 0 }));
// The first product, and a dearer one: the exchange leaves something to pay.
const sold = products[0] as DemoProduct & { price: number };
const other = products.find((p) => p.price > sold.price) as DemoProduct & { price: number };
let soldReceipt = '';

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/**
 * A keyboard-wedge scanner's burst: the code's keys 4 ms apart, then Enter, dispatched
 * inside the page as a scanner's keyboard would send them. Sent over CDP one key at a time
 * instead, a loaded machine stretches the burst until it reads as typing.
 */
async function scan(code: string): Promise<void> {
  await page.evaluate(`(async () => {
    for (const key of ${JSON.stringify([...code, 'Enter'])}) {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 4));
    }
  })()`);
}

/** The printed receipt that names `receiptNumber` in its header, as text. */
function printedReceipt(receiptNumber: string): string | null {
  for (const job of printer?.jobs ?? []) {
    const text = decodeEscPos(job).text.map((l) => l.trimEnd());
    if (text.some((l) => l.endsWith(`Receipt ${receiptNumber}`))) return text.join('\n');
  }
  return null;
}

/** Pays what the cart shows: keys the cash given on the keypad, then completes. */
async function payCash(given: string): Promise<string> {
  await page.getByTestId('pay-button').click();
  await page.getByTestId('pay-due').waitFor();
  // '' pays (or refunds) all that remains: a refund is paid out in cash without keying.
  for (const key of given) await page.getByRole('button', { name: key === '.' ? 'Decimal point' : key, exact: true }).click();
  await page.getByTestId('complete-sale').click();
  await page.getByTestId('paid-panel').waitFor();
  const number = await page.getByTestId('receipt').getAttribute('data-receipt-number');
  return number ?? '';
}

beforeAll(async () => {
  expect(other.price).toBeGreaterThan(sold.price);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  printer = await startLoopbackPrinter();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-returns-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', printer.uri]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await shot(`returns-failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await printer?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('returns at the till', () => {
  it('sells two of an item for cash', async () => {
    if (host === undefined) throw new Error('web host not started');
    await page.goto(host.url);
    await page.getByRole('button', { name: '1', exact: true }).waitFor();
    for (const digit of '1111') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('search').waitFor();
    // The first scan waits for the till to finish drawing its tiles: a page busy rendering
    // stretches the scanner's 4 ms burst until it reads as typing (see scan()).
    await page.getByTestId('product-tile').first().waitFor();
    await scan(sold.barcode);
    await expect.poll(() => page.getByTestId('cart-line').count()).toBe(1);
    await scan(sold.barcode);
    await expect.poll(() => page.getByTestId('cart-line').first().getAttribute('data-qty')).toBe('2000');
    soldReceipt = await payCash('100');
    expect(soldReceipt).toMatch(/^T01-\d{6}$/);
    await expect.poll(() => printedReceipt(soldReceipt), { timeout: 15_000 }).not.toBeNull();
  });

  it("starts a return by scanning the receipt's barcode, and cannot return more than was sold", async () => {
    // Scanning the receipt on the paid screen opens the return for it.
    await scan(soldReceipt);
    const sale = page.getByTestId('return-sale');
    await sale.waitFor();
    expect(await sale.getAttribute('data-receipt-number')).toBe(soldReceipt);
    const line = page.getByTestId('return-line');
    expect(await line.getAttribute('data-left')).toBe('2000');
    const more = page.getByTestId('return-more');
    await more.click();
    await more.click();
    // A third is not there to return: the button stops at what is left.
    expect(await more.isDisabled()).toBe(true);
    expect(await page.getByTestId('return-qty').inputValue()).toBe('2');
    await shot('return-pick');
    await page.getByRole('button', { name: `Return one fewer ${sold.name}` }).click();
    expect(await page.getByTestId('return-qty').inputValue()).toBe('1');
    await page.getByTestId('return-add').click();
    await page.getByTestId('return-badge').waitFor();
    expect(await page.getByTestId('cart-line').first().getAttribute('data-qty')).toBe('-1000');
    expect(await page.getByTestId('cart-line').first().getAttribute('data-return')).toBe('sellable');
    expect(await page.getByTestId('cart-heading').textContent()).toBe('Return · 1 item');
    await shot('return-cart');
  });

  it('refunds the return in cash and prints a receipt that says REFUND and names the original', async () => {
    const number = await payCash('');
    const printed = async () => printedReceipt(number);
    await expect.poll(printed, { timeout: 15_000 }).not.toBeNull();
    const text = (await printed()) ?? '';
    expect(text).toContain('*** REFUND ***');
    expect(text).toContain(`Return of ${soldReceipt}`);
    const negative = formatMoney(-sold.price, MONEY);
    expect(text).toMatch(new RegExp(`TOTAL +${negative.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(text).toContain('  -1 x ');
    expect(text).toMatch(/^1 item returned$/m);
    expect(text).not.toMatch(/^0 items$/m);
    expect(await page.getByTestId('receipt-refund').isVisible()).toBe(true);
    await shot('return-refund');
  });

  it('a second return of the same receipt can take only the one that is left', async () => {
    await scan(soldReceipt);
    await page.getByTestId('return-sale').waitFor();
    expect(await page.getByTestId('return-line').getAttribute('data-left')).toBe('1000');
    await page.getByTestId('return-more').click();
    expect(await page.getByTestId('return-more').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('an exchange: returns one and sells another in the same sale, the difference paid', async () => {
    await page.keyboard.press('Shift+F6');
    await page.getByTestId('return-code').fill(soldReceipt);
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByTestId('return-sale').waitFor();
    await page.getByTestId('return-more').click();
    await page.getByTestId('return-line').getByText('Damaged', { exact: true }).click();
    await page.getByTestId('return-add').click();
    await page.getByTestId('return-badge').waitFor();
    await scan(other.barcode);
    await expect.poll(() => page.getByTestId('cart-line').count()).toBe(2);
    // One item out, one back: the cart says so, not "0 items".
    expect(await page.getByTestId('cart-heading').textContent()).toBe('Exchange · 1 sold · 1 returned');
    await shot('exchange-cart');
    const difference = other.price - sold.price;
    const given = difference > 0 ? String(Math.ceil(difference / 100) + 10) : '';
    const number = await payCash(given);
    const printed = async () => printedReceipt(number);
    await expect.poll(printed, { timeout: 15_000 }).not.toBeNull();
    const text = (await printed()) ?? '';
    expect(text).toContain(`Return of ${soldReceipt}`);
    expect(text.includes('*** REFUND ***')).toBe(difference < 0);
    expect(text).toContain(sold.name.slice(0, 20));
    expect(text).toContain(other.name.slice(0, 20));
    expect(text).toContain(formatMoney(difference, MONEY));
    expect(text).toMatch(/^1 item$/m);
    expect(text).toMatch(/^1 item returned$/m);
    await shot('exchange-paid');
  });

  it('finds the sale in the sales history, shows its receipt and reprints it marked COPY', async () => {
    await page.keyboard.press('Shift+F7');
    await page.getByTestId('history-number').fill(soldReceipt);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(1);
    await page.getByTestId('history-row').click();
    await page.getByRole('dialog').getByTestId('receipt').waitFor();
    const jobs = printer?.jobs.length ?? 0;
    await page.getByTestId('history-reprint').click();
    await expect.poll(() => printer?.jobs.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(jobs);
    const last = decodeEscPos(printer?.jobs[printer.jobs.length - 1] ?? Buffer.alloc(0)).text.join('\n');
    expect(last).toContain('COPY');
    expect(last).toContain(soldReceipt);
    // Everything since: the three sales of this test, newest first.
    await page.getByTestId('history-number').fill('');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(3);
    await shot('sales-history');
  });

  it('a return without a receipt needs a manager PIN on a cashier\'s till', async () => {
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.keyboard.press('Shift+F6');
    await page.getByTestId('open-no-receipt-return').click();
    await page.getByLabel('Find the product').fill(other.name.slice(0, 12));
    await page.getByRole('button', { name: new RegExp(`^${other.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    await page.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Faulty' }).click();
    await page.getByRole('button', { name: 'Add return' }).click();
    const pin = page.getByLabel('Manager PIN');
    await pin.waitFor();
    await shot('return-no-receipt');
    await pin.fill('9999');
    await page.getByRole('button', { name: 'Add return' }).click();
    await page.getByTestId('return-badge').waitFor();
    expect(await page.getByTestId('return-badge').textContent()).toContain('Return without receipt');
    expect(await page.getByTestId('cart-line').first().getAttribute('data-qty')).toBe('-1000');
  });
});
