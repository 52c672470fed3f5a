import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../../../../shared/domain/catalog';
import { call } from '../../api/client';

export interface PickedProduct {
  id: string;
  name: string;
  sku: string;
  unit: ProductView['unit'];
}

/** A product found by name, SKU or barcode as the user types (the till's search). */
export function ProductPicker(props: {
  value: PickedProduct | null;
  onChange: (p: PickedProduct | null) => void;
  label?: string;
  testId?: string;
  w?: number;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(props.value ? `${props.value.name}` : '');
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useQuery({
    queryKey: ['bo', 'stock', 'pick', query],
    queryFn: () => call('catalog.search', { query, limit: 20 }),
    enabled: query.length > 0,
  });
  const options = new Map<string, PickedProduct>();
  if (props.value) options.set(props.value.id, props.value);
  for (const p of found.data ?? []) options.set(p.id, { id: p.id, name: p.name, sku: p.sku, unit: p.unit });
  return (
    <Select
      size="sm"
      w={props.w ?? 320}
      label={props.label ?? t('stock.product')}
      placeholder={t('stock.productSearch')}
      searchable
      clearable
      filter={({ options: o }) => o}
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options.values()].map((p) => ({ value: p.id, label: `${p.name} · ${p.sku}` }))}
      value={props.value?.id ?? null}
      onChange={(id) => props.onChange(id === null ? null : (options.get(id) ?? null))}
      data-testid={props.testId}
      nothingFoundMessage={query.length > 0 && !found.isPending ? t('stock.empty') : undefined}
    />
  );
}
