import { Button, Center, Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductCount, useProductPages } from '../../api/hooks/use-bo-products';
import { errorMessage } from '../../i18n/error-message';
import { useLoadMore } from '../use-load-more';
import { BulkBar } from './BulkBar';
import { ProductDrawer, type DrawerTarget } from './ProductDrawer';
import { NO_FILTERS, ProductFilters, type FilterState } from './ProductFilters';
import { ProductTable, type Sort } from './ProductTable';
import { clickRow, EMPTY_SELECTION, toggleAll, type Selection } from './selection';
import classes from '../backoffice.module.css';

// Long enough that a name typed at normal speed is one request, short enough to feel instant.
const SEARCH_DEBOUNCE_MS = 250;

export function ProductsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'asc' });
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [drawer, setDrawer] = useState<DrawerTarget | null>(null);
  const [query] = useDebouncedValue(filters.query.trim(), SEARCH_DEBOUNCE_MS);

  const filter = useMemo(
    () => ({
      query: query === '' ? undefined : query,
      categoryId: filters.categoryId ?? undefined,
      supplierId: filters.supplierId ?? undefined,
      stock: filters.stock ?? undefined,
      status: filters.status,
    }),
    [query, filters.categoryId, filters.supplierId, filters.stock, filters.status],
  );
  const pages = useProductPages({ ...filter, sort: sort.key, dir: sort.dir });
  const count = useProductCount(filter);
  const rows = useMemo(() => pages.data?.pages.flatMap((p) => p.rows) ?? [], [pages.data]);
  const order = useMemo(() => rows.map((r) => r.id), [rows]);
  const more = () => {
    if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
  };
  const sentinel = useLoadMore(more, pages.hasNextPage);
  const total = count.data?.count;

  return (
    <div className={classes.page}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <ProductFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            // A selection the manager can no longer see must not be edited by a bulk action.
            setSelection(EMPTY_SELECTION);
          }}
        />
        <Button
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => setDrawer({ kind: 'new', parentId: null })}
          data-testid="bo-new-product"
        >
          {t('boProducts.newProduct')}
        </Button>
      </Group>
      <Text size="sm" aria-live="polite" data-testid="bo-count">
        {total === undefined
          ? ''
          : `${t('boProducts.count', { count: total })} · ${t('boProducts.shown', { shown: rows.length, total })}`}
      </Text>
      <div className={classes.scroll}>
        {pages.isPending ? (
          <Center p="xl">
            <Loader />
          </Center>
        ) : pages.isError ? (
          <Text c="red.9" p="md" role="alert">
            {errorMessage(t, pages.error)}
          </Text>
        ) : (
          <>
            <ProductTable
              rows={rows}
              sort={sort}
              onSort={(next) => {
                setSort(next);
                setSelection(EMPTY_SELECTION);
              }}
              selected={selection.ids}
              onToggle={(id, shift) => setSelection((s) => clickRow(s, order, id, shift))}
              onToggleAll={() => setSelection((s) => toggleAll(s, order))}
              onOpen={(id) => setDrawer({ kind: 'edit', id })}
            />
            {rows.length === 0 && (
              <Text p="md" data-testid="bo-empty">
                {t('boProducts.empty')}
              </Text>
            )}
            <div ref={sentinel} />
            {pages.hasNextPage && (
              <Center p="sm">
                <Button size="sm" variant="default" onClick={more} loading={pages.isFetchingNextPage}>
                  {t('boProducts.loadMore')}
                </Button>
              </Center>
            )}
          </>
        )}
      </div>
      {selection.ids.size > 0 && <BulkBar ids={[...selection.ids]} onClear={() => setSelection(EMPTY_SELECTION)} />}
      {drawer !== null && <ProductDrawer target={drawer} onTarget={setDrawer} onClose={() => setDrawer(null)} />}
    </div>
  );
}
