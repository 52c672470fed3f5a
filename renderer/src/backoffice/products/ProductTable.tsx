import { Badge, Checkbox, Table } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProductRowView } from '../../../../shared/domain/products';
import { useStoreFormat } from '../../format/use-store-format';
import classes from '../backoffice.module.css';

export type SortKey = 'name' | 'sku' | 'price' | 'brand' | 'updatedAt';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

interface ProductTableProps {
  rows: readonly ProductRowView[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string, shift: boolean) => void;
  onToggleAll: () => void;
  onOpen: (id: string) => void;
}

/** The product table: dense rows for a mouse, sortable headers, checkboxes for bulk edits. */
export function ProductTable({ rows, sort, onSort, selected, onToggle, onToggleAll, onOpen }: ProductTableProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someSelected = !allSelected && rows.some((r) => selected.has(r.id));

  const sortable = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    const Icon = !active ? IconSelector : sort.dir === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th
        className={numeric ? classes.numeric : undefined}
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className={classes.sortButton}
          onClick={() => onSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
          aria-label={t('boProducts.sortBy', { column: label })}
          data-testid={`sort-${key}`}
        >
          {label}
          <Icon size={14} aria-hidden />
        </button>
      </Table.Th>
    );
  };

  return (
    <Table
      className={classes.table}
      stickyHeader
      highlightOnHover
      verticalSpacing={4}
      fz="sm"
      data-testid="bo-products"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36}>
            <Checkbox
              size="xs"
              aria-label={t('boProducts.selectAll')}
              checked={allSelected}
              indeterminate={someSelected}
              onChange={onToggleAll}
            />
          </Table.Th>
          {sortable('sku', t('boProducts.columns.sku'))}
          {sortable('name', t('boProducts.columns.name'))}
          {sortable('brand', t('boProducts.columns.brand'))}
          <Table.Th>{t('boProducts.columns.category')}</Table.Th>
          {sortable('price', t('boProducts.columns.price'), true)}
          <Table.Th className={classes.numeric}>{t('boProducts.columns.cost')}</Table.Th>
          <Table.Th>{t('boProducts.columns.tax')}</Table.Th>
          <Table.Th className={classes.numeric}>{t('boProducts.columns.onHand')}</Table.Th>
          <Table.Th>{t('boProducts.columns.supplier')}</Table.Th>
          <Table.Th>{t('boProducts.columns.status')}</Table.Th>
          {sortable('updatedAt', t('boProducts.columns.updated'))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const name = r.variantLabel === null ? r.name : `${r.name} (${r.variantLabel})`;
          return (
            <Table.Tr
              key={r.id}
              data-testid="bo-product-row"
              data-sku={r.sku}
              bg={selected.has(r.id) ? 'indigo.0' : undefined}
            >
              <Table.Td>
                <Checkbox
                  size="xs"
                  aria-label={t('boProducts.selectRow', { name })}
                  checked={selected.has(r.id)}
                  // The click, not the change, carries the shift key of a range selection.
                  onChange={() => undefined}
                  onClick={(e) => onToggle(r.id, e.shiftKey)}
                />
              </Table.Td>
              <Table.Td data-testid="bo-cell-sku">{r.sku}</Table.Td>
              <Table.Td>
                <button
                  type="button"
                  className={classes.nameLink}
                  onClick={() => onOpen(r.id)}
                  data-testid="bo-cell-name"
                >
                  {name}
                </button>
              </Table.Td>
              <Table.Td>{r.brand}</Table.Td>
              <Table.Td>{r.categoryName ?? ''}</Table.Td>
              <Table.Td className={classes.numeric} data-testid="bo-cell-price" data-minor={r.price}>
                {fmt.money(r.price)}
              </Table.Td>
              <Table.Td className={classes.numeric}>{r.cost === null ? '' : fmt.money(r.cost)}</Table.Td>
              <Table.Td>
                {r.taxCode} {fmt.rate(r.rateBps)}
              </Table.Td>
              <Table.Td className={classes.numeric}>
                {fmt.qty(r.onHand, r.unit)}{' '}
                {r.stockState !== 'in_stock' && (
                  <Badge size="xs" variant="light" color={r.stockState === 'out' ? 'red' : 'orange'}>
                    {t(`boProducts.stockStates.${r.stockState}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{r.supplierName ?? ''}</Table.Td>
              <Table.Td data-testid="bo-cell-status">
                {r.archived ? (
                  <Badge size="xs" variant="light" color="gray">
                    {t('boProducts.archived')}
                  </Badge>
                ) : r.active ? (
                  t('boProducts.active')
                ) : (
                  <Badge size="xs" variant="light" color="yellow">
                    {t('boProducts.inactive')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{fmt.dateTime(r.updatedAt)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
