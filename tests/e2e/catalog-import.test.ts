/**
 * A catalog import in Chromium against the web host and the demo shop: a manager opens the
 * back office, chooses a CSV with three bad rows and sees exactly those rows and why, fixes
 * the file and chooses it again (its columns remembered), imports it with a progress bar,
 * reads the summary, finds the new products in the product table and sells one at the till.
 * Run after `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../shared/barcode';
import { expectNoSeriousViolations } from './axe';
import { launchChromium } from './chromium';
import { startWebHost, type RunningHost } from './web-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');

/** A valid EAN-13 in the 48 range no demo product uses, numbered n. */
const ean = (n: number) => withCheckDigit(`48${String(n).padStart(10, '0')}`);
const HEADER = 'SKU,Name,Barcode,Category,Price,Tax,Stock';
const good = (n: number) => `IMP-${n},Imported tea ${n},${ean(n)},Pantry,2.50,A,${n % 9}`;
// Rows 5, 6 and 7 of the file (the header is row 1).
const BAD_DIGIT = `IMP-900,Bad digit tea,${ean(900).slice(0, 12)}${(Number(ean(900).slice(12)) + 1) % 10},Pantry,2.50,A,1`;
const SAME_SKU = `IMP-1,Same SKU tea,${ean(901)},Pantry,2.50,A,1`;
const UNKNOWN_TAX = `IMP-902,Unknown tax tea,${ean(902)},Pantry,2.50,Q,1`;
/** Enough rows for a few batches, so the progress bar has something to show. */
const MORE = Array.from({ length: 3000 }, (_, i) => good(1000 + i));

let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `import-${name}.png`) });

function writeCsv(name: string, rows: string[]): string {
  const file = path.join(dataDir ?? os.tmpdir(), name);
  fs.writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
  return file;
}

async function chooseFile(file: string): Promise<void> {
  await page.getByTestId('import-wizard').locator('input[type="file"]').setInputFiles(file);
  await page.getByTestId('import-mapping').waitFor().catch(async (e: unknown) => {
    await shot('choose-failed');
    throw e;
  });
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-import-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--demo', '--printer', 'sim:']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('catalog import in the back office', () => {
  it('a dry run shows exactly the bad rows with their reasons and writes nothing', async () => {
    await page.goto(host?.url ?? '');
    for (const digit of '9999') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('search').waitFor();
    await page.getByRole('button', { name: 'Back office' }).click();
    await page.getByRole('tab', { name: 'Import' }).click();

    await chooseFile(writeCsv('catalog.csv', [good(1), good(2), good(3), BAD_DIGIT, SAME_SKU, UNKNOWN_TAX]));
    expect(await page.getByTestId('mapping-source').textContent()).toMatch(/Proposed from the column names/);
    await expectNoSeriousViolations(page, 'import: columns');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByTestId('import-report').waitFor();
    const rows = page.getByTestId('import-issue');
    const issues: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) issues.push(await rows.nth(i).locator('td').allTextContents());
    expect(issues.map(([row, column]) => `${row} ${column}`)).toEqual(['5 Barcode', '6 SKU', '7 Tax']);
    expect(issues[0]?.[2]).toMatch(/check digit/);
    expect(issues[1]?.[2]).toMatch(/SKU IMP-1 is also on row 2/);
    expect(issues[2]?.[2]).toMatch(/Unknown tax rate "Q"/);
    expect(await page.getByTestId('import-counts').textContent()).toContain('6 rows');
    expect(await page.getByRole('button', { name: /^Import \d+ rows$/ }).isDisabled()).toBe(true);
    await shot('dry-run');
    await expectNoSeriousViolations(page, 'import: dry run');
  });

  it('the fixed file, chosen again, keeps its columns and imports with a progress bar and a summary', async () => {
    const fixed = [good(1), good(2), good(3), BAD_DIGIT.replace(/,\d{13},/, `,${ean(900)},`), SAME_SKU.replace('IMP-1,', 'IMP-901,'), UNKNOWN_TAX.replace(",Q,", ",A,"), ...MORE];
    await chooseFile(writeCsv('catalog.csv', fixed));
    expect(await page.getByTestId('mapping-source').textContent()).toMatch(/last file laid out like this one/);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Every row is good').waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toContain(`${fixed.length.toLocaleString('en')} rows: ${fixed.length.toLocaleString('en')} new products`);
    await page.getByRole('button', { name: `Import ${fixed.length} rows` }).click();
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await shot('progress');
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-run').getAttribute('data-status')).toBe('done');
    expect(await page.getByTestId('import-summary').textContent()).toMatch(new RegExp(`${fixed.length.toLocaleString('en')} new products and 0 updated`));
    await shot('summary');
    await expectNoSeriousViolations(page, 'import: summary');
  });

  it('the new products are in the product table and sell at the till', async () => {
    await page.getByRole('tab', { name: 'Products' }).click();
    await page.getByTestId('bo-search').fill('unknown tax tea');
    await expect.poll(() => page.getByTestId('bo-product-row').count()).toBe(1);
    expect(await page.getByTestId('bo-cell-sku').first().textContent()).toBe('IMP-902');
    await shot('products');
    await page.getByTestId('back-to-till').click();
    await page.getByTestId('search').focus();
    await page.keyboard.type(ean(2), { delay: 5 });
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line').first().waitFor();
    expect(await page.getByTestId('cart-line').first().textContent()).toContain('Imported tea 2');
  });

  it('exports the products as CSV, the new ones included', async () => {
    await page.getByTestId('open-backoffice').click();
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByTestId('export-panel').waitFor();
    await expectNoSeriousViolations(page, 'export');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tillbox-products-\d{4}-\d{2}-\d{2}\.csv$/);
    const saved = path.join(dataDir ?? os.tmpdir(), file.suggestedFilename());
    await file.saveAs(saved);
    expect(fs.readFileSync(saved, 'utf8')).toContain('IMP-902');
    await page.getByTestId('export-saved').waitFor();
    // The button's spinner fades out after the file is saved.
    await expect.poll(() => page.getByRole('button', { name: 'Export', exact: true }).getAttribute('data-loading')).toBeNull();
    await shot('export');
  });
});
