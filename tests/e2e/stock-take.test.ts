/**
 * A stock take, end to end: a manager starts a full count in the back office; a cashier
 * at the till counts by scanning on the Count stock screen (nothing goes into the sale),
 * then sells a can while the count is still open; the manager reviews the variance report
 * and posts it, and the stock ends as counted less what was sold since.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { demoShop } from './demo-shop';

// Demo stock: Coca-Cola 15, Pepsi Max 6.
const COLA = { sku: 'DRK-001', barcode: '5449000004178' };
const PEPSI = { sku: 'DRK-004', barcode: '8002270266072' };

const shop = demoShop({ name: 'stock-take', viewport: { width: 1366, height: 860 } });
let page: Page;

const { shot } = shop;

/** On hand at the shop floor, read from the till's database the way a report would. */
function onHand(sku: string): number {
  const db = new Database(path.join(shop.dataDir, 'tillbox.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        'select coalesce(ls.on_hand, 0) from products p left join location_stock ls on ls.product_id = p.id join locations l on l.id = ls.location_id and l.home = 1 where p.sku = ?',
      )
      .pluck()
      .get(sku) as number;
  } finally {
    db.close();
  }
}

// The fixture's page, once its beforeAll has started it.
beforeAll(() => {
  page = shop.page;
});

describe('a stock take while the shop sells', () => {
  it('a manager starts a full stock take in the back office', async () => {
    await page.goto(shop.host.url);
    await shop.login('9999');
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByRole('tab', { name: 'Stock takes' }).click();
    await page.getByTestId('stocktake-start').click();
    await page.getByTestId('stocktake-start-confirm').click();
    await page.getByTestId('stocktake-status').waitFor();
    expect(await page.getByTestId('stocktake-status').textContent()).toBe('Counting');
    await page.getByTestId('back-to-till').click();
    await page.getByTestId('logout').click();
  });

  it('a cashier counts at the till by scanning, and nothing counted goes into the sale', async () => {
    expect([onHand(COLA.sku), onHand(PEPSI.sku)]).toEqual([15_000, 6000]);
    await shop.login('1111');
    await page.getByTestId('open-count-stock').click();
    const screen = page.getByTestId('count-screen');
    await screen.waitFor();
    // 12 cans of cola: key 12 on the keypad, then scan one.
    await screen.getByRole('button', { name: '1', exact: true }).click();
    await screen.getByRole('button', { name: '2', exact: true }).click();
    await screen.getByTestId('count-keyed').waitFor();
    await shop.scan(COLA.barcode);
    await expect.poll(() => page.getByTestId('count-last').textContent()).toContain('Coca-Cola 330ml Can');
    await expect.poll(() => page.getByTestId('count-keyed').count()).toBe(0);
    // A Pepsi scanned by mistake is undone, then the shelf's 5 counted one by one.
    await shop.scan(PEPSI.barcode);
    await expect.poll(() => page.getByTestId('count-last').textContent()).toContain('Pepsi Max');
    await page.getByTestId('count-undo').click();
    await expect.poll(() => page.getByTestId('count-last').textContent()).toContain('total 0');
    for (let i = 0; i < 5; i++) {
      await shop.scan(PEPSI.barcode);
      await expect.poll(() => page.getByTestId('count-last').textContent()).toContain(`total ${i + 1}`);
    }
    await shot('till');
    await expectNoSeriousViolations(page, 'count stock screen');
    await page.getByTestId('count-done').click();
    await screen.waitFor({ state: 'detached' });
    expect(await page.getByTestId('cart-line').count()).toBe(0);
  });

  it('a sale made during the count goes through as usual', async () => {
    await shop.scan(COLA.barcode);
    await expect.poll(() => page.getByTestId('cart-line').count()).toBe(1);
    await page.getByTestId('pay-button').click();
    const quick = page.getByTestId('quick-cash');
    await quick.last().click();
    await page.getByTestId('complete-sale').click();
    await page.getByTestId('paid-panel').waitFor();
    expect(onHand(COLA.sku)).toBe(14_000);
    await page.getByTestId('logout').click();
  });

  it('the manager reviews the variance report and posts it; on hand ends as counted less what sold since', async () => {
    await shop.login('9999');
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByRole('tab', { name: 'Stock takes' }).click();
    await page.getByTestId('stocktake-row').first().getByRole('button').click();
    const rows = page.getByTestId('stocktake-variance-row');
    await expect.poll(() => rows.count()).toBe(2);
    const cola = rows.filter({ hasText: 'Coca-Cola 330ml Can' });
    // Expected 15 when first counted, 12 counted: 3 missing at 0.69 each.
    expect(await cola.locator('td').nth(2).textContent()).toBe('15');
    expect(await cola.locator('td').nth(3).textContent()).toBe('12');
    expect(await cola.locator('td').nth(4).textContent()).toBe('-3');
    expect(await cola.locator('td').nth(6).textContent()).toContain('2.07');
    await page.getByLabel('Only differences').check();
    await page.waitForTimeout(300);
    await shot('report');
    await expectNoSeriousViolations(page, 'stock take page');

    await page.getByTestId('stocktake-post').click();
    await page.getByTestId('stocktake-post-confirm').click();
    await expect.poll(() => page.getByTestId('stocktake-status').textContent()).toBe('Posted');
    // 12 counted, 1 sold after the count: 11. Pepsi: 5 counted, none sold.
    expect(onHand(COLA.sku)).toBe(11_000);
    expect(onHand(PEPSI.sku)).toBe(5000);
  });
});
