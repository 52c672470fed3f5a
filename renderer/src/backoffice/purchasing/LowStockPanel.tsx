import { Button, Group, Select, Table, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSuppliers } from '../../api/hooks/use-bo-catalog';
import { useLowStockPages } from '../../api/hooks/use-purchasing';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';
import { DenseTable, LoadMore } from '../DenseTable';
import { useLoadMore } from '../use-load-more';
import { LocationSelect } from './LocationSelect';
import { SuggestedDialog } from './SuggestedDialog';

/** Products at or below their reorder point at a location, a keyset page at a time. */
export function LowStockPanel({ onOrdersMade }: { onOrdersMade: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [locationId, setLocationId] = useState<string | null>(null);
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const suppliers = useSuppliers().data ?? [];
  const pages = useLowStockPages({ locationId, supplierId });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const more = useLoadMore(() => void pages.fetchNextPage(), pages.hasNextPage && !pages.isFetchingNextPage);
  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="flex-end">
          <LocationSelect value={locationId} onChange={setLocationId} />
          <Select
            size="sm"
            w={220}
            label={t('purchasing.supplier')}
            placeholder={t('purchasing.anySupplier')}
            data={suppliers.map((s) => ({ value: s.id, label: s.name }))}
            value={supplierId}
            onChange={setSupplierId}
            clearable
          />
        </Group>
        <Button
          size="sm"
          leftSection={<IconListCheck size={16} />}
          onClick={() => setSuggesting(true)}
          data-testid="purchasing-suggest"
        >
          {t('purchasing.low.suggest')}
        </Button>
      </Group>
      {pages.isError && (
        <Text c="red.9" role="alert">
          {errorMessage(t, pages.error)}
        </Text>
      )}
      <DenseTable
        testId="low-stock-table"
        below={
          <>
            {rows.length === 0 && !pages.isPending && <Text p="md">{t('purchasing.low.empty')}</Text>}
            <LoadMore pages={pages} label={t('purchasing.loadMore')} ref={more} />
          </>
        }
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchasing.low.sku')}</Table.Th>
            <Table.Th>{t('purchasing.low.name')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.low.onHand')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.low.reorderPoint')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.low.reorderQty')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.low.onOrder')}</Table.Th>
            <Table.Th>{t('purchasing.low.supplier')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.productId} data-testid="low-stock-row">
              <Table.Td>{r.sku}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.qty(r.onHand, r.unit)}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.qty(r.reorderPoint, r.unit)}</Table.Td>
              <Table.Td className={classes.numeric}>
                {r.reorderQty === null ? '' : fmt.qty(r.reorderQty, r.unit)}
              </Table.Td>
              <Table.Td className={classes.numeric}>{r.onOrder === 0 ? '' : fmt.qty(r.onOrder, r.unit)}</Table.Td>
              <Table.Td>
                {r.supplierName ?? (
                  <Text span c="dimmed" size="sm">
                    {t('purchasing.low.noSupplier')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DenseTable>
      {suggesting && (
        <SuggestedDialog
          locationId={locationId}
          onClose={() => setSuggesting(false)}
          onCreated={() => {
            setSuggesting(false);
            onOrdersMade();
          }}
        />
      )}
    </>
  );
}
