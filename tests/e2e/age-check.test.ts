/**
 * Age-restricted goods, end to end: a manager marks ginger beer age-restricted in the back
 * office; at the till a cashier scanning it is asked to check the customer's age first,
 * "Don't sell" adds nothing, and once confirmed the sale asks no more.
 */
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { demoShop } from './demo-shop';

const GINGER_BEER = { sku: 'DRK-016', barcode: '5449000088611' };
const COLA = '5449000004178';

const shop = demoShop({ name: 'age' });
const { login, scan, shot } = shop;
const lines = () => shop.page.getByTestId('cart-line');

describe('age-restricted goods at the till', () => {
  it('a manager marks ginger beer age-restricted in the back office', async () => {
    const page = shop.page;
    await page.goto(shop.host.url);
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
    const page = shop.page;
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
    const page = shop.page;
    await scan(GINGER_BEER.barcode);
    await page.getByTestId('age-confirm').click();
    await expect.poll(() => lines().count()).toBe(2);
    await scan(GINGER_BEER.barcode);
    await expect.poll(async () => lines().nth(1).getAttribute('data-qty')).toBe('2000');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await shot('cart');
  });
});
