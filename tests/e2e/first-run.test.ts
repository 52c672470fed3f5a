/**
 * The first start on an empty data folder, as a shop owner meets it: the setup screen,
 * a store created from the form, and the owner's first login with the new PIN.
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

let host: RunningHost | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillbox-e2e-setup-'));
  host = await startWebHost(ROOT, ['--data-dir', dataDir, '--port', '0', '--printer', 'none']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('first run', () => {
  it('without the setup code a browser cannot set up the store', async () => {
    await page.goto(host?.url ?? '');
    await page.getByLabel('Setup code').waitFor();
    expect(await page.getByRole('button', { name: 'Create my store' }).count()).toBe(0);
    await page.getByLabel('Setup code').fill('not-the-code');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('That setup code is not right').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup-code.png') });
  });

  it('the link the web host printed opens the setup screen', async () => {
    const link = host?.setupUrl() ?? null;
    expect(link).not.toBeNull();
    await page.goto(link ?? '');
    await page.getByRole('button', { name: 'Open the demo shop' }).waitFor();
    // The code is taken out of the address bar once used.
    expect(page.url()).not.toContain('setup=');
    expect(await page.getByRole('button', { name: 'Create my store' }).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup.png') });
  });

  it('a store with mismatched PINs is not created, and the form says why', async () => {
    await page.getByLabel('Store name').fill('Bakery Lund');
    await page.getByLabel('Address').fill('Storgatan 1, Lund');
    await page.getByLabel(/Language and region/).fill('en-GB');
    await page.getByLabel('Tax rate (%)').fill('12');
    await page.getByLabel('Owner name').fill('Olga Owner');
    await page.getByLabel(/^Owner PIN/).fill('2468');
    await page.getByLabel('Repeat the PIN').fill('2469');
    await page.getByRole('button', { name: 'Create my store' }).click();
    await page.getByText(/PINs do not match|don't match|do not match/i).first().waitFor();
    expect(await page.getByRole('button', { name: 'Create my store' }).count()).toBe(1);
  });

  it('the owner creates the store and logs in with the new PIN', async () => {
    await page.getByLabel('Repeat the PIN').fill('2468');
    // The till's code goes into every receipt number; typed lower case, kept upper case.
    expect(await page.getByLabel(/^Till code/).inputValue()).toBe('T01');
    await page.getByLabel(/^Till code/).fill('k1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'setup-filled.png') });
    await page.getByRole('button', { name: 'Create my store' }).click();
    await page.getByRole('heading', { name: 'Bakery Lund' }).waitFor();
    for (const digit of '2468') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('search').waitFor();
    expect(await page.getByTestId('cashier-name').textContent()).toContain('Olga Owner');
    await page.getByRole('banner').getByText('Till K1').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-till.png') });
  });
});
