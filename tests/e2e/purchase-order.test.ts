/**
 * Purchasing in Chromium against the web host and the demo shop: the owner creates a
 * product with a generated barcode and a reorder point, sees it on the low-stock list,
 * orders it from a supplier, sends the order, receives it by scanning the barcode and
 * sees on hand rise; then a cashier sells it at the till. Run after `npm run build`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { SimulatedPrinter } from '../../electron/core/devices/printer/simulated-printer';
import { hashPin } from '../../electron/core/staff/pin-hash';
import { StaffService } from '../../electron/core/staff/staff-service';
import { readDemoProducts, sellableByPiece } from './demo-products';
import { ARTIFACTS, demoShop, ROOT } from './demo-shop';

const OWNER_PIN = '2468';
const SKU = 'PO-TEA-1';
const NAME = 'Purchase Order Test Tea';
const SUPPLIER = 'Leafy Wholesale';
const ORDERED = 6;
// A second line from the demo catalog, received by typing its quantity.
const OTHER = sellableByPiece(readDemoProducts(ROOT))[0];

let page: Page;
let barcode = '';

const drawer = () => page.getByRole('dialog').last();

async function shot(name: string): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

const shop = demoShop({
  name: 'purchasing',
  viewport: { width: 1366, height: 860 },
  demo: false,
  async prepare(dataDir) {
    // The demo shop has a cashier and a manager; the owner who runs purchasing joins it here.
    const core = await createCore({
      dataDir,
      demo: true,
      resourcesDir: path.join(ROOT, 'resources'),
      printerFactory: () => new SimulatedPrinter(),
    });
    new StaffService(core.db, { now: () => new Date() }).insertHashed({
      name: 'Olga Owner',
      role: 'owner',
      pinHash: await hashPin(OWNER_PIN),
    });
    await core.close();
  },
});

// The fixture's page, once its beforeAll has started it.
beforeAll(() => {
  page = shop.page;
});

describe('a purchase order, from the back office to the till', () => {
  it('the owner creates a product with a generated barcode and a reorder point, and it shows as low stock', async () => {
    await page.goto(shop.host.url);
    await shop.login(OWNER_PIN);
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByTestId('bo-new-product').click();
    await drawer().getByTestId('bo-field-sku').fill(SKU);
    await drawer().getByTestId('bo-field-name').fill(NAME);
    await drawer().getByTestId('bo-field-price').fill('4.50');
    await drawer().getByTestId('bo-field-cost').fill('1.00');
    await drawer().getByTestId('bo-generate-barcode').click();
    await drawer().getByTestId('bo-barcode').first().waitFor();
    barcode = (await drawer().getByTestId('bo-barcode').first().textContent()) ?? '';
    expect(barcode).toMatch(/^2\d{12}$/);
    await drawer().getByTestId('bo-save').click();
    await drawer().getByTestId('bo-tab-locations').click();
    const floor = drawer().getByTestId('stock-location-row').filter({ hasText: 'Shop floor' });
    await floor.getByLabel('Reorder point Shop floor').fill('4');
    await floor.getByLabel('Reorder qty Shop floor').fill(String(ORDERED));
    await floor.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Shop floor').waitFor();
    await drawer().getByTestId('bo-close').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByTestId('low-stock-badge').waitFor();
    await page.getByRole('tab', { name: /Purchasing/ }).click();
    await page.getByTestId('low-stock-row').filter({ hasText: NAME }).waitFor();
    await shot('purchasing-low-stock.png');
  });

  it('orders it from a supplier and sends the order', async () => {
    await page.getByRole('tab', { name: /Suppliers/ }).click();
    await page.getByTestId('bo-add-supplier').click();
    await page.getByTestId('bo-supplier-name').fill(SUPPLIER);
    await page.getByTestId('bo-supplier-save').click();
    await page.getByTestId('bo-supplier-row').filter({ hasText: SUPPLIER }).waitFor();
    await page.getByRole('tab', { name: /Purchasing/ }).click();
    await page.getByText('Purchase orders').click();
    await page.getByTestId('po-new').click();
    await drawer().getByTestId('po-supplier').click();
    await page.getByRole('option', { name: SUPPLIER }).click();
    await drawer().getByTestId('po-add-product').fill('purchase order test');
    await page.getByRole('option', { name: new RegExp(NAME) }).click();
    await drawer().getByTestId('po-line-qty').fill(String(ORDERED));
    await drawer().getByLabel(`Unit cost ${NAME}`).fill('1.20');
    await drawer()
      .getByTestId('po-add-product')
      .fill(OTHER?.name ?? '');
    await page
      .getByRole('option', { name: new RegExp(OTHER?.name ?? '') })
      .first()
      .click();
    await drawer()
      .getByLabel(`Qty ${OTHER?.name ?? ''}`)
      .fill('24');
    await drawer()
      .getByLabel(`Unit cost ${OTHER?.name ?? ''}`)
      .fill('0.50');
    await drawer().getByTestId('po-save').click();
    await drawer().getByTestId('po-send').click();
    await expect.poll(() => drawer().getByTestId('po-status').textContent()).toBe('Sent');
    expect(await drawer().getByTestId('po-total').textContent()).toBe('£19.20');
    await shot('purchasing-order-sent.png');
  });

  it('receives it by scanning the barcode, and on hand rises', async () => {
    await drawer().getByTestId('po-receive').click();
    await drawer().getByTestId('po-receive-panel').waitFor();
    for (let n = 1; n <= ORDERED; n += 1) {
      await shop.scan(barcode);
      await expect.poll(() => drawer().getByTestId('receive-qty').first().inputValue()).toBe(String(n));
    }
    await drawer()
      .getByLabel(`Arrived now ${OTHER?.name ?? ''}`)
      .fill('24');
    await shot('purchase-order.png');
    await drawer().getByTestId('receive-submit').click();
    await expect.poll(() => drawer().getByTestId('po-status').textContent()).toBe('Received');
    await drawer().getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // On hand at the shop floor, in the product's Stock by location.
    await page.getByRole('tab', { name: /Products/ }).click();
    await page.getByTestId('bo-search').fill(SKU);
    await expect.poll(() => page.getByTestId('bo-product-row').count()).toBe(1);
    await page.getByTestId('bo-cell-name').first().click();
    await drawer().getByTestId('bo-tab-locations').click();
    const floor = drawer().getByTestId('stock-location-row').filter({ hasText: 'Shop floor' });
    await expect.poll(() => floor.locator('td').nth(1).textContent()).toBe(String(ORDERED));
    await drawer().getByTestId('bo-close').click();
  });

  it('a cashier sells it at the till', async () => {
    await page.getByTestId('back-to-till').click();
    await page.getByTestId('search').waitFor();
    await page.getByTestId('logout').click();
    await shop.login('1111');
    await page.getByTestId('search').waitFor();
    await shop.scan(barcode);
    await page.getByTestId('cart-line').first().waitFor();
    expect(await page.getByTestId('cart-line').first().textContent()).toContain(NAME);
    await page.getByTestId('pay-button').click();
    await page.getByTestId('quick-cash').first().click();
    await page.getByTestId('complete-sale').click();
    await page.getByTestId('paid-panel').waitFor();
    await shot('purchase-order-sold.png');
  });
});
