/**
 * The Stock tab in Chromium against the web host and the demo shop: a manager adjusts a
 * product's stock with a reason and finds the movement in its history with the balance
 * after it; then opens a second location, sends goods there and receives them one short.
 * Run after `npx vite build` and `node scripts/build-main.mjs`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDemoProducts, sellableByPiece } from './demo-products';
import { ARTIFACTS, demoShop, ROOT } from './demo-shop';

const product = sellableByPiece(readDemoProducts(ROOT)).find((p) => p.stock >= 10);

const shop = demoShop({ name: 'stock', viewport: { width: 1366, height: 860 } });
let page: Page;

/** Picks an option of a Mantine Select found by its test id, typing to search when asked. */
async function choose(testId: string, option: string | RegExp, typed?: string): Promise<void> {
  const input = page.getByTestId(testId);
  if (typed === undefined) await input.click();
  else await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

const dialog = () => page.getByRole('dialog');

// The fixture's page, once its beforeAll has started it.
beforeAll(() => {
  page = shop.page;
});

describe('the back office: stock', () => {
  it("a manager adjusts stock with a reason and sees it in the product's history", async () => {
    if (!product) throw new Error('the demo has no product sold by the piece with 10 in stock');
    await page.goto(shop.host.url);
    await shop.login('9999');
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByRole('tab', { name: 'Stock', exact: true }).click();
    await page.getByTestId('stock-views').waitFor();

    await page.getByTestId('stock-adjust').click();
    await choose('stock-adjust-product', new RegExp(product.sku), product.sku);
    await dialog().getByTestId('stock-adjust-qty').fill('-2');
    await choose('stock-adjust-reason', /^Damaged/);
    await dialog().getByTestId('stock-adjust-note').fill('Dropped by the door');
    await dialog().getByTestId('stock-adjust-save').click();
    await dialog().waitFor({ state: 'detached' });

    await choose('stock-history-product', new RegExp(product.sku), product.sku);
    const first = page.getByTestId('stock-history-row').first();
    await expect.poll(() => first.textContent()).toContain('Dropped by the door');
    const cells = await first.locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['Adjustment', 'Damaged', 'Shop floor']);
    expect(cells[5]).toBe('-2');
    expect(cells[6]).toBe(String(product.stock - 2));
    expect(cells[7]).toBeTruthy();
    // The opening stock is the oldest movement, and the balance after it is what the demo loaded.
    expect(await page.getByTestId('stock-history-row').count()).toBe(2);
    expect((await page.getByTestId('stock-history-row').last().locator('td').allTextContents())[6]).toBe(
      String(product.stock),
    );
    await shop.shot('history');
  });

  it('sends a transfer to another location and receives it one short', async () => {
    if (!product) throw new Error('no product');
    await page.getByTestId('stock-views').getByText('Locations', { exact: true }).click();
    await page.getByTestId('stock-add-location').click();
    await dialog().getByTestId('stock-location-name').fill('Market stall');
    await dialog().getByTestId('stock-location-save').click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('stock-locations').textContent()).toContain('Market stall');

    await page.getByTestId('stock-views').getByText('Transfers', { exact: true }).click();
    await page.getByTestId('stock-add-transfer').click();
    await choose('stock-transfer-to', 'Market stall');
    await choose('stock-transfer-add-product', new RegExp(product.sku), product.sku);
    await dialog().getByTestId('stock-transfer-qty').fill('3');
    await dialog().getByTestId('stock-transfer-send').click();
    // Once sent, the same dialog asks what arrived.
    const received = dialog().getByRole('textbox', { name: `Received ${product.name}` });
    await received.waitFor();
    await received.fill('2');
    await page.screenshot({ path: path.join(ARTIFACTS, 'stock-transfer-receive.png') });
    await dialog()
      .getByRole('textbox', { name: `Note on a difference ${product.name}` })
      .fill('One jar broken');
    await dialog().getByTestId('stock-transfer-receive').click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('stock-transfer-row').first().textContent()).toContain('Received');

    await page.getByTestId('stock-views').getByText('Movements', { exact: true }).click();
    await choose('stock-history-location', 'Market stall');
    await expect.poll(() => page.getByTestId('stock-history-row').count()).toBe(1);
    const cells = await page.getByTestId('stock-history-row').first().locator('td').allTextContents();
    expect(cells.slice(1, 3)).toEqual(['Transfer received', 'Transfer received']);
    expect(cells[6]).toBe('2');
    await expect
      .poll(() => page.getByTestId('stock-history-onhand').textContent())
      .toContain(`On hand: ${product.stock - 3}`);

    // The valuation now counts the Market stall, worked out in a worker thread.
    await page.getByTestId('stock-views').getByText('Valuation', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('stock-valuation').textContent(), { timeout: 20_000 })
      .toContain('Market stall');
    await page.screenshot({ path: path.join(ARTIFACTS, 'stock-valuation.png') });
  });
});
