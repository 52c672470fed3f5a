import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import type { ProductDetailView } from '../../../../shared/domain/products';
import { call } from '../client';
import { keys } from '../query-keys';

export type ProductListInput = Omit<InputOf<'products.list'>, 'after' | 'limit'>;
export type ProductCountInput = InputOf<'products.count'>;

// Rows per page: a screenful and a half on a back-office monitor, cheap for the keyset query.
const PAGE_SIZE = 100;

/** The product table, a keyset page at a time: each page asks for the rows after the last one's cursor. */
export function useProductPages(filter: ProductListInput) {
  return useInfiniteQuery({
    queryKey: keys.boProductList(filter),
    queryFn: ({ pageParam }) => call('products.list', { ...filter, after: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    // Keep the old rows while a new filter loads: the table does not flash empty.
    placeholderData: keepPreviousData,
  });
}

export function useProductCount(filter: ProductCountInput) {
  return useQuery({
    queryKey: keys.boProductCount(filter),
    queryFn: () => call('products.count', filter),
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: string | null) {
  return useQuery({
    queryKey: keys.boProduct(id ?? ''),
    queryFn: () => call('products.get', { id: id ?? '' }),
    enabled: id !== null,
  });
}

export function useProductImage(id: string | null, image: string | null) {
  return useQuery({
    // The file name changes with every new image, so a new one is fetched, not the cached one.
    queryKey: [...keys.boImage(id ?? ''), image],
    queryFn: () => call('products.image', { id: id ?? '' }),
    enabled: id !== null && image !== null,
  });
}

/**
 * After any change to a product: the form shows the answer at once, and the tables (and the
 * till's own product lists, whose prices may have moved) are read again.
 */
function useProductChanged() {
  const client = useQueryClient();
  return (product: ProductDetailView) => {
    client.setQueryData(keys.boProduct(product.id), product);
    void client.invalidateQueries({ queryKey: keys.boProducts });
    void client.invalidateQueries({ queryKey: ['catalog'] });
    if (product.parentId !== null) void client.invalidateQueries({ queryKey: keys.boProduct(product.parentId) });
  };
}

export function useCreateProduct() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: (input: InputOf<'products.create'>) => call('products.create', input),
    onSuccess: changed,
  });
}

export function useUpdateProduct() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: (input: InputOf<'products.update'>) => call('products.update', input),
    onSuccess: changed,
  });
}

export function useArchiveProduct() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: ({ id, archive }: { id: string; archive: boolean }) =>
      call(archive ? 'products.archive' : 'products.restore', { id }),
    onSuccess: changed,
  });
}

export function useDuplicateProduct() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: (input: InputOf<'products.duplicate'>) => call('products.duplicate', input),
    onSuccess: changed,
  });
}

export function useSchedulePrice() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: (input: InputOf<'products.schedulePrice'>) => call('products.schedulePrice', input),
    onSuccess: changed,
  });
}

export function useCancelScheduledPrice() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: (scheduledId: string) => call('products.cancelScheduledPrice', { scheduledId }),
    onSuccess: changed,
  });
}

export function useSetImage() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: (input: InputOf<'products.setImage'>) => call('products.setImage', input),
    onSuccess: changed,
  });
}

export function useGenerateBarcode() {
  return useMutation({ mutationFn: () => call('products.generateBarcode', {}) });
}

export function useBulkEdit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'products.bulkEdit'>) => call('products.bulkEdit', input),
    onSuccess: () => {
      // Every open form may hold an old price now: drop them all with the tables.
      void client.invalidateQueries({ queryKey: keys.bo });
      void client.invalidateQueries({ queryKey: ['catalog'] });
    },
  });
}
