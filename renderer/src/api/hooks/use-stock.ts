import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName, InputOf, OutputOf } from '../../../../shared/contract';
import type { TransferStatus } from '../../../../shared/domain/stock';
import { call } from '../client';

/** The Stock tab's queries: every key starts with ['bo', 'stock'], so a stock change refreshes them all. */
const stockKey = (...rest: unknown[]) => ['bo', 'stock', ...rest] as const;

function useStockChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['bo', 'stock'] });
    void client.invalidateQueries({ queryKey: ['bo', 'products'] });
    void client.invalidateQueries({ queryKey: ['bo', 'product'] });
  };
}

export function useLocations(includeArchived = false) {
  return useQuery({
    queryKey: stockKey('locations', includeArchived),
    queryFn: () => call('stock.locations', { includeArchived }),
  });
}

export function useTillLocations() {
  return useQuery({ queryKey: stockKey('tills'), queryFn: () => call('stock.tillLocations') });
}

export function useProductStock(productId: string | null) {
  return useQuery({
    queryKey: stockKey('product', productId),
    queryFn: () => call('stock.productStock', { productId: productId ?? '' }),
    enabled: productId !== null,
  });
}

export function useStockReasons(includeArchived = false) {
  return useQuery({
    queryKey: stockKey('reasons', includeArchived),
    queryFn: () => call('stock.reasons', { includeArchived }),
  });
}

export function useTransfers(status: TransferStatus | undefined) {
  return useQuery({
    queryKey: stockKey('transfers', status ?? 'all'),
    queryFn: () => call('stock.transfers', status === undefined ? {} : { status }),
    placeholderData: keepPreviousData,
  });
}

export function useTransfer(id: string | null) {
  return useQuery({
    queryKey: stockKey('transfer', id),
    queryFn: () => call('stock.transfer', { id: id ?? '' }),
    enabled: id !== null,
  });
}

export function useHistory(input: { productId: string | null; locationId: string | null; order: 'newest' | 'oldest' }) {
  return useInfiniteQuery({
    queryKey: stockKey('history', input),
    enabled: input.productId !== null,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call('stock.history', {
        productId: input.productId ?? '',
        order: input.order,
        limit: 100,
        ...(input.locationId === null ? {} : { locationId: input.locationId }),
        ...(pageParam === undefined ? {} : { after: pageParam }),
      }),
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

export function useValuation(asOf: string | null) {
  return useQuery({
    queryKey: stockKey('valuation', asOf),
    queryFn: () => call('stock.valuation', asOf === null ? {} : { asOf }),
    placeholderData: keepPreviousData,
  });
}

export function useExpiry(locationId: string | null) {
  return useQuery({
    queryKey: stockKey('expiry', locationId),
    queryFn: () => call('stock.expiry', locationId === null ? {} : { locationId }),
  });
}

/** A mutation over one stock channel that refreshes every stock view when it succeeds. */
function useStockMutation<K extends ChannelName>(channel: K) {
  const changed = useStockChanged();
  // call's rest-argument typing cannot be resolved for a generic K; every stock channel takes an input.
  const send = call as (channel: K, input: InputOf<K>) => Promise<OutputOf<K>>;
  return useMutation({
    mutationFn: (input: InputOf<K>) => send(channel, input),
    onSuccess: changed,
  });
}

export const useSaveLocation = () => useStockMutation('stock.saveLocation');
export const useArchiveLocation = () => useStockMutation('stock.archiveLocation');
export const useSetTillLocation = () => useStockMutation('stock.setTillLocation');
export const useSaveReason = () => useStockMutation('stock.saveReason');
export const useArchiveReason = () => useStockMutation('stock.archiveReason');
export const useAdjustStock = () => useStockMutation('stock.adjust');
export const useSaveTransfer = () => useStockMutation('stock.saveTransfer');
export const useSendTransfer = () => useStockMutation('stock.sendTransfer');
export const useReceiveTransfer = () => useStockMutation('stock.receiveTransfer');
export const useCancelTransfer = () => useStockMutation('stock.cancelTransfer');
