import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRowView } from '../../../../shared/domain/products';
import { call } from '../../api/client';

/** Finds a product by name, SKU or barcode for an order line; the choice is handed up and the box cleared. */
export function ProductPicker({
  onPick,
  exclude,
}: {
  onPick: (p: ProductRowView) => void;
  exclude: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useQuery({
    queryKey: ['bo', 'purchasing', 'pick', query],
    queryFn: () => call('products.list', { query, limit: 20 }),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });
  const rows = (query === '' ? [] : (found.data?.rows ?? [])).filter((r) => !exclude.has(r.id) && !r.giftCard);
  return (
    <Select
      size="sm"
      label={t('purchasing.order.addProduct')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={rows.map((r) => ({ value: r.id, label: `${r.name} · ${r.sku}` }))}
      value={null}
      filter={({ options }) => options}
      onChange={(id) => {
        const p = rows.find((r) => r.id === id);
        if (p) onPick(p);
        setSearch('');
      }}
      nothingFoundMessage={query === '' ? undefined : '—'}
      data-testid="po-add-product"
    />
  );
}
