/**
 * Discounts with a manager's override, and parking, end to end: the built renderer in
 * the system Chromium against the real core behind the web host, printing to a loopback
 * TCP printer. Run after `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { decodeEscPos } from '../devices/escpos-decode';
import { startLoopbackPrinter } from '../devices/loopback-printer';
import type { LoopbackPrinter } from '../devices/loopback-printer';
import { launchChromium } from './chromium';
import { startWebHost } from './web-host';
import type { RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
const MONEY = { currency: 'GBP', currencyExponent: 2, locale: 'en-GB' };

// From resources/demo/catalog.csv.
const SOURDOUGH = { barcode: '5010029032307', name: 'Sourdough Loaf 800g', price: 325 };
const WHITE_BREAD = { barcode: '5000168167138', name: 'White Sliced Bread 800g', price: 145 };
const COLA = { barcode: '5449000004178', name: 'Coca-Cola 330ml Can', price: 125 };
// 25% off 3.25 is 0.8125, rounded once to 0.81 (shared/pricing.ts): the customer pays 2.44.
const DISCOUNTED_SOURDOUGH = 244;

let printer: LoopbackPrinter | undefined;
let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

async function cartTotal(): Promise<number> {
  return Number(await page.getByTestId('cart-total').getAttribute('data-minor'));
}

async function scan(barcode: string): Promise<void> {
  // As in sale.test.ts: the search box has focus, and the scanner's burst must not land in it.
  const search = page.getByTestId('search');
  if (await search.isVisible()) await search.focus();
  await page.keyboard.type(barcode, { delay: 5 });
  await page.keyboard.press('Enter');
}

async function lines(): Promise<(string | null)[]> {
  return Promise.all((await page.getByTestId('cart-line').all()).map((l) => l.getAttribute('data-sku')));
}

/** Pays the exact amount in cash; resolves to the receipt number on the paid screen. */
async function payExact(): Promise<string> {
  await page.getByTestId('pay-button').click();
  await page.getByTestId('quick-cash').first().click();
  await page.getByTestId('complete-sale').click();
  await page.getByTestId('paid-panel').waitFor();
  const number = await page.getByTestId('receipt').getAttribute('data-receipt-number');
  expect(number).toMatch(/^T01-\d{6}$/);
  return number ?? '';
}

/** The receipt as the loopback printer received it, decoded from its ESC/POS bytes. */
async function printedReceipt(receiptNumber: string): Promise<string> {
  const find = (): string | null => {
    for (const job of printer?.jobs ?? []) {
      const text = decodeEscPos(job).text.join('\n');
      if (text.includes(receiptNumber)) return text;
    }
    return null;
  };
  await expect.poll(find, { timeout: 15_000 }).not.toBeNull();
  return find() ?? '';
}

function totalLine(receipt: string): string {
  return receipt.split('\n').find((l) => /^\s*TOTAL\b/.test(l)) ?? '';
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  printer = await startLoopbackPrinter();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', printer.uri]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('browser console:', m.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await printer?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("a discount past the cashier's limit, approved by a manager", () => {
  it('logs the cashier in', async () => {
    if (host === undefined) throw new Error('web host not started');
    await page.goto(host.url);
    await page.getByRole('button', { name: '1', exact: true }).waitFor();
    for (const digit of '1111') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('search').waitFor();
  });

  it("gives 25% off a line: the till asks for a manager's PIN, then the cart shows the discount as its own line", async () => {
    await scan(SOURDOUGH.barcode);
    await expect.poll(lines, { timeout: 10_000 }).toEqual(['BAK-001']);
    // The line just rung up is selected already; its actions are under the lines.
    expect(await page.getByTestId('cart-line').first().getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('line-discount').click();
    const dialog = page.getByRole('dialog', { name: `Discount on ${SOURDOUGH.name}` });
    await dialog.waitFor();
    for (const key of '25') await dialog.getByRole('button', { name: key, exact: true }).click();
    await dialog.getByRole('radio', { name: 'Loyal customer' }).click();
    await shot('discount-dialog');
    await dialog.getByTestId('discount-apply').click();

    const approval = page.getByRole('dialog', { name: "Manager's approval" });
    await approval.waitFor();
    expect(await approval.textContent()).toContain(`Discount on ${SOURDOUGH.name}`);
    // A cashier's own PIN may not approve it: said plainly, and the pad stays open.
    for (const digit of '1111') await approval.getByRole('button', { name: digit, exact: true }).click();
    await approval.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => approval.getByTestId('approval-error').textContent(), { timeout: 10_000 }).toMatch(/may not approve/);
    await shot('approval-denied');
    for (const digit of '9999') await approval.getByRole('button', { name: digit, exact: true }).click();
    await approval.getByRole('button', { name: 'Approve' }).click();
    await approval.waitFor({ state: 'detached' });

    await expect.poll(cartTotal, { timeout: 10_000 }).toBe(DISCOUNTED_SOURDOUGH);
    const row = page.getByTestId('line-discount-row');
    expect(await row.textContent()).toBe('Discount 25% · Loyal customer');
    await shot('discounted-cart');
  });

  it('takes cash; the printed TOTAL is the discounted total and the sale is in the journal', async () => {
    const receiptNumber = await payExact();
    const receipt = await printedReceipt(receiptNumber);
    expect(totalLine(receipt)).toContain(formatMoney(DISCOUNTED_SOURDOUGH, MONEY));
    const db = new Database(path.join(dataDir ?? '', 'tillbox.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const sale = db
        .prepare(
          "select s.total, j.kind from sales s join journal j on j.doc_id = s.id where s.receipt_number = ? and j.kind = 'sale.completed'",
        )
        .get(receiptNumber);
      expect(sale).toEqual({ total: DISCOUNTED_SOURDOUGH, kind: 'sale.completed' });
    } finally {
      db.close();
    }
  });
});

