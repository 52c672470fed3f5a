/**
 * A refund back to the original tenders, end to end: a sale paid part by card (manual
 * terminal, last 4 digits 4242) and part in cash; one item comes back on its receipt; the
 * payment screen proposes the refund to the card, the cashier keys it on the terminal,
 * and the refund receipt prints on a loopback printer. Run after `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { minorToKeypadText } from '../../renderer/src/payment/tender-text';
import { decodeEscPos } from '../devices/escpos-decode';
import { startLoopbackPrinter, type LoopbackPrinter } from '../devices/loopback-printer';
import { expectNoSeriousViolations } from './axe';
import { launchChromium } from './chromium';
import { readDemoProducts, sellableByPiece, type DemoProduct } from './demo-products';
import { startWebHost, type RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
const MONEY = { currency: 'GBP', currencyExponent: 2, locale: 'en-GB' };

let printer: LoopbackPrinter | undefined;
let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;

const item = sellableByPiece(readDemoProducts(ROOT))[0] as DemoProduct;
let price = 0;
let saleReceipt = '';

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** A keyboard-wedge scanner's burst, dispatched inside the page (see returns.test.ts). */
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

function printedReceipt(receiptNumber: string): string | null {
  for (const job of printer?.jobs ?? []) {
    const text = decodeEscPos(job).text.map((l) => l.trimEnd());
    if (text.some((l) => l.endsWith(`Receipt ${receiptNumber}`))) return text.join('\n');
  }
  return null;
}

async function receiptNumber(): Promise<string> {
  await page.getByTestId('paid-panel').waitFor();
  return (await page.getByTestId('receipt').getAttribute('data-receipt-number')) ?? '';
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  printer = await startLoopbackPrinter();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-refund-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', printer.uri]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await shot(`refund-failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await printer?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a refund goes back to the original tenders', () => {
  it('sells two of an item, one paid by card ending 4242 and the other in cash', async () => {
    if (host === undefined) throw new Error('web host not started');
    await page.goto(host.url);
    await page.getByRole('button', { name: '1', exact: true }).waitFor();
    for (const digit of '1111') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('search').waitFor();
    // The first scan waits for the till to finish drawing its tiles: a page busy rendering
    // stretches the scanner's 4 ms burst until it reads as typing (see scan()).
    await page.getByTestId('product-tile').first().waitFor();
    await scan(item.barcode);
    await expect.poll(() => page.getByTestId('cart-line').count()).toBe(1);
    await scan(item.barcode);
    await expect.poll(() => page.getByTestId('cart-line').first().getAttribute('data-qty')).toBe('2000');
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-due').waitFor();
    price = Number(await page.getByTestId('pay-due').getAttribute('data-minor')) / 2;
    for (const key of minorToKeypadText(price, 2)) await page.getByRole('button', { name: key === '.' ? 'Decimal point' : key, exact: true }).click();
    await page.getByTestId('tender-card').click();
    await page.getByTestId('card-last4').fill('4242');
    await page.getByTestId('card-approved').click();
    await expect.poll(() => page.getByTestId('tender-row').count()).toBe(1);
    await page.getByTestId('complete-sale').click();
    saleReceipt = await receiptNumber();
    expect(saleReceipt).toMatch(/^T01-\d{6}$/);
  });

  it('returns one on its receipt; payment proposes the refund to Card **** 4242, confirmed on the terminal', async () => {
    await scan(saleReceipt);
    await page.getByTestId('return-sale').waitFor();
    await page.getByTestId('return-more').click();
    await page.getByTestId('return-add').click();
    await page.getByTestId('return-badge').waitFor();
    await page.getByTestId('pay-button').click();
    const proposal = page.getByTestId('refund-proposal').first();
    await proposal.waitFor();
    const money = formatMoney(price, MONEY);
    expect(await proposal.textContent()).toBe(`Refund ${money} to Card **** 4242`);
    expect(await page.getByTestId('refund-proposal').nth(1).textContent()).toBe(`Refund ${money} in cash`);
    expect(await page.getByTestId('refund-store-credit').isDisabled()).toBe(true);
    await shot('refund-to-card');
    await expectNoSeriousViolations(page, 'payment dialog refunding');
    await proposal.click();
    await page.getByTestId('card-confirm').waitFor();
    expect(await page.getByTestId('card-key-amount').textContent()).toContain(`Refund ${money} on the card terminal`);
    expect(await page.getByTestId('card-last4').inputValue()).toBe('4242');
    await page.getByTestId('card-approved').click();
    const number = await receiptNumber();
    await expect.poll(() => printedReceipt(number), { timeout: 15_000 }).not.toBeNull();
    const text = printedReceipt(number) ?? '';
    expect(text).toContain('*** REFUND ***');
    expect(text).toContain(`Return of ${saleReceipt}`);
    expect(text).toMatch(/Card refunded +-£\d+\.\d\d/);
    expect(text).toContain('**** 4242');
  });
});
