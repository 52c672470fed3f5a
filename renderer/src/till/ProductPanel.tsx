import { Box, Loader } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../../../shared/domain/catalog';
import { useCategories, useProductSearch, useProducts } from '../api/hooks/use-catalog';
import { CategoryBar } from './CategoryBar';
import { ProductGrid } from './ProductGrid';
import { SearchBox } from './SearchBox';
import classes from './till.module.css';

interface ProductPanelProps {
  searchRef: Ref<HTMLInputElement>;
  onPick: (product: ProductView) => void;
  /** Resolves true when the code was rung up, so the box can be cleared. */
  onSubmitCode: (code: string) => Promise<boolean>;
}

const SEARCH_DEBOUNCE_MS = 200;

/** Memoized: the grid holds hundreds of tiles and must not re-render on every scan. */
export const ProductPanel = memo(function ProductPanel({ searchRef, onPick, onSubmitCode }: ProductPanelProps) {
  const { t } = useTranslation();
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const categories = useCategories();
  const products = useProducts(categoryId);
  const results = useProductSearch(query);
  const searching = search.trim() !== '';

  const shown = searching ? (results.data ?? []) : (products.data ?? []);
  const loading = searching ? results.isFetching && results.data === undefined : products.isPending;

  return (
    <section className={classes.panel} aria-label={t('products.searchLabel')}>
      <Box p={10}>
        <SearchBox
          inputRef={searchRef}
          value={search}
          onChange={setSearch}
          onSubmitCode={(code) => {
            void onSubmitCode(code).then((added) => {
              if (added) setSearch('');
            });
          }}
        />
      </Box>
      {!searching && (
        <CategoryBar categories={categories.data ?? []} selected={categoryId} onSelect={setCategoryId} />
      )}
      <div className={classes.scroll}>
        {loading ? (
          <Loader m="lg" />
        ) : (
          <ProductGrid
            products={shown}
            categories={categories.data ?? []}
            onPick={(p) => {
              onPick(p);
              // A picked search result is done with; the cashier goes back to the categories.
              if (searching) setSearch('');
            }}
            emptyText={searching ? t('products.noResults', { query: search.trim() }) : t('products.empty')}
          />
        )}
      </div>
    </section>
  );
});
