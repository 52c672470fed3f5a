import { tillIdOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { updateTill } from './till-identity';

/** till.*: this installation's identity among the store's tills. */
export function tillDomain(ctx: CoreContext) {
  const handlers: HandlersOf<'till'> = {
    'till.update': (input) => updateTill(ctx.db, tillIdOf(ctx), input),
  };
  return { handlers };
}
