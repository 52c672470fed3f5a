/**
 * What a newcomer's first run at the till found, each fixed and checked in Chromium:
 * Enter in search, arrows, hand-keyed digits, misreads, line selection, the quantity
 * keypad, a quantity keyed before a scan, the role in the header and the item count.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { startWebHost, type RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
const SOURDOUGH = '5010029032307';
const COLA = '5449000004178';

let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `newcomer-${name}.png`) });
const lines = () => page.getByTestId('cart-line');
const search = () => page.getByTestId('search');
const qtys = async () => Promise.all((await lines().all()).map(async (l) => Number(await l.getAttribute('data-qty'))));
const skus = async () => Promise.all((await lines().all()).map((l) => l.getAttribute('data-sku')));
const waitForLines = (n: number) => expect.poll(() => lines().count(), { timeout: 10_000 }).toBe(n);
/** Page-side code as strings: this file is type-checked without the DOM library. */
const BLUR = '(document.activeElement instanceof HTMLElement) && document.activeElement.blur()';
const FOCUSED = 'document.activeElement?.getAttribute("data-testid") ?? null';

/** Scanner speed: keys as fast as the browser takes them, then Enter. */
async function scan(code: string): Promise<void> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

async function clearCart(): Promise<void> {
  if ((await lines().count()) === 0) return;
  // Voiding takes a reason; the manager logged in here needs no one's approval.
  await page.keyboard.press('F8');
  await page.getByRole('radio', { name: 'Scanned in error' }).click();
  await page.getByTestId('void-confirm').click();
  await waitForLines(0);
  // The cart empties (a push) before the dialog closes (the reply); a scan while the dialog
  // is still up is rightly refused with "close the dialog first", so wait for it to go.
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-newcomer-'));
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

describe("a newcomer's run at the till", () => {
  it('the header says the role of whoever logged in: Manager for the manager', async () => {
    if (host === undefined) throw new Error('web host not started');
    await page.goto(host.url);
    for (const digit of '9999') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await search().waitFor();
    expect(await page.getByTestId('cashier-name').textContent()).toBe('Manager: Morgan Manager');
  });

  it('Enter in the search box adds the highlighted result, and arrow keys move the highlight', async () => {
    await search().click();
    await search().pressSequentially('coca', { delay: 60 });
    const tiles = page.getByTestId('product-tile');
    await expect.poll(() => tiles.first().getAttribute('data-highlighted'), { timeout: 10_000 }).toBe('true');
    expect(await tiles.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => tiles.nth(1).getAttribute('data-highlighted')).toBe('true');
    const second = (await tiles.nth(1).locator('span').first().textContent()) ?? '';
    await shot('search-highlight');
    await page.keyboard.press('Enter');
    await waitForLines(1);
    expect(await lines().first().textContent()).toContain(second);
    expect(await search().inputValue()).toBe('');
  });

  it('a typo still finds the product: "sourdogh" + Enter adds the sourdough loaf', async () => {
    await search().pressSequentially('sourdogh', { delay: 60 });
    await page.keyboard.press('Enter');
    await waitForLines(2);
    expect((await skus())[1]).toBe('BAK-001');
  });

  it('a misread barcode (wrong check digit) says misread, scan again', async () => {
    // Keyed by hand into the search box, as a cashier copies a smudged label.
    await search().fill('5010029032308');
    await search().press('Enter');
    const notice = page.getByText(/Misread, scan again/);
    await notice.first().waitFor();
    await shot('misread');
    expect(await lines().count()).toBe(2);
    // The keyed code stays in the box, to be corrected.
    expect(await search().inputValue()).toBe('5010029032308');
    await search().fill('');
  });

  it('a barcode keyed with a button focused, its Enter late on a busy till, adds the item and presses no button', async () => {
    await clearCart();
    await search().fill('');
    // Focus left on a header button (a dialog closed, a tap): keys go to it. The digits come
    // fast, then the page is busy for 80 ms before Enter (a slow till under load), so the
    // timer that hands typed keys back has not run: Enter itself gives the digits back to
    // the search box, and must follow them there instead of pressing the button.
    await page.getByTestId('open-history').focus();
    await page.evaluate(`(() => {
      const key = (k) => document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      for (const d of '${COLA}') key(d);
      const end = performance.now() + 80;
      while (performance.now() < end) {}
      key('Enter');
    })()`);
    await waitForLines(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('digits typed with no field focused go to the search box', async () => {
    await clearCart();
    await page.evaluate(BLUR);
    // A person's speed, so the scanner hook hands the keys back.
    for (const d of '12') {
      await page.keyboard.press(d);
      await page.waitForTimeout(120);
    }
    await expect.poll(() => search().inputValue()).toBe('12');
    expect(await page.evaluate(FOCUSED)).toBe('search');
  });

  it('12 × scan gives a line of 12, and the item count says so', async () => {
    await page.keyboard.press('*');
    await page.getByTestId('keyed-qty').waitFor();
    expect(await page.getByTestId('keyed-qty').textContent()).toContain('12 ×');
    await shot('keyed-qty');
    await scan(SOURDOUGH);
    await waitForLines(1);
    expect(await qtys()).toEqual([12_000]);
    expect(await page.getByTestId('keyed-qty').count()).toBe(0);
    expect(await page.getByTestId('cart-heading').textContent()).toBe('Sale · 12 items');
  });

  it('the item count counts units and weighed lines as one, with plurals: 1 item, 4 items', async () => {
    await clearCart();
    await scan(COLA);
    await waitForLines(1);
    expect(await page.getByTestId('cart-heading').textContent()).toBe('Sale · 1 item');
    // A weight keyed first, then the weighed product found by name: one line of 0.750 kg.
    await search().click();
    await search().pressSequentially('0.750', { delay: 60 });
    await page.getByTestId('qty-key').click();
    await page.getByTestId('keyed-qty').waitFor();
    await search().pressSequentially('banan', { delay: 60 });
    await page.keyboard.press('Enter');
    await waitForLines(2);
    expect(await qtys()).toEqual([1000, 750]);
    await search().pressSequentially('2', { delay: 60 });
    await page.keyboard.press('*');
    // A person presses × and then reaches for the item: a scan right on the heels of the
    // key would read as one burst.
    await page.getByTestId('keyed-qty').waitFor();
    await scan(COLA);
    await expect.poll(qtys, { timeout: 10_000 }).toEqual([3000, 750]);
    // 3 cans and one weighed line.
    expect(await page.getByTestId('cart-heading').textContent()).toBe('Sale · 4 items');
    await shot('item-count');
  });

  it('tapping the selected line keeps it selected, and arrow keys move the selection', async () => {
    await lines().nth(0).click();
    await lines().nth(0).click();
    expect(await lines().nth(0).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => lines().nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await lines().nth(0).getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => lines().nth(0).getAttribute('aria-pressed')).toBe('true');
  });

  it('the quantity keypad opens on the current quantity, with its digits in the PIN pad order', async () => {
    await page.getByRole('button', { name: /change quantity/i }).click();
    const display = page.getByTestId('qty-display');
    await display.waitFor();
    expect(await display.textContent()).toBe('3');
    const dialog = page.getByRole('dialog');
    const digits = (await dialog.getByRole('button').allTextContents()).filter((d) => /^\d$/.test(d));
    expect(digits).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']);
    await shot('qty-keypad');
    // The first key replaces the quantity shown rather than appending to it.
    await page.keyboard.press('5');
    await expect.poll(() => display.textContent()).toBe('5');
    await page.keyboard.press('Enter');
    await expect.poll(qtys, { timeout: 10_000 }).toEqual([5000, 750]);
  });

  it('the on-screen keypad keys a barcode on a touch-only till', async () => {
    await page.getByTestId('open-keypad').click();
    const dialog = page.getByRole('dialog');
    for (const d of SOURDOUGH) await dialog.getByRole('button', { name: d, exact: true }).click();
    expect(await page.getByTestId('keypad-display').textContent()).toBe(SOURDOUGH);
    await shot('code-keypad');
    await page.getByTestId('keypad-code').click();
    await waitForLines(3);
    expect((await skus())[2]).toBe('BAK-001');
  });
});
