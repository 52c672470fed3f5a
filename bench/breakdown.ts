/**
 * Where a router call spends its time: the same work with one layer peeled off at a
 * time (router, Kysely, service), so a missed target points at a file, not a guess.
 */
import { contract } from '../shared/contract';
import type { Core } from '../electron/core/core';
import { productSelect } from '../electron/core/catalog/product-query';
import { measure, type Step } from './measure';
import { codeAt, type Workset } from './ours';
import { row, type Summary } from './stats';

const quick = (run: Step['run'], iterations = 2000): Promise<Summary> =>
  measure({ warmup: iterations / 2, iterations }, { run });

export async function breakdown(core: Core, work: Workset): Promise<string[]> {
  const { db, services } = core;
  const tillId = services.settings.get('tillId') ?? '';
  const staffId = (db.sqlite.prepare('select id from staff limit 1').pluck().get() as string | undefined) ?? '';
  const code = (i: number): string => codeAt(work, 'lookup', i);
  const query = (i: number): string => work.queries[i % work.queries.length] ?? '';

  return [
    row('zod parse of a cart.scan input', await quick((i) => contract['cart.scan'].input.parse({ code: code(i) }))),
    row(
      'Kysely build + compile of the barcode query',
      await quick((i) =>
        productSelect(db.q, 'shop-floor').innerJoin('barcodes as bc', 'bc.product_id', 'p.id').where('bc.code', '=', code(i)).compile(),
      ),
    ),
    row(
      'catalog lookup in the service, no router',
      await quick((i) => {
        const exponent = services.settings.currencyExponent();
        return services.catalog.lookupCode(code(i), services.settings.instoreRules(exponent), exponent);
      }),
    ),
    row('catalog search in the service, no router', await quick((i) => services.catalog.search(query(i), 20), 300)),
    row(
      'cart.scan in the service, no router',
      await quick((i) => {
        if (i % 5 === 0) {
          const open = services.carts.cartRow(tillId);
          if (open) core.db.tx(() => services.carts.empty(open.id));
        }
        services.carts.scan(tillId, staffId, code(i));
      }),
    ),
  ];
}

