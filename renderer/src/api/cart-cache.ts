import type { QueryClient } from '@tanstack/react-query';
import type { CartView } from '../../../shared/domain/cart';
import { keys } from './query-keys';

/**
 * Replies and `cart.updated` pushes both carry the whole cart and can arrive in either
 * order; an older copy of the same cart must never overwrite a newer one. The server's
 * version counter decides, never a clock: every change raises it by one. A different
 * cart id always wins.
 */
export function mergeCart(prev: CartView | undefined, next: CartView): CartView {
  if (prev !== undefined && prev.id === next.id && next.version < prev.version) return prev;
  return next;
}

export function storeCart(client: QueryClient, next: CartView): void {
  client.setQueryData<CartView>(keys.cart, (prev) => mergeCart(prev, next));
}
