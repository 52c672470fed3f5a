/**
 * A split payment end to end: part by card on the manual terminal (the cashier confirms
 * with the last 4 digits), the rest in cash with change; the receipt prints on a loopback
 * TCP printer. Also the guards around payment: a double tap on Pay, a tap on the backdrop,
 * and a second Enter right after the sale. Run after `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { decodeEscPos } from '../devices/escpos-decode';
import { startLoopbackPrinter, type LoopbackPrinter } from '../devices/loopback-printer';
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

const [itemA, itemB] = sellableByPiece(readDemoProducts(ROOT)) as [DemoProduct, DemoProduct];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

async function minorOf(testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).first().getAttribute('data-minor'));
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  printer = await startLoopbackPrinter();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-split-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', printer.uri]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await printer?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a split payment at the till', () => {
  let total = 0;

  it('rings two items', async () => {
    if (host === undefined) throw new Error('web host not started');
    await page.goto(host.url);
    await page.getByRole('button', { name: '1', exact: true }).waitFor();
    for (const digit of '1111') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('search').waitFor();
    await page.getByTestId('search').focus();
    for (const [i, item] of [itemA, itemB].entries()) {
      await page.keyboard.type(item.barcode, { delay: 5 });
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('cart-line').count(), { timeout: 10_000 }).toBe(i + 1);
    }
  });

  it('a double tap on Pay opens payment once, and a tap on the backdrop does not cancel it', async () => {
    await page.getByTestId('pay-button').dblclick();
    await page.getByTestId('pay-due').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('pay-due').count()).toBe(1);
    total = await minorOf('pay-due');
    expect(total).toBeGreaterThan(200);
    await page.mouse.click(8, 790);
    await page.waitForTimeout(300);
    expect(await page.getByTestId('pay-due').isVisible()).toBe(true);
  });

  it('pays 2.00 by card on the manual terminal, approved with the last 4 digits 4242', async () => {
    await page.keyboard.type('2.00');
    await expect.poll(() => page.getByTestId('pay-tendered').textContent()).toBe(formatMoney(200, MONEY));
    await page.getByTestId('tender-card').click();
    await page.getByTestId('card-confirm').waitFor();
    expect(await page.getByTestId('card-key-amount').textContent()).toContain(formatMoney(200, MONEY));
    // A full card number is refused, and nothing is taken.
    await page.getByTestId('card-last4').fill('4242 4242 4242 4242');
    await page.getByTestId('card-approved').click();
    await page.getByTestId('pay-error').waitFor();
    expect(await page.getByTestId('pay-error').textContent()).toMatch(/never key a card number/i);
    await page.getByTestId('card-last4').fill('4242');
    await page.getByTestId('card-approval-code').fill('A1B2C3');
    await shot('split-card-confirm');
    await page.getByTestId('card-approved').click();
    await page.getByTestId('tender-row').first().waitFor();
    expect(await page.getByTestId('tender-row').first().textContent()).toContain('4242');
    await expect.poll(() => minorOf('pay-paid')).toBe(200);
    expect(await minorOf('pay-due')).toBe(total - 200);
    // With a tender taken, the payment cannot be walked away from by Escape.
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('pay-due').isVisible()).toBe(true);
    await shot('split-tender-taken');
  });

  it('takes the rest in cash with change, and a second Enter does not skip the change screen', async () => {
    const remaining = total - 200;
    const quick = page.getByTestId('quick-cash');
    const amounts = await Promise.all((await quick.all()).map(async (b) => Number(await b.getAttribute('data-minor'))));
    const index = amounts.findIndex((a) => a > remaining);
    expect(index).toBeGreaterThan(0);
    const tendered = amounts[index] ?? 0;
    await quick.nth(index).click();
    await page.getByTestId('complete-sale').click();
    await page.getByTestId('paid-panel').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-sale').click();
    await page.waitForTimeout(200);
    expect(await page.getByTestId('paid-panel').isVisible()).toBe(true);
    expect(await minorOf('change-due')).toBe(tendered - remaining);
    await page.getByTestId('receipt-barcode').waitFor();
    await shot('split-paid');
  });

  it('prints a receipt whose total matches', async () => {
    const receiptNumber = await page.getByTestId('receipt').getAttribute('data-receipt-number');
    const totalText = formatMoney(total, MONEY);
    const printed = async (): Promise<string | null> => {
      for (const job of printer?.jobs ?? []) {
        const text = decodeEscPos(job).text.join('\n');
        if (text.includes(receiptNumber ?? '\u0000')) return text;
      }
      return null;
    };
    await expect.poll(printed, { timeout: 15_000 }).not.toBeNull();
    const text = (await printed()) ?? '';
    expect(text).toContain(totalText.replace('£', ''));
    // Cash is one of the tenders: the drawer pulse travels with the receipt.
    const pulses = (printer?.jobs ?? []).flatMap((job) => decodeEscPos(job).commands.filter((c) => c.name === 'ESC p'));
    expect(pulses).toHaveLength(1);
  });

  it('after a second the paid screen moves on with Enter', async () => {
    await page.waitForTimeout(1100);
    await page.keyboard.press('Enter');
    await page.getByTestId('search').waitFor();
    expect(await page.getByTestId('paid-panel').count()).toBe(0);
  });

  it('a manager sets cash rounding, the card terminal and the tenders', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: '9', exact: true }).waitFor();
    for (const digit of '9999') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Manager' }).click();
    const heading = page.getByRole('heading', { name: 'Payments and card terminal' });
    await heading.scrollIntoViewIfNeeded();
    await page.getByTestId('rules-rounding').click();
    await page.getByRole('option', { name: formatMoney(5, MONEY) }).click();
    await page.getByRole('button', { name: 'Save settings' }).nth(1).click();
    await page.getByText('Settings saved').last().waitFor();
    await page.getByRole('switch', { name: 'Voucher opens the drawer' }).scrollIntoViewIfNeeded();
    await shot('split-manager-payments');
    expect(await page.getByRole('switch', { name: 'Voucher opens the drawer' }).isChecked()).toBe(true);
  });

  it('with the simulator set to decline, the screen waits for the terminal, then says no payment was taken', async () => {
    await page.getByTestId('terminal-driver').click();
    await page.getByRole('option', { name: 'Simulator (demo and training)' }).click();
    await page.getByTestId('terminal-simulate').click();
    await page.getByRole('option', { name: 'Declined' }).click();
    await page.getByRole('button', { name: 'Save settings' }).nth(1).click();
    await expect.poll(() => page.getByText('Settings saved').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close' }).last().click();
    await page.getByTestId('search').focus();
    await page.keyboard.type(itemA.barcode, { delay: 5 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-line').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('pay-button').click();
    await page.getByTestId('tender-card').click();
    await page.getByTestId('card-waiting').waitFor();
    await shot('split-card-waiting');
    await page.getByTestId('pay-notice').waitFor();
    expect(await page.getByTestId('pay-notice').textContent()).toMatch(/declined\. No payment was taken/);
    expect(await page.getByTestId('tender-row').count()).toBe(0);
    // No tender taken: Cancel leaves payment.
    await page.getByTestId('pay-cancel').click();
    await expect.poll(() => page.getByTestId('pay-due').count()).toBe(0);
  });
});
