import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import type { PurchaseOrderView } from '../../../../shared/domain/purchasing';
import { call } from '../client';

// Every key starts with 'bo' so the back office's own invalidations reach these too.
const pk = {
  all: ['bo', 'purchasing'] as const,
  locations: ['bo', 'purchasing', 'locations'] as const,
  count: (locationId: string | null) => ['bo', 'purchasing', 'lowCount', locationId] as const,
  low: (filter: object) => ['bo', 'purchasing', 'low', filter] as const,
  suggest: (locationId: string | null) => ['bo', 'purchasing', 'suggest', locationId] as const,
  orders: (filter: object) => ['bo', 'purchasing', 'orders', filter] as const,
  order: (id: string) => ['bo', 'purchasing', 'order', id] as const,
  figures: (productId: string) => ['bo', 'purchasing', 'figures', productId] as const,
};

const PAGE_SIZE = 100;

export function usePurchasingLocations() {
  return useQuery({ queryKey: pk.locations, queryFn: () => call('purchasing.locations'), staleTime: 60_000 });
}

/** The Purchasing tab's badge: read when the tab strip mounts and once a minute after. */
export function useLowStockCount(locationId: string | null = null) {
  return useQuery({
    queryKey: pk.count(locationId),
    queryFn: () => call('purchasing.lowStockCount', locationId === null ? {} : { locationId }),
    refetchInterval: 60_000,
    refetchOnMount: 'always',
    retry: false,
  });
}

export function useLowStockPages(filter: { locationId: string | null; supplierId: string | null }) {
  return useInfiniteQuery({
    queryKey: pk.low(filter),
    queryFn: ({ pageParam }) =>
      call('purchasing.lowStock', {
        ...(filter.locationId === null ? {} : { locationId: filter.locationId }),
        ...(filter.supplierId === null ? {} : { supplierId: filter.supplierId }),
        after: pageParam,
        limit: PAGE_SIZE,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSuggestion(locationId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: pk.suggest(locationId),
    queryFn: () => call('purchasing.suggest', locationId === null ? {} : { locationId }),
    enabled,
  });
}

export function useOrderPages(filter: { status: NonNullable<InputOf<'purchasing.list'>['status']> }) {
  return useInfiniteQuery({
    queryKey: pk.orders(filter),
    queryFn: ({ pageParam }) => call('purchasing.list', { ...filter, after: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: string | null) {
  return useQuery({
    queryKey: pk.order(id ?? ''),
    queryFn: () => call('purchasing.get', { id: id ?? '' }),
    enabled: id !== null,
  });
}

/** After any change: the order shows the answer, the lists, badge and products are read again. */
function useOrderChanged() {
  const client = useQueryClient();
  return (orders: readonly PurchaseOrderView[]) => {
    for (const o of orders) client.setQueryData(pk.order(o.id), o);
    void client.invalidateQueries({ queryKey: pk.all });
    void client.invalidateQueries({ queryKey: ['bo', 'products'] });
    void client.invalidateQueries({ queryKey: ['bo', 'product'] });
  };
}

export function useSaveOrder() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: (input: InputOf<'purchasing.create'> & { id?: string; version?: number }) =>
      input.id !== undefined && input.version !== undefined
        ? call('purchasing.update', { ...input, id: input.id, version: input.version })
        : call('purchasing.create', input),
    onSuccess: (o) => changed([o]),
  });
}

export function useOrderStep() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: async (
      step:
        { kind: 'send' | 'cancel'; id: string; version: number } | ({ kind: 'close' } & InputOf<'purchasing.close'>),
    ) => {
      if (step.kind === 'send') return [await call('purchasing.send', { id: step.id, version: step.version })];
      if (step.kind === 'cancel') return [await call('purchasing.cancel', { id: step.id, version: step.version })];
      const { kind: _kind, ...input } = step;
      const r = await call('purchasing.close', input);
      return r.backorder === null ? [r.order] : [r.order, r.backorder];
    },
    onSuccess: changed,
  });
}

export function useReceive() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: (input: InputOf<'purchasing.receive'>) => call('purchasing.receive', input),
    onSuccess: (o) => changed([o]),
  });
}

export function useCreateSuggested() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: (input: InputOf<'purchasing.createSuggested'>) => call('purchasing.createSuggested', input),
    onSuccess: changed,
  });
}

export function useOrderPdf() {
  return useMutation({ mutationFn: (id: string) => call('purchasing.pdf', { id }) });
}

export function useReorderFigures(productId: string) {
  return useQuery({ queryKey: pk.figures(productId), queryFn: () => call('purchasing.reorderFigures', { productId }) });
}

export function useSetReorderFigures() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'purchasing.setReorderFigures'>) => call('purchasing.setReorderFigures', input),
    onSuccess: (figures, input) => {
      client.setQueryData(pk.figures(input.productId), figures);
      void client.invalidateQueries({ queryKey: pk.all });
      // The home figures are the product's own: the product form reloads them (and its version).
      void client.invalidateQueries({ queryKey: ['bo', 'product', input.productId] });
      void client.invalidateQueries({ queryKey: ['bo', 'products'] });
    },
  });
}
