import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { HandlersOf } from '../router';
import { CatalogService } from './catalog-service';

/** catalog.*: products, categories and tax rates as the till reads them. */
export function catalogDomain(ctx: CoreContext) {
  const catalog = new CatalogService(ctx.db);
  const handlers: HandlersOf<'catalog'> = {
    'catalog.categories': () => catalog.categories(),
    'catalog.taxRates': () => catalog.taxRates(),
    'catalog.products': (input) => catalog.products(input),
    'catalog.search': (input) => catalog.search(input.query, input.limit),
    'catalog.lookup': (input) => {
      const store = ctx.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
      const exponent = store.currencyExponent;
      const match = catalog.lookupCode(input.code, ctx.settings.instoreRules(exponent), exponent);
      // An archived product has vanished from the till; a scan of it says it is no longer sold.
      if (match === null || match.archived) fail('not_found', `Nothing has the code ${input.code}`);
      return match.product;
    },
  };
  return { catalog, handlers };
}
