import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CartView } from '../../../../shared/domain/cart';
import type { Qty } from '../../../../shared/domain/units';
import { markScanStart, scanAnswered } from '../../scanner/scan-timing';
import { storeCart } from '../cart-cache';
import { call } from '../client';
import { keys } from '../query-keys';

export function useCart(enabled = true) {
  return useQuery({ queryKey: keys.cart, queryFn: () => call('cart.get'), enabled, staleTime: Infinity });
}

function useCartMutation<V>(fn: (vars: V) => Promise<CartView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (cart) => storeCart(client, cart) });
}

/** A scan from the wedge scanner or the search box; timed from recognition to the painted line. */
export function useScan() {
  // A bare code, or a code with the quantity keyed before it (12 x scan).
  return useCartMutation(async (input: string | { code: string; qty?: Qty; ageChecked?: boolean }) => {
    const { code, qty, ageChecked } = typeof input === 'string' ? { code: input, qty: undefined, ageChecked: undefined } : input;
    const timing = markScanStart(code);
    try {
      const cart = await call('cart.scan', {
        code,
        ...(qty === undefined ? {} : { qty }),
        ...(ageChecked === true ? { ageChecked } : {}),
      });
      scanAnswered(timing, cart);
      return cart;
    } catch (e) {
      scanAnswered(timing, null);
      throw e;
    }
  });
}

export function useAddProduct() {
  return useCartMutation((v: { productId: string; qty?: Qty; ageChecked?: boolean }) => call('cart.addProduct', v));
}

export function useSetQty() {
  return useCartMutation((v: { lineId: string; qty: Qty }) => call('cart.setQty', v));
}
