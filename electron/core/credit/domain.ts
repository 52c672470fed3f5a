import { staffOf, tillIdOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { CreditService } from './credit-service';

/** credit.*: customers' store credit, given by a manager or moved by sales. */
export function creditDomain(ctx: CoreContext) {
  const credit = new CreditService(ctx.db, ctx.clock, ctx.documents);
  const handlers: HandlersOf<'credit'> = {
    'credit.issue': (input, call) => credit.issue(tillIdOf(ctx), staffOf(call), input),
    'credit.history': (input) => credit.history(input.customerId, input.limit),
  };
  return { credit, handlers };
}
