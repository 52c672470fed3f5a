import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import { storeCart } from '../cart-cache';
import { call } from '../client';
import { keys } from '../query-keys';

/** A sold receipt and what is left to return on it, by the code its barcode carries or its id. */
export function useReturnLookup() {
  return useMutation({ mutationFn: (by: InputOf<'return.lookup'>) => call('return.lookup', by) });
}

/**
 * The sold receipt a cart returns against, with its payments and what each has taken back:
 * read afresh each time payment opens, since another till may have refunded to it since.
 */
export function useReturnableSale(saleId: string | null) {
  return useQuery({
    queryKey: keys.returnable(saleId ?? ''),
    queryFn: () => call('return.lookup', { saleId: saleId ?? '' }),
    enabled: saleId !== null,
    staleTime: 0,
  });
}

export function useReturnReasons(enabled = true) {
  return useQuery({ queryKey: keys.reasons('return'), queryFn: () => call('reasons.list', { kind: 'return' }), enabled, staleTime: 5 * 60_000 });
}

export function useAddReturn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: InputOf<'cart.addReturn'>) => call('cart.addReturn', v),
    onSuccess: (cart) => storeCart(client, cart),
  });
}

export function useAddReturnNoReceipt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: InputOf<'cart.addReturnNoReceipt'>) => call('cart.addReturnNoReceipt', v),
    onSuccess: (cart) => storeCart(client, cart),
  });
}

export function useSetDisposition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: InputOf<'cart.setDisposition'>) => call('cart.setDisposition', v),
    onSuccess: (cart) => storeCart(client, cart),
  });
}

/** One page of the sales history; `before` pages back. */
export function useSaleFind(query: InputOf<'sale.find'>, enabled = true) {
  return useQuery({
    queryKey: keys.saleFind(query),
    queryFn: () => call('sale.find', query),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useReceipt(saleId: string | null) {
  return useQuery({
    queryKey: keys.receipt(saleId ?? ''),
    queryFn: () => call('sale.receipt', { saleId: saleId ?? '' }),
    enabled: saleId !== null,
    staleTime: Infinity,
  });
}

export function useReceiptPdf() {
  return useMutation({ mutationFn: (saleId: string) => call('receipt.pdf', { saleId }) });
}

export function useUpdateStore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: InputOf<'store.update'>) => call('store.update', v),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.status }),
  });
}
