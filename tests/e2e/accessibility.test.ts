/**
 * axe-core on every till screen: login, the till with a cart, the till's dialogs, payment
 * and the paid screen; and on the back office's tables and forms. Any serious or critical
 * violation (contrast under WCAG AA, a name that does not match the visible label, a
 * control with no name) fails the test.
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

  // Each of the till's dialogs, opened by its key with the first line selected; closed by Escape.
  for (const [name, key] of [
    ['void-sale dialog', 'F8'],
    ['line discount dialog', 'F6'],
    ['sale discount dialog', 'F7'],
    ['price override dialog', 'F3'],
    ['park dialog', 'F9'],
    ['parked sales dialog', 'F10'],
    ['customer dialog', 'F1'],
    ['gift card dialog', 'F5'],
    ['return dialog', 'Shift+F6'],
    ['sales history dialog', 'Shift+F7'],
  ] as const) {
    it(`the ${name}`, async () => {
      if ((await page.getByTestId('cart-line').first().getAttribute('aria-pressed')) !== 'true') {
        await page.getByTestId('cart-line').first().click();
      }
      await page.keyboard.press(key);
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      // Let lists that load (reasons, parked sales, history) arrive before checking.
      await page.waitForTimeout(300);
      await shot(name.replace(/\W+/g, '-'));
      await expectNoSeriousViolations(page, name);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });
  }

  it("the manager's approval on a cashier's screen", async () => {
    await page.getByTestId('logout').click();
    await page.getByRole('button', { name: /keep/i }).first().click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await login('1111');
    await page.getByTestId('cart-line').first().click();
    await page.keyboard.press('F8');
    await page.getByRole('radio').first().click();
    await page.getByTestId('void-confirm').click();
    const pin = page.getByRole('dialog').filter({ hasText: /approval/i });
    await pin.waitFor();
    await shot('approval');
    await expectNoSeriousViolations(page, "manager's approval");
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Back to the manager, keeping the sale on screen for the screens that follow.
    await page.getByTestId('logout').click();
    await page.getByRole('button', { name: /keep/i }).first().click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await login('9999');
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

  it('the back office: the product table with a selection and its bulk bar', async () => {
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByTestId('bo-product-row').first().waitFor();
    await page.getByTestId('bo-product-row').first().getByRole('checkbox').click();
    await page.getByTestId('bulk-bar').waitFor();
    await shot('backoffice-products');
    await expectNoSeriousViolations(page, 'back office product table');
    await page.getByRole('button', { name: 'Clear selection' }).click();
  });

  it('the back office: the product form, its variants and its prices', async () => {
    await page.getByTestId('bo-cell-name').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('bo-field-sku').waitFor();
    await page.waitForTimeout(300);
    await shot('backoffice-product-form');
    await expectNoSeriousViolations(page, 'product form');
    await drawer.getByTestId('bo-tab-variants').click();
    await expectNoSeriousViolations(page, 'product form: variants');
    await drawer.getByTestId('bo-tab-prices').click();
    await drawer.getByTestId('bo-schedule').waitFor();
    await shot('backoffice-product-prices');
    await expectNoSeriousViolations(page, 'product form: prices');
    await drawer.getByTestId('bo-close').click();
    await drawer.waitFor({ state: 'detached' });
    // A new product, with a mistyped barcode showing its error.
    await page.getByTestId('bo-new-product').click();
    await drawer.getByTestId('bo-barcode-input').fill('5901234123458');
    await drawer.getByText('The check digit is wrong').waitFor();
    await expectNoSeriousViolations(page, 'new product form');
    await drawer.getByTestId('bo-close').click();
    await drawer.waitFor({ state: 'detached' });
  });

  it('the back office: categories and suppliers, and their forms', async () => {
    await page.getByRole('tab', { name: 'Categories' }).click();
    await page.getByTestId('bo-category-row').first().waitFor();
    await shot('backoffice-categories');
    await expectNoSeriousViolations(page, 'categories');
    await page.getByTestId('bo-add-category').click();
    await page.getByTestId('bo-category-name').waitFor();
    await expectNoSeriousViolations(page, 'category form');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Suppliers' }).click();
    await page.getByTestId('bo-add-supplier').waitFor();
    await page.waitForTimeout(300);
    await expectNoSeriousViolations(page, 'suppliers');
    await page.getByTestId('bo-add-supplier').click();
    await page.getByTestId('bo-supplier-name').waitFor();
    await expectNoSeriousViolations(page, 'supplier form');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Back to the till: the sale on screen is still there for the screens that follow.
    await page.getByTestId('back-to-till').click();
    await page.getByTestId('cart-line').first().waitFor();
  });

  it('the on-screen keypad', async () => {
    await page.getByTestId('open-keypad').click();
    await page.getByTestId('keypad-display').waitFor();
    await shot('code-keypad');
    await expectNoSeriousViolations(page, 'on-screen keypad');
    await page.keyboard.press('Escape');
    await page.getByTestId('keypad-display').waitFor({ state: 'detached' });
  });

  it('the payment dialog, and its card panel', async () => {
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-due').waitFor();
    await shot('payment');
    await expectNoSeriousViolations(page, 'payment dialog');
    await page.getByRole('button', { name: /^Card\b/ }).click();
    await page.waitForTimeout(300);
    await shot('payment-card');
    await expectNoSeriousViolations(page, 'payment card panel');
    // The customer's card is declined: no tender, and the keypad is back for the cash.
    await page.getByRole('button', { name: 'Declined', exact: true }).click();
    await page.getByTestId('quick-cash').first().waitFor();
    await expect.poll(() => page.getByTestId('quick-cash').first().isEnabled()).toBe(true);
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
