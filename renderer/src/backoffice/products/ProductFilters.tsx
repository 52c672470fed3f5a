import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StockState } from '../../../../shared/domain/products';
import { useCategoryTree, useSuppliers } from '../../api/hooks/use-bo-catalog';
import { treeOptions } from '../categories/category-tree';

export type ProductStatus = 'current' | 'active' | 'inactive' | 'archived';

export interface FilterState {
  /** As typed; the table asks the core once typing pauses. */
  query: string;
  categoryId: string | null;
  supplierId: string | null;
  stock: StockState | null;
  status: ProductStatus;
}

export const NO_FILTERS: FilterState = {
  query: '',
  categoryId: null,
  supplierId: null,
  stock: null,
  status: 'current',
};

const STOCK: readonly StockState[] = ['in_stock', 'low', 'out'];
const STATUS: readonly ProductStatus[] = ['current', 'active', 'inactive', 'archived'];

interface ProductFiltersProps {
  value: FilterState;
  onChange: (next: FilterState) => void;
}

export function ProductFilters({ value, onChange }: ProductFiltersProps) {
  const { t } = useTranslation();
  const categories = useCategoryTree();
  const suppliers = useSuppliers();
  const set = <K extends keyof FilterState>(key: K, v: FilterState[K]) => onChange({ ...value, [key]: v });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        size="sm"
        w={260}
        label={t('boProducts.search')}
        placeholder={t('boProducts.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value.query}
        onChange={(e) => set('query', e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        data-testid="bo-search"
      />
      <Select
        size="sm"
        w={220}
        label={t('boProducts.category')}
        placeholder={t('boProducts.allCategories')}
        data={treeOptions(categories.data ?? [])}
        value={value.categoryId}
        onChange={(v) => set('categoryId', v)}
        clearable
        searchable
        data-testid="bo-filter-category"
      />
      <Select
        size="sm"
        w={200}
        label={t('boProducts.supplier')}
        placeholder={t('boProducts.allSuppliers')}
        data={(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={value.supplierId}
        onChange={(v) => set('supplierId', v)}
        clearable
        searchable
        data-testid="bo-filter-supplier"
      />
      <Select
        size="sm"
        w={140}
        label={t('boProducts.stock')}
        placeholder={t('boProducts.allStock')}
        data={STOCK.map((s) => ({ value: s, label: t(`boProducts.stockStates.${s}`) }))}
        value={value.stock}
        onChange={(v) => set('stock', STOCK.find((s) => s === v) ?? null)}
        clearable
      />
      <Select
        size="sm"
        w={140}
        label={t('boProducts.status')}
        data={STATUS.map((s) => ({ value: s, label: t(`boProducts.statuses.${s}`) }))}
        value={value.status}
        onChange={(v) => set('status', STATUS.find((s) => s === v) ?? 'current')}
        allowDeselect={false}
        data-testid="bo-filter-status"
      />
    </Group>
  );
}
