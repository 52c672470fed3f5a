/**
 * The back office in Chromium against the web host and the demo shop: a manager opens it
 * from the till, creates a product with a generated barcode, finds it, edits its price,
 * bulk-changes prices, schedules a price, archives a copy; then a cashier sells the new
 * product by its barcode. Run after `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { readDemoProducts } from './demo-products';
import { startWebHost, type RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');

// The demo shop's Bakery aisle, SKUs BAK-001 to BAK-018. The new product's SKU sorts after
// them all, so sorting the aisle by SKU, descending, puts it first and BAK-018 second.
const demo = readDemoProducts(ROOT);
const NEW_SKU = 'BAK-900';
const COPY_SKU = 'BAK-901';
const VARIANT_SKU = 'BAK-900-L';
// A 1 x 1 PNG, the smallest picture a product can have.
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const NEW_NAME = 'Back Office Test Tea';

let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;
let barcode = '';

/** A picture of the screen as the manager works in it, without the notices of earlier steps. */
async function shot(name: string): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.screenshot({ path: path.join(ARTIFACTS, `backoffice-${name}.png`) });
}
const drawer = () => page.getByRole('dialog');
const row = (sku: string) => page.locator(`[data-testid="bo-product-row"][data-sku="${sku}"]`);
const priceOf = async (sku: string) => Number(await row(sku).getByTestId('bo-cell-price').getAttribute('data-minor'));

