/**
 * Where a router call spends its time: the same work with one layer peeled off at a
 * time (router, Kysely, SQL shape), so a missed target points at a file, not a guess.
 */
import type { Statement } from 'better-sqlite3';
import { sql } from 'kysely';
import { contract } from '../shared/contract';
import type { Core } from '../electron/core/core';
import { toFtsQuery } from '../electron/core/catalog/catalog-service';
import { productSelect } from '../electron/core/catalog/product-query';
import { SEARCH } from './bare-sql';
import type { Client } from './client';
import { measure, measurePair, type Step } from './measure';
import { checkoutSplit } from './checkout-split';
import { codeAt, type Workset } from './ours';
import { row, type Summary } from './stats';

/** Only the SQL text is kept; the real MATCH is bound at each run. */
const MATCH_PLACEHOLDER = '';

const quick = (run: Step['run'], iterations = 2000): Promise<Summary> =>
  measure({ warmup: iterations / 2, iterations }, { run });

export async function breakdown(core: Core, client: Client, work: Workset): Promise<string[]> {
  const { db, services } = core;
  const code = (i: number): string => codeAt(work, 'lookup', i);
  const query = (i: number): string => work.queries[i % work.queries.length] ?? '';
  // Built as CatalogService.search builds it, so the SQL shape can be timed without the service around it.
  const searchSql = productSelect(db)
    .where('p.active', '=', 1)
    .where(sql<boolean>`p.rowid in (select rowid from products_fts where products_fts match ${MATCH_PLACEHOLDER})`)
    .orderBy('p.name')
    .limit(20)
    .compile().sql;

  return [
    row('zod parse of a cart.scan input', await quick((i) => contract['cart.scan'].input.parse({ code: code(i) }))),
    row(
      'Kysely build + compile of the barcode query',
      await quick((i) =>
        productSelect(db).innerJoin('barcodes as bc', 'bc.product_id', 'p.id').where('bc.code', '=', code(i)).compile(),
      ),
    ),
    row(
      'catalog lookup in the service, no router',
      await quick((i) => services.catalog.lookupCode(code(i), services.settings.instoreRules(), 'EUR')),
    ),
    row('catalog search in the service, no router', await quick((i) => services.catalog.search(query(i), 20), 300)),
    ...(await searchShapes(db.sqlite.prepare(searchSql), db.sqlite.prepare(SEARCH), query)),
    ...(await checkoutSplit(core, client, work)),
  ];
}

/** The two SQL shapes alternated on the app's own connection, so load from elsewhere hits both. */
async function searchShapes(app: Statement, pageFirst: Statement, query: (i: number) => string): Promise<string[]> {
  const [a, b] = await measurePair(
    { warmup: 50, iterations: 300 },
    { run: (i) => app.all(1, toFtsQuery(query(i)), 20) },
    { run: (i) => pageFirst.all(toFtsQuery(query(i)), 20) },
  );
  return [
    row('  its SQL alone, as Kysely compiles it', a),
    row('  same rows, page picked first (bare-sql.ts SEARCH)', b),
  ];
}
