import type { CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { CustomerService } from './customer-service';

/** customer.*: the shop's customers, found, created and archived at the till. */
export function customersDomain(ctx: CoreContext) {
  const customers = new CustomerService(ctx.db, ctx.clock);
  const handlers: HandlersOf<'customer'> = {
    'customer.search': (input) => customers.search(input.query, input.limit, input.includeArchived),
    'customer.get': (input) => customers.get(input.customerId),
    'customer.create': (input) => customers.create(input),
    'customer.update': (input) => customers.update(input),
    'customer.archive': (input) => customers.archive(input.customerId, true),
    'customer.restore': (input) => customers.archive(input.customerId, false),
  };
  return { customers, handlers };
}
