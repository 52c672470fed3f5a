import { staffOf, type CoreContext } from '../context';
import type { HandlersOf } from '../router';
import { CategoryService } from './category-service';

/** categories.*: the back office's category tree. */
export function categoriesDomain(ctx: CoreContext) {
  const categories = new CategoryService(ctx);
  const handlers: HandlersOf<'categories'> = {
    'categories.tree': (input) => categories.tree(input?.includeArchived ?? false),
    'categories.save': (input, call) => categories.save(input, staffOf(call)),
    'categories.archive': (input, call) => categories.archive(input.id, staffOf(call)),
  };
  return { categories, handlers };
}
