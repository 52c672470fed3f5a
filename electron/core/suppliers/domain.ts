import { staffOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { SupplierService } from './supplier-service';

/** suppliers.*: who the shop buys from. */
export function suppliersDomain(ctx: CoreContext) {
  const suppliers = new SupplierService(ctx);
  const handlers: HandlersOf<'suppliers'> = {
    'suppliers.list': (input) => suppliers.list(input?.query, input?.includeArchived ?? false),
    'suppliers.save': (input, call) => suppliers.save(input, staffOf(call)),
    'suppliers.archive': (input, call) => suppliers.archive(input.id, staffOf(call)),
  };
  return { suppliers, handlers };
}
