/**
 * Age-restricted goods, end to end: a manager marks ginger beer age-restricted in the back
 * office; at the till a cashier scanning it is asked to check the customer's age first,
 * "Don't sell" adds nothing, and once confirmed the sale asks no more.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { launchChromium } from './chromium';
import { startWebHost, type RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
const GINGER_BEER = { sku: 'DRK-016', barcode: '5449000088611' };
const COLA = '5449000004178';

let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `age-${name}.png`) });
const lines = () => page.getByTestId('cart-line');

async function login(pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('search').waitFor();
}

async function scan(code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-age-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', 'sim:']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('age-restricted goods at the till', () => {
  it('a manager marks ginger beer age-restricted in the back office', async () => {
    await page.goto(host?.url ?? '');
    await login('9999');
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByTestId('bo-search').fill(GINGER_BEER.sku);
    await expect.poll(() => page.getByTestId('bo-product-row').count()).toBe(1);
    await page.getByTestId('bo-cell-name').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('bo-field-sku').waitFor();
    await drawer.getByLabel('Age restricted').check();
    await drawer.getByTestId('bo-save').click();
    await page.getByText('Product saved.').waitFor();
    await drawer.getByTestId('bo-close').click();
    await page.getByTestId('back-to-till').click();
    await page.getByTestId('logout').click();
  });

  it("a cashier scanning it is asked to check the customer's age, and Don't sell adds nothing", async () => {
    await login('1111');
    await scan(COLA);
    await expect.poll(() => lines().count()).toBe(1);
    await scan(GINGER_BEER.barcode);
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('age-check-product').waitFor();
    expect(await dialog.getByTestId('age-check-product').textContent()).toBe('Ginger Beer 330ml Bottle is age-restricted.');
    await page.waitForTimeout(300);
    await shot('dialog');
    await expectNoSeriousViolations(page, 'age check dialog');
    await dialog.getByTestId('age-refuse').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await lines().count()).toBe(1);
  });

  it('once the age is checked the item goes in, and the rest of the sale is not asked again', async () => {
    await scan(GINGER_BEER.barcode);
    await page.getByTestId('age-confirm').click();
    await expect.poll(() => lines().count()).toBe(2);
    await scan(GINGER_BEER.barcode);
    await expect.poll(async () => lines().nth(1).getAttribute('data-qty')).toBe('2000');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await shot('cart');
  });
});