describe('park a sale, serve the next customer, resume it', () => {
  it('parks a sale with a note and the cart starts empty', async () => {
    await scan(WHITE_BREAD.barcode);
    await expect.poll(lines, { timeout: 10_000 }).toEqual(['BAK-002']);
    await page.keyboard.press('F9');
    const dialog = page.getByRole('dialog', { name: 'Park this sale' });
    await dialog.waitFor();
    await dialog.getByTestId('park-note').fill('Blue coat, fetching milk');
    await dialog.getByTestId('park-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(lines, { timeout: 10_000 }).toEqual([]);
  });

  it('rings up and takes cash for the next customer', async () => {
    await scan(COLA.barcode);
    await expect.poll(lines, { timeout: 10_000 }).toEqual(['DRK-001']);
    const receiptNumber = await payExact();
    expect(totalLine(await printedReceipt(receiptNumber))).toContain(formatMoney(COLA.price, MONEY));
  });

  it('resumes the parked sale from the list and takes cash for it', async () => {
    await page.keyboard.press('F2');
    await page.keyboard.press('F10');
    const dialog = page.getByRole('dialog', { name: 'Parked sales' });
    await dialog.getByText('Blue coat, fetching milk').waitFor();
    await shot('parked-sales');
    await dialog.getByTestId('parked-resume').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(lines, { timeout: 10_000 }).toEqual(['BAK-002']);
    expect(await cartTotal()).toBe(WHITE_BREAD.price);
    const receiptNumber = await payExact();
    const receipt = await printedReceipt(receiptNumber);
    expect(receipt).toContain(WHITE_BREAD.name.slice(0, 16));
    expect(totalLine(receipt)).toContain(formatMoney(WHITE_BREAD.price, MONEY));
  });
});

describe('logging out with a sale on screen', () => {
  it('asks what to do with it, and parking it logs the cashier out', async () => {
    await scan(COLA.barcode);
    await expect.poll(lines, { timeout: 10_000 }).toEqual(['DRK-001']);
    await page.getByTestId('logout').click();
    const ask = page.getByRole('dialog', { name: 'A sale is still on screen' });
    await ask.waitFor();
    await shot('logout-with-sale');
    await ask.getByRole('button', { name: 'Park it' }).click();
    const park = page.getByRole('dialog', { name: 'Park this sale' });
    await park.getByTestId('park-note').fill('Left at log-out');
    await park.getByTestId('park-confirm').click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
  });
});

describe('the store edits its reasons', () => {
  it('a manager adds a discount reason in the manager dialog and a cashier can pick it', async () => {
    for (const digit of '9999') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Manager' }).click();
    const dialog = page.getByRole('dialog', { name: 'Manager' });
    // The section headed Reasons: other sections mention reasons too ("Print discount reasons").
    const reasons = dialog.locator('section').filter({ has: page.getByRole('heading', { name: 'Reasons', exact: true }) });
    await reasons.getByLabel('Label').last().fill('Birthday treat');
    await reasons.getByRole('button', { name: 'Add reason' }).click();
    await expect.poll(() => reasons.getByRole('textbox').count(), { timeout: 10_000 }).toBe(6);
    await reasons.getByRole('textbox').nth(4).scrollIntoViewIfNeeded();
    await shot('manager-reasons');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
    // The sale parked at log-out is waiting; resume it and open its line's discount.
    await page.keyboard.press('F10');
    await page.getByTestId('parked-resume').click();
    await expect.poll(lines, { timeout: 10_000 }).toEqual(['DRK-001']);
    await page.getByTestId('cart-line').first().click();
    await page.getByTestId('line-discount').click();
    await page.getByRole('radio', { name: 'Birthday treat' }).waitFor();
    await page.keyboard.press('Escape');
  });
});
