/**
 * axe-core on every till screen: login, the till with a cart, the till's dialogs, payment
 * and the paid screen. Any serious or critical violation (contrast under WCAG AA, a name
 * that does not match the visible label, a control with no name) fails the test.
 * Run after `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { launchChromium } from './chromium';
import { readDemoProducts, sellableByPiece } from './demo-products';
import { startWebHost, type RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');

let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;
const [first, second] = sellableByPiece(readDemoProducts(ROOT));

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `a11y-${name}.png`) });

async function login(pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('search').waitFor();
}

async function scan(code: string, lines: number): Promise<void> {
  await page.getByTestId('search').focus();
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('cart-line').count(), { timeout: 10_000 }).toBe(lines);
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-a11y-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', 'sim:']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('every till screen passes axe-core with no serious or critical violation', () => {
  it('the login screen', async () => {
    if (host === undefined || first === undefined || second === undefined) throw new Error('not started');
    await page.goto(host.url);
    await page.getByRole('button', { name: '1', exact: true }).waitFor();
    await shot('login');
    await expectNoSeriousViolations(page, 'login');
  });

  it('the till with a cart and a selected line', async () => {
    await login('9999');
    await scan(first?.barcode ?? '', 1);
    await scan(second?.barcode ?? '', 2);
    await page.getByTestId('cart-line').first().click();
    // With a notice up too: a misread code keyed by hand.
    await page.getByTestId('search').fill('5010029032308');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('notice').first().waitFor();
    await page.getByTestId('search').fill('');
    await shot('till');
    await expectNoSeriousViolations(page, 'till with a cart');
  });

  it('the quantity dialog', async () => {
    await page.getByRole('button', { name: /change quantity/i }).click();
    await page.getByTestId('qty-display').waitFor();
    await shot('qty-dialog');
    await expectNoSeriousViolations(page, 'quantity dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('qty-display').waitFor({ state: 'detached' });
  });

  it('the clear-cart dialog', async () => {
    await page.keyboard.press('F8');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await shot('clear-dialog');
    await expectNoSeriousViolations(page, 'clear-cart dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the manager dialog', async () => {
    await page.getByRole('button', { name: 'Manager' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await shot('manager-dialog');
    await expectNoSeriousViolations(page, 'manager dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the on-screen keypad', async () => {
    await page.getByTestId('open-keypad').click();
    await page.getByTestId('keypad-display').waitFor();
    await shot('code-keypad');
    await expectNoSeriousViolations(page, 'on-screen keypad');
    await page.keyboard.press('Escape');
    await page.getByTestId('keypad-display').waitFor({ state: 'detached' });
  });

  it('the payment dialog', async () => {
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-due').waitFor();
    await shot('payment');
    await expectNoSeriousViolations(page, 'payment dialog');
  });

  it('the paid screen', async () => {
    const due = Number(await page.getByTestId('pay-due').first().getAttribute('data-minor'));
    const quick = page.getByTestId('quick-cash');
    const amounts = await Promise.all((await quick.all()).map(async (b) => Number(await b.getAttribute('data-minor'))));
    await quick.nth(Math.max(0, amounts.findIndex((a) => a >= due))).click();
    await page.getByTestId('complete-sale').click();
    await page.getByTestId('paid-panel').waitFor();
    await page.getByTestId('receipt-barcode').waitFor();
    await shot('paid');
    await expectNoSeriousViolations(page, 'paid screen');
  });
});
