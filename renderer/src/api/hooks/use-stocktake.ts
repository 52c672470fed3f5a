import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import { call } from '../client';

/** Stock take keys, all under 'stocktake' so a count or a posting refreshes every view of it. */
export const stockTakeKeys = {
  all: ['stocktake'] as const,
  list: (onlyCounting: boolean) => ['stocktake', 'list', onlyCounting] as const,
  one: (id: string) => ['stocktake', 'one', id] as const,
  mine: (id: string) => ['stocktake', 'mine', id] as const,
  variances: (id: string, only: string) => ['stocktake', 'variances', id, only] as const,
  uncounted: (id: string) => ['stocktake', 'uncounted', id] as const,
  totals: (id: string) => ['stocktake', 'totals', id] as const,
  locations: ['stocktake', 'locations'] as const,
  shelves: (locationId: string) => ['stocktake', 'shelves', locationId] as const,
};

/** Counters elsewhere add entries all the time: the pages a manager watches refresh this often. */
export const LIVE_MS = 4000;
const PAGE_SIZE = 100;

/** refetchMs: how often to look again (the till checks now and then whether a count is open). */
export function useStockTakes(onlyCounting: boolean, refetchMs: number | false) {
  return useQuery({
    queryKey: stockTakeKeys.list(onlyCounting),
    queryFn: () => call('stocktake.list', { status: onlyCounting ? 'counting' : 'all' }),
    refetchInterval: refetchMs,
  });
}

export function useStockTake(id: string, live: boolean) {
  return useQuery({ queryKey: stockTakeKeys.one(id), queryFn: () => call('stocktake.get', { id }), refetchInterval: live ? LIVE_MS : false });
}

export function useStockTakeLocations() {
  return useQuery({ queryKey: stockTakeKeys.locations, queryFn: () => call('stocktake.locations'), staleTime: 60_000 });
}

export function useShelves(locationId: string | null) {
  return useQuery({
    queryKey: stockTakeKeys.shelves(locationId ?? ''),
    queryFn: () => call('stocktake.shelves', locationId === null ? {} : { locationId }),
  });
}

export function useMyEntries(id: string) {
  return useQuery({ queryKey: stockTakeKeys.mine(id), queryFn: () => call('stocktake.myEntries', { id, limit: 20 }) });
}

export function useVariancePages(id: string, only: 'all' | 'variances', live: boolean) {
  return useInfiniteQuery({
    queryKey: stockTakeKeys.variances(id, only),
    queryFn: ({ pageParam }) => call('stocktake.variances', { id, only, after: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: live ? LIVE_MS : false,
  });
}

export function useUncountedPages(id: string, live: boolean) {
  return useInfiniteQuery({
    queryKey: stockTakeKeys.uncounted(id),
    queryFn: ({ pageParam }) => call('stocktake.uncounted', { id, after: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    refetchInterval: live ? LIVE_MS : false,
  });
}

// The totals read every counted and uncounted product (200,000 in a big full count): less often.
const TOTALS_MS = 15_000;

export function useVarianceTotals(id: string, live: boolean) {
  return useQuery({ queryKey: stockTakeKeys.totals(id), queryFn: () => call('stocktake.totals', { id }), refetchInterval: live ? TOTALS_MS : false });
}

function useStockTakesChanged() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: stockTakeKeys.all });
}

export function useStartStockTake() {
  const changed = useStockTakesChanged();
  return useMutation({ mutationFn: (input: InputOf<'stocktake.start'>) => call('stocktake.start', input), onSuccess: changed });
}

export function useCancelStockTake() {
  const changed = useStockTakesChanged();
  return useMutation({ mutationFn: (input: InputOf<'stocktake.cancel'>) => call('stocktake.cancel', input), onSuccess: changed });
}

export function usePostStockTake() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'stocktake.post'>) => call('stocktake.post', input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: stockTakeKeys.all });
      // On hand changed: the product table's stock column too.
      void client.invalidateQueries({ queryKey: ['bo'] });
    },
  });
}

/** Scans, typed counts and undo: each is an entry; the counter's list and the take's progress follow. */
export function useCountStock() {
  const changed = useStockTakesChanged();
  const scan = useMutation({ mutationFn: (input: InputOf<'stocktake.scan'>) => call('stocktake.scan', input), onSuccess: changed });
  const count = useMutation({ mutationFn: (input: InputOf<'stocktake.count'>) => call('stocktake.count', input), onSuccess: changed });
  const undo = useMutation({ mutationFn: (id: string) => call('stocktake.undo', { id }), onSuccess: changed });
  return { scan, count, undo };
}
