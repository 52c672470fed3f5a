import { Box, Loader } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useEffect, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../../../shared/domain/catalog';
import { useCategories, useProductSearch, useProducts } from '../api/hooks/use-catalog';
import { useStableCallback } from '../app/use-stable-callback';
import { CategoryBar } from './CategoryBar';
import { KeyedQty } from './KeyedQty';
import { ProductGrid } from './ProductGrid';
import { SearchBox } from './SearchBox';
import classes from './till.module.css';

interface ProductPanelProps {
  searchRef: Ref<HTMLInputElement>;
  onPick: (product: ProductView) => void;
  /** Resolves true when the code was rung up, so the box can be cleared. */
  onSubmitCode: (code: string) => Promise<boolean>;
  /** The quantity keyed for the next item, as typed; null when none. */
  keyedQty: string | null;
  /** Returns true when the text was taken as the next item's quantity. */
  onKeyQty: (text: string | null) => boolean;
  onOpenKeypad: () => void;
}

const SEARCH_DEBOUNCE_MS = 200;
const CODE = /^[\x21-\x7E]+$/;

/** Memoized: the grid holds hundreds of tiles and must not re-render on every scan. */
export const ProductPanel = memo(function ProductPanel(props: ProductPanelProps) {
  const { searchRef, onPick, onSubmitCode } = props;
  const { t } = useTranslation();
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [highlight, setHighlight] = useState(0);
  // Enter pressed before the results for what was typed arrived: act once they do.
  const [enterPending, setEnterPending] = useState(false);
  const [query] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const categories = useCategories();
  const products = useProducts(categoryId);
  const results = useProductSearch(query);
  const searching = search.trim() !== '';
  const current = searching && query === search.trim() && !results.isPlaceholderData && results.data !== undefined;

  const shown = searching ? (results.data ?? []) : (products.data ?? []);
  const loading = searching ? results.isFetching && results.data === undefined : products.isPending;
  const highlighted = searching && current ? (shown[Math.min(highlight, shown.length - 1)] ?? null) : null;

  // New results: the best match is highlighted again.
  useEffect(() => setHighlight(0), [query]);

  const pick = (p: ProductView) => {
    onPick(p);
    // A picked search result is done with; the cashier goes back to the categories.
    if (searching) setSearch('');
  };
  const submitCode = (code: string) => {
    void onSubmitCode(code).then((added) => {
      if (added) setSearch('');
    });
  };

  const enterOnResults = useStableCallback(() => {
    setEnterPending(false);
    const first = shown[0];
    if (first !== undefined) pick(first);
    else if (CODE.test(search.trim())) submitCode(search.trim());
  });
  useEffect(() => {
    if (enterPending && current) enterOnResults();
  }, [enterPending, current, enterOnResults]);

  return (
    <section className={classes.panel} aria-label={t('products.searchLabel')}>
      <Box p={10}>
        <SearchBox
          inputRef={searchRef}
          value={search}
          onChange={(v) => {
            setSearch(v);
            setEnterPending(false);
          }}
          onSubmitCode={submitCode}
          onPickHighlighted={() => {
            if (!searching) return false;
            if (!current) {
              setEnterPending(true);
              return true;
            }
            if (highlighted === null) return false;
            pick(highlighted);
            return true;
          }}
          onMoveHighlight={(delta) => {
            if (shown.length > 0) setHighlight((h) => Math.max(0, Math.min(shown.length - 1, h + delta)));
          }}
          onKeyQty={(text) => {
            if (props.onKeyQty(text)) setSearch('');
          }}
          onOpenKeypad={props.onOpenKeypad}
        />
        {props.keyedQty !== null && <KeyedQty text={props.keyedQty} onCancel={() => props.onKeyQty(null)} />}
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
            highlightedId={highlighted?.id ?? null}
            onPick={pick}
            emptyText={searching ? t('products.noResults', { query: search.trim() }) : t('products.empty')}
          />
        )}
      </div>
    </section>
  );
});
