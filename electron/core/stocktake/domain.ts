import type { CatalogService } from '../catalog/catalog-service';
import { staffOf, type CoreContext } from '../context';
import { homeLocationId } from '../inventory/locations';
import type { HandlersOf } from '../router';
import { entryViews, scanCount, typedCount, undoLast } from './counting';
import { postTake } from './post';
import { countedProducts, totals, uncountedPage, variancePage } from './report';
import { scopeOf, scopeSize } from './scope';
import { stockLocationChoices } from '../inventory/locations';
import { cancelTake, shelvesAt, startTake } from './start';
import { listTakes, takeOrFail, takeView, withProgress } from './take-row';

/** stocktake.*: counting a location (or a category or shelf of it) while selling goes on. */
export function stockTakeDomain(ctx: CoreContext, deps: { catalog: CatalogService }) {
  const { db } = ctx;
  const handlers: HandlersOf<'stocktake'> = {
    'stocktake.locations': () => stockLocationChoices(db),
    'stocktake.shelves': (input) => shelvesAt(db, input.locationId ?? homeLocationId(db)),
    'stocktake.list': (input) => listTakes(db, input?.status === 'counting'),
    'stocktake.get': (input) => {
      const take = takeOrFail(db, input.id);
      return withProgress(takeView(db, input.id), scopeSize(db, scopeOf(db, take)), countedProducts(db, input.id));
    },
    'stocktake.start': (input, call) => startTake(ctx, input, staffOf(call).id),
    'stocktake.cancel': (input, call) => cancelTake(ctx, input.id, input.version, staffOf(call).id),
    'stocktake.scan': (input, call) => scanCount(ctx, deps.catalog, input, staffOf(call).id),
    'stocktake.count': (input, call) => typedCount(ctx, input, staffOf(call).id),
    'stocktake.undo': (input, call) => undoLast(ctx, input.id, staffOf(call).id),
    'stocktake.myEntries': (input, call) => {
      takeOrFail(db, input.id);
      return entryViews(ctx, input.id, { staffId: staffOf(call).id, limit: input.limit });
    },
    'stocktake.variances': (input) => {
      takeOrFail(db, input.id);
      return variancePage(db, input.id, { only: input.only, after: input.after, limit: input.limit });
    },
    'stocktake.uncounted': (input) => uncountedPage(db, takeOrFail(db, input.id), { after: input.after, limit: input.limit }),
    'stocktake.totals': (input) => totals(db, takeOrFail(db, input.id)),
    'stocktake.post': (input, call) => postTake(ctx, input.id, input.version, input.zeroUncounted, staffOf(call).id),
  };
  return { handlers };
}
