import { Button, Group, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrderPages } from '../../api/hooks/use-purchasing';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';
import { DenseTable, LoadMore } from '../DenseTable';
import { useLoadMore } from '../use-load-more';
import { StatusBadge } from './status-badge';

const FILTERS = ['open', 'draft', 'sent', 'partial', 'received', 'closed', 'cancelled', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/** Purchase orders, newest first; a reference opens the order. */
export function OrdersPanel({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [status, setStatus] = useState<Filter>('open');
  const pages = useOrderPages({ status });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const more = useLoadMore(() => void pages.fetchNextPage(), pages.hasNextPage && !pages.isFetchingNextPage);
  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Select
          size="sm"
          w={200}
          label={t('purchasing.orders.status')}
          data={FILTERS.map((f) => ({ value: f, label: t(`purchasing.filter.${f}`) }))}
          value={status}
          onChange={(v) => setStatus(FILTERS.find((f) => f === v) ?? 'open')}
          allowDeselect={false}
        />
        <Button size="sm" leftSection={<IconPlus size={16} />} onClick={onNew} data-testid="po-new">
          {t('purchasing.orders.new')}
        </Button>
      </Group>
      {pages.isError && (
        <Text c="red.9" role="alert">
          {errorMessage(t, pages.error)}
        </Text>
      )}
      <DenseTable
        testId="po-table"
        below={
          <>
            {rows.length === 0 && !pages.isPending && <Text p="md">{t('purchasing.orders.empty')}</Text>}
            <LoadMore pages={pages} label={t('purchasing.loadMore')} ref={more} />
          </>
        }
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchasing.orders.reference')}</Table.Th>
            <Table.Th>{t('purchasing.orders.supplier')}</Table.Th>
            <Table.Th>{t('purchasing.orders.location')}</Table.Th>
            <Table.Th>{t('purchasing.orders.statusCol')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.orders.lines')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.orders.total')}</Table.Th>
            <Table.Th>{t('purchasing.orders.created')}</Table.Th>
            <Table.Th>{t('purchasing.orders.expected')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="po-row">
              <Table.Td>
                <button type="button" className={classes.nameLink} onClick={() => onOpen(r.id)}>
                  {r.reference}
                </button>
              </Table.Td>
              <Table.Td>{r.supplierName}</Table.Td>
              <Table.Td>{r.locationName}</Table.Td>
              <Table.Td>
                <StatusBadge status={r.status} />
              </Table.Td>
              <Table.Td className={classes.numeric}>{r.lines}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.money(r.total)}</Table.Td>
              <Table.Td>{fmt.dateTime(r.createdAt)}</Table.Td>
              <Table.Td>{r.expectedOn ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DenseTable>
    </>
  );
}
