import type { CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { ReasonCodes } from './reason-codes';

/** reasons.*: the store's reasons for discounts, overrides, voids and returns. */
export function reasonsDomain(ctx: CoreContext) {
  const reasons = new ReasonCodes(ctx.db, ctx.clock);
  const handlers: HandlersOf<'reasons'> = {
    'reasons.list': (input) => reasons.list(input.kind),
    'reasons.save': (input) => reasons.save(input),
    'reasons.archive': (input) => reasons.archive(input.id),
  };
  return { reasons, handlers };
}