async function login(pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Picks an option of a Mantine Select found by its test id. */
async function choose(testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function openProduct(sku: string): Promise<void> {
  await row(sku).getByTestId('bo-cell-name').click();
  await drawer().getByTestId('bo-field-sku').waitFor();
  expect(await drawer().getByTestId('bo-field-sku').inputValue()).toBe(sku);
}

async function closeDrawer(): Promise<void> {
  await drawer().getByTestId('bo-close').click();
  await drawer().waitFor({ state: 'detached' });
}

/** Tomorrow at 09:00 on this machine's clock, as a datetime-local input takes it. */
function tomorrowAtNine(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-backoffice-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', 'sim:']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // Under the test's own 30 s, so a step that hangs says which one.
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the back office: products', () => {
  it('a manager opens the back office from the till and pages through the whole catalog', async () => {
    await page.goto(host?.url ?? '');
    await login('9999');
    await page.getByTestId('search').waitFor();
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByTestId('bo-product-row').first().waitFor();
    // 100 rows a page: the first page, then the rest as the table scrolls or on "Load more".
    await expect.poll(() => page.getByTestId('bo-count').textContent()).toMatch(/^\d+ products/);
    const total = Number(/^(\d+)/.exec((await page.getByTestId('bo-count').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(demo.length);
    expect(await page.getByTestId('bo-count').textContent()).toContain(`100 of ${total} shown`);
    await shot('products');
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.getByTestId('bo-product-row').count()).toBe(total);
  });

  it('creates a product with a generated barcode, a price, a category and a cost', async () => {
    await page.getByTestId('bo-new-product').click();
    await drawer().getByTestId('bo-field-sku').fill(NEW_SKU);
    await drawer().getByTestId('bo-field-name').fill(NEW_NAME);
    await choose('bo-field-category', 'Bakery');
    await drawer().getByTestId('bo-field-price').fill('4.00');
    await drawer().getByTestId('bo-field-cost').fill('1.50');
    // A mistyped code is caught by its check digit as it is typed.
    await drawer().getByTestId('bo-barcode-input').fill('5901234123458');
    await drawer().getByText('The check digit is wrong').waitFor();
    await drawer().getByTestId('bo-barcode-input').fill('');
    await drawer().getByTestId('bo-generate-barcode').click();
    await drawer().getByTestId('bo-barcode').first().waitFor();
    barcode = (await drawer().getByTestId('bo-barcode').first().textContent()) ?? '';
    expect(barcode).toMatch(/^2\d{12}$/);
    await shot('new-product');
    // A SKU another product has is refused, and the reason shows on the SKU field.
    await drawer().getByTestId('bo-field-sku').fill('BAK-001');
    await drawer().getByTestId('bo-save').click();
    await drawer().getByText('Another product already has that SKU.').waitFor();
    expect(await drawer().getByTestId('bo-field-sku').getAttribute('aria-invalid')).toBe('true');
    await drawer().getByTestId('bo-field-sku').fill(NEW_SKU);
    await drawer().getByTestId('bo-save').click();
    // Created: the drawer now edits it, with its variants and prices beside the form.
    await drawer().getByTestId('bo-tab-prices').waitFor();
    // Its picture, chosen from a file, comes back from the data folder as a preview.
    await drawer()
      .locator('input[type="file"]')
      .setInputFiles({ name: 'tea.png', mimeType: 'image/png', buffer: TINY_PNG });
    await drawer()
      .getByRole('img', { name: `Image of ${NEW_NAME}` })
      .waitFor();
    await closeDrawer();
  });

  it('finds it by search and by sorting on SKU', async () => {
    await page.getByTestId('bo-search').fill('back office test');
    await expect.poll(() => page.getByTestId('bo-product-row').count()).toBe(1);
    expect(await page.getByTestId('bo-cell-sku').first().textContent()).toBe(NEW_SKU);
    await page.getByTestId('bo-search').fill('');
    await choose('bo-filter-category', 'Bakery');
    await page.getByTestId('sort-sku').click();
    await page.getByTestId('sort-sku').click();
    await expect.poll(() => page.getByTestId('bo-cell-sku').first().textContent()).toBe(NEW_SKU);
    expect(await page.getByTestId('bo-cell-sku').nth(1).textContent()).toBe('BAK-018');
    expect(await priceOf(NEW_SKU)).toBe(400);
  });

  it('edits its price, and the price history shows old -> new', async () => {
    await openProduct(NEW_SKU);
    await drawer().getByTestId('bo-field-price').fill('5.00');
    await drawer().getByTestId('bo-save').click();
    await page.getByText('Product saved.').waitFor();
    await drawer().getByTestId('bo-tab-prices').click();
    await drawer().getByTestId('bo-price-change').first().waitFor();
    expect(await drawer().getByTestId('bo-price-history').textContent()).toContain('£4.00 → £5.00');
    await closeDrawer();
    await expect.poll(() => priceOf(NEW_SKU)).toBe(500);
  });

  it('bulk-changes the price of two products by +10 %, confirmed with the number of products', async () => {
    // The demo's Victoria Sponge Cake (BAK-018) is 3.50.
    expect(await priceOf('BAK-018')).toBe(350);
    await row(NEW_SKU).getByRole('checkbox').click();
    await row('BAK-018')
      .getByRole('checkbox')
      .click({ modifiers: ['Shift'] });
    expect(await page.getByTestId('bulk-count').textContent()).toBe('2 selected');
    await choose('bulk-action', 'Change price by %');
    await page.getByTestId('bulk-value').fill('10');
    await page.getByTestId('bulk-apply').click();
    expect(await page.getByTestId('bulk-confirm-text').textContent()).toBe('The price of 2 products changes by +10 %.');
    // Let the confirmation finish fading in before the picture.
    await page.waitForTimeout(400);
    await shot('bulk-confirm');
    await page.getByTestId('bulk-confirm').click();
    await page.getByText('2 products changed.').waitFor();
    // Worked out by hand: 5.00 + 10 % = 5.50; 3.50 + 10 % = 3.85.
    await expect.poll(() => priceOf(NEW_SKU)).toBe(550);
    await expect.poll(() => priceOf('BAK-018')).toBe(385);
  });

  it('prints labels for the selection on the receipt printer, and saves a sheet of them as a PDF', async () => {
    if ((await page.getByTestId('bulk-count').count()) === 0) {
      await row(NEW_SKU).getByRole('checkbox').click();
      await row('BAK-018').getByRole('checkbox').click();
    }
    await page.getByTestId('bulk-labels').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('labels-products').waitFor();
    await dialog.getByRole('button', { name: 'Print on receipt printer' }).click();
    await dialog.getByText(/^Printed 2 labels on the receipt printer\.$/).waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    const file = await (await download).path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await dialog.getByText(/^Saved 2 labels\. A4 sheets: 1\.$/).waitFor();
    await shot('labels');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('schedules a price for tomorrow and sees it pending', async () => {
    await openProduct(NEW_SKU);
    await drawer().getByTestId('bo-tab-prices').click();
    await drawer().getByTestId('bo-schedule-price').fill('6.00');
    await drawer().getByTestId('bo-schedule-at').fill(tomorrowAtNine());
    await drawer().getByTestId('bo-schedule').click();
    await drawer().getByTestId('bo-scheduled').first().waitFor();
    const pending = (await drawer().getByTestId('bo-scheduled').first().textContent()) ?? '';
    expect(pending).toContain('Pending');
    expect(pending).toContain('£6.00');
    // Until then the price is still the one the bulk edit set.
    expect(await drawer().getByTestId('bo-price-history').textContent()).toContain('£5.00 → £5.50');
    await shot('prices');
  });

  it("a save over someone else's change is refused, and the form reloads with theirs", async () => {
    // The form is open at the version it was loaded at (still open from the step before).
    await drawer().getByRole('tab', { name: 'Details' }).click();
    const other = await browser?.newPage({ viewport: { width: 1366, height: 860 } });
    if (other === undefined) throw new Error('no browser');
    await other.goto(host?.url ?? '');
    for (const digit of '9999') await other.getByRole('button', { name: digit, exact: true }).click();
    await other.getByRole('button', { name: 'Log in' }).click();
    await other.getByTestId('open-backoffice').click();
    await other.getByTestId('bo-search').fill(NEW_SKU);
    await other.locator(`[data-testid="bo-product-row"][data-sku="${NEW_SKU}"]`).getByTestId('bo-cell-name').click();
    await other.getByRole('dialog').getByLabel('Brand').fill('Leafy');
    await other.getByTestId('bo-save').click();
    await other.getByText('Product saved.').waitFor();
    await other.close();

    await drawer().getByLabel('Brand').fill('Mine');
    await drawer().getByTestId('bo-save').click();
    await drawer().getByText('Someone else changed this product').waitFor();
    await drawer().getByRole('button', { name: 'Reload it' }).click();
    await expect.poll(() => drawer().getByLabel('Brand').inputValue()).toBe('Leafy');
  });

  it('duplicates it, archives the copy and finds the copy under "archived"', async () => {
    await drawer().getByRole('button', { name: 'Duplicate' }).click();
    await page.getByTestId('bo-duplicate-sku').fill(COPY_SKU);
    await page.getByTestId('bo-duplicate-confirm').click();
    await expect.poll(() => drawer().getByTestId('bo-field-sku').first().inputValue()).toBe(COPY_SKU);
    await drawer().getByTestId('bo-archive').click();
    await page.getByText(/is archived\./).waitFor();
    await closeDrawer();
    await expect.poll(() => row(COPY_SKU).count()).toBe(0);
    await choose('bo-filter-status', 'Archived');
    await row(COPY_SKU).waitFor();
    expect(await row(COPY_SKU).getByTestId('bo-cell-status').textContent()).toBe('Archived');
    expect(await row(NEW_SKU).count()).toBe(0);
    await shot('archived');
  });

  it('adds a variant with its own SKU, label and price, listed under the product', async () => {
    await choose('bo-filter-status', 'Current');
    await page.getByTestId('bo-search').fill(NEW_SKU);
    await row(NEW_SKU).waitFor();
    await openProduct(NEW_SKU);
    await drawer().getByTestId('bo-tab-variants').click();
    await drawer().getByTestId('bo-add-variant').click();
    // A variant starts from its product: same name, category and tax rate; its own SKU.
    await expect.poll(() => drawer().getByTestId('bo-field-name').inputValue()).toBe(NEW_NAME);
    await drawer().getByTestId('bo-field-sku').fill(VARIANT_SKU);
    await drawer().getByTestId('bo-field-variant').fill('Large');
    await drawer().getByTestId('bo-field-price').fill('7.00');
    await drawer().getByTestId('bo-save').click();
    await page.getByRole('heading', { name: `${NEW_NAME} (Large)` }).waitFor();
    await closeDrawer();
    await row(VARIANT_SKU).waitFor();
    expect(await row(VARIANT_SKU).getByTestId('bo-cell-name').textContent()).toBe(`${NEW_NAME} (Large)`);
    expect(await priceOf(VARIANT_SKU)).toBe(700);
    await openProduct(NEW_SKU);
    await drawer().getByTestId('bo-tab-variants').click();
    await drawer().getByRole('button', { name: 'Large' }).waitFor();
    await closeDrawer();
  });

  it('adds a category under Drinks and a supplier, moves the product there and links the supplier', async () => {
    await page.getByRole('tab', { name: 'Categories' }).click();
    await page.getByRole('button', { name: 'Add a category under Drinks' }).click();
    await page.getByTestId('bo-category-name').fill('Teas');
    await page.getByTestId('bo-category-save').click();
    // Indented under its parent: the tree is drawn in order, each child after its parent.
    const names = async () =>
      (await page.getByTestId('bo-category-row').allTextContents()).map((t) => t.replace(/\d+ products?$/, ''));
    await expect.poll(async () => (await names()).indexOf('Teas')).toBe((await names()).indexOf('Drinks') + 1);
    await shot('categories');

    await page.getByRole('tab', { name: 'Suppliers' }).click();
    await page.getByTestId('bo-add-supplier').click();
    await page.getByTestId('bo-supplier-name').fill('Leafy Wholesale');
    await page.getByLabel('E-mail').fill('orders@leafy.example');
    await page.getByTestId('bo-supplier-save').click();
    await page.getByTestId('bo-supplier-row').filter({ hasText: 'Leafy Wholesale' }).waitFor();

    await page.getByRole('tab', { name: 'Products' }).click();
    await choose('bo-filter-status', 'Current');
    await page.getByTestId('bo-search').fill(NEW_SKU);
    await row(NEW_SKU).waitFor();
    await openProduct(NEW_SKU);
    await choose('bo-field-category', /Teas/);
    await drawer().getByRole('button', { name: 'Add supplier' }).click();
    await drawer().getByLabel('Supplier code').fill('LW-TEA-1');
    await drawer().getByLabel('Supplier cost').fill('1.40');
    await drawer().getByTestId('bo-save').click();
    await page.getByText('Product saved.').waitFor();
    await closeDrawer();
    await page.getByTestId('bo-search').fill('');
    await choose('bo-filter-supplier', 'Leafy Wholesale');
    await expect.poll(() => page.getByTestId('bo-product-row').count()).toBe(1);
    expect(await row(NEW_SKU).textContent()).toContain('Teas');
    expect(await row(NEW_SKU).textContent()).toContain('Leafy Wholesale');
  });

  it('goes back to the till, logs out, and a cashier (who has no back office) sells the new product by its barcode', async () => {
    await page.getByTestId('back-to-till').click();
    await page.getByTestId('search').waitFor();
    await page.getByTestId('logout').click();
    await login('1111');
    await page.getByTestId('search').waitFor();
    expect(await page.getByTestId('open-backoffice').count()).toBe(0);
    await page.keyboard.type(barcode, { delay: 5 });
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line').first().waitFor();
    expect(await page.getByTestId('cart-line').first().textContent()).toContain(NEW_NAME);
    expect(Number(await page.getByTestId('cart-total').getAttribute('data-minor'))).toBe(550);
    await page.getByTestId('pay-button').click();
    await page.getByTestId('quick-cash').first().click();
    await page.getByTestId('complete-sale').click();
    await page.getByTestId('paid-panel').waitFor();
    await shot('sold');
  });

  it('on a till set to open on the back office, a manager lands there after login; a cashier still gets the till', async () => {
    // The paid screen ignores a press for its first second.
    await page.waitForTimeout(1100);
    await page.getByTestId('logout').click();
    await login('9999');
    await page.getByTestId('search').waitFor();
    await page.getByRole('button', { name: 'Manager' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Back office', { exact: true }).click();
    // The till's settings come first in the manager dialog; the payment rules also have a Save settings.
    await dialog.getByRole('button', { name: 'Save settings' }).first().click();
    await dialog.getByText('Settings saved').first().waitFor();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('logout').click();
    await login('9999');
    await page.getByTestId('bo-product-row').first().waitFor();
    expect(await page.getByTestId('search').count()).toBe(0);
    await page.getByRole('button', { name: 'Log out' }).click();
    await login('1111');
    await page.getByTestId('search').waitFor();
    expect(await page.getByTestId('open-backoffice').count()).toBe(0);
  });
});
