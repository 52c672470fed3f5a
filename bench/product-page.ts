/**
 * The back office's product table at 200,000 products, through the router (products.list):
 * the first page by name, a page about 1,000 pages deep reached by cursor (only the last
 * hop is timed), a page by price descending, a category's first page and the low-stock
 * list. Keyset paging should make the deep page cost what the first one does.
 */
import type Database from 'better-sqlite3';
import type { RouterClient } from '../electron/core/router-client';
import type { ProductPage } from '../shared/domain/products';
import { measure, type Rounds } from './measure';
import { fmtSummary } from './stats';

const ROUNDS: Rounds = { warmup: 20, iterations: 200 };
const PAGE = 50;
const DEEP = 1000;

export async function productPageBench(sqlite: Database.Database, client: RouterClient): Promise<string[]> {
  // The seeded store has no reorder points; give every product one of 10 items (untimed),
  // so about one in twenty is low, as in a shop that orders by them.
  sqlite.prepare('update products set reorder_point = 10000 where reorder_point is null').run();
  const categoryId = sqlite.prepare('select id from categories order by position limit 1').pluck().get() as string;

  let after: string | null = null;
  for (let i = 0; i < DEEP - 1; i++) {
    const page: ProductPage = await client.ok('products.list', { limit: PAGE, ...(after ? { after } : {}) });
    after = page.next;
  }
  const deepCursor = after ?? undefined;

  const cases: [string, () => Promise<unknown>][] = [
    ['first page by name', () => client.ok('products.list', { limit: PAGE })],
    [`page ${DEEP} by cursor`, () => client.ok('products.list', { limit: PAGE, ...(deepCursor ? { after: deepCursor } : {}) })],
    ['by price, descending', () => client.ok('products.list', { limit: PAGE, sort: 'price', dir: 'desc' })],
    ['one category', () => client.ok('products.list', { limit: PAGE, categoryId })],
    ['low stock', () => client.ok('products.list', { limit: PAGE, stock: 'low' })],
  ];
  const lines = [`\nProduct table, ${PAGE} rows a page, products.list (ms)`];
  for (const [label, run] of cases) {
    const s = await measure(ROUNDS, { run });
    lines.push(`  ${label.padEnd(22)} ${fmtSummary(s)}`);
  }
  return lines;
}
