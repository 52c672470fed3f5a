import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../client';
import { keys } from '../query-keys';

export function useCategories() {
  return useQuery({ queryKey: keys.categories, queryFn: () => call('catalog.categories'), staleTime: 5 * 60_000 });
}

export function useProducts(categoryId: string | null) {
  return useQuery({
    queryKey: keys.products(categoryId),
    queryFn: () => call('catalog.products', { categoryId, limit: 200 }),
    staleTime: 60_000,
    // Keep the old tiles on screen while the next category loads: no flash of empty grid.
    placeholderData: keepPreviousData,
  });
}

export function useProductSearch(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: keys.search(q),
    queryFn: () => call('catalog.search', { query: q, limit: 50 }),
    enabled: q.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The product behind a code, e.g. to ask for the weight of a weighed item scanned without one. */
export function useLookupProduct() {
  return useMutation({ mutationFn: (code: string) => call('catalog.lookup', { code }) });
}
