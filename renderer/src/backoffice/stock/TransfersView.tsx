import { Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferStatus } from '../../../../shared/domain/stock';
import { useTransfers } from '../../api/hooks/use-stock';
import { useStoreFormat } from '../../format/use-store-format';
import classes from '../backoffice.module.css';
import { DenseTable } from '../DenseTable';
import { TransferDialog } from './TransferDialog';

const STATUSES: TransferStatus[] = ['draft', 'sent', 'received', 'cancelled'];
const COLORS: Record<TransferStatus, string> = { draft: 'gray', sent: 'orange', received: 'green', cancelled: 'gray' };

/** Transfers by status; each opens to be edited, sent or received. */
export function TransfersView() {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [status, setStatus] = useState<TransferStatus | 'all'>('all');
  const transfers = useTransfers(status === 'all' ? undefined : status);
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const rows = transfers.data ?? [];
  return (
    <Stack gap="sm" flex={1} mih={0}>
      <Group justify="space-between">
        <SegmentedControl
          size="sm"
          value={status}
          onChange={(v) => setStatus(v as TransferStatus | 'all')}
          data={[
            { value: 'all', label: t('stock.transfers.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`stock.transfers.statuses.${s}`) })),
          ]}
        />
        <Button
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => setOpen({ id: null })}
          data-testid="stock-add-transfer"
        >
          {t('stock.transfers.add')}
        </Button>
      </Group>
      <DenseTable
        testId="stock-transfers"
        below={<>{rows.length === 0 && !transfers.isPending && <Text p="md">{t('stock.empty')}</Text>}</>}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stock.transfers.reference')}</Table.Th>
            <Table.Th>{t('stock.transfers.from')}</Table.Th>
            <Table.Th>{t('stock.transfers.to')}</Table.Th>
            <Table.Th>{t('stock.transfers.status')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('stock.transfers.lines')}</Table.Th>
            <Table.Th>{t('stock.transfers.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="stock-transfer-row">
              <Table.Td>
                <button
                  type="button"
                  className={classes.nameLink}
                  aria-label={t('stock.transfers.open', { reference: r.reference })}
                  onClick={() => setOpen({ id: r.id })}
                >
                  {r.reference}
                </button>
              </Table.Td>
              <Table.Td>{r.fromName}</Table.Td>
              <Table.Td>{r.toName}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={COLORS[r.status]}>
                  {t(`stock.transfers.statuses.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td className={classes.numeric}>{r.lines}</Table.Td>
              <Table.Td>{fmt.dateTime(r.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DenseTable>
      {open !== null && (
        <TransferDialog id={open.id} onClose={() => setOpen(null)} onCreated={(id) => setOpen({ id })} />
      )}
    </Stack>
  );
}
