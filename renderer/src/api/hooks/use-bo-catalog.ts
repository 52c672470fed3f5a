import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import { call } from '../client';
import { keys } from '../query-keys';

export function useTaxRates() {
  return useQuery({ queryKey: keys.taxRates, queryFn: () => call('catalog.taxRates'), staleTime: 5 * 60_000 });
}

export function useCategoryTree(includeArchived = false) {
  return useQuery({
    queryKey: keys.boCategories(includeArchived),
    queryFn: () => call('categories.tree', { includeArchived }),
  });
}

/** Categories feed the back office's tree and filters and the till's category bar. */
function useCategoriesChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['bo', 'categories'] });
    void client.invalidateQueries({ queryKey: keys.boProducts });
    void client.invalidateQueries({ queryKey: ['catalog'] });
  };
}

export function useSaveCategory() {
  const changed = useCategoriesChanged();
  return useMutation({
    mutationFn: (input: InputOf<'categories.save'>) => call('categories.save', input),
    onSuccess: changed,
  });
}

export function useArchiveCategory() {
  const changed = useCategoriesChanged();
  return useMutation({ mutationFn: (id: string) => call('categories.archive', { id }), onSuccess: changed });
}

export function useSuppliers(query = '', includeArchived = false) {
  const q = query.trim();
  return useQuery({
    queryKey: keys.boSuppliers(q, includeArchived),
    queryFn: () => call('suppliers.list', { query: q === '' ? undefined : q, includeArchived }),
    placeholderData: keepPreviousData,
  });
}

function useSuppliersChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['bo', 'suppliers'] });
    void client.invalidateQueries({ queryKey: keys.boProducts });
  };
}

export function useSaveSupplier() {
  const changed = useSuppliersChanged();
  return useMutation({
    mutationFn: (input: InputOf<'suppliers.save'>) => call('suppliers.save', input),
    onSuccess: changed,
  });
}

export function useArchiveSupplier() {
  const changed = useSuppliersChanged();
  return useMutation({ mutationFn: (id: string) => call('suppliers.archive', { id }), onSuccess: changed });
}
