import { tillIdOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import type { ReturnService } from './return-service';

/** return.*: finding a sold receipt and what is left to return on it. Return lines enter the cart by cart.addReturn. */
export function returnsDomain(ctx: CoreContext, deps: { returns: ReturnService }) {
  const handlers: HandlersOf<'return'> = {
    'return.lookup': (input) => deps.returns.lookup(tillIdOf(ctx), input),
  };
  return { handlers };
}
