import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE_MS, useStockTakes } from '../../api/hooks/use-stocktake';
import { useStoreFormat } from '../../format/use-store-format';
import classes from '../backoffice.module.css';
import { scopeText, STATUS_COLOR } from './scope-text';
import { StartStockTakeDialog } from './StartStockTakeDialog';
import { StockTakeDetail } from './StockTakeDetail';

/** Stock takes: the list (open ones first), starting one, and each one's page. */
export function StockTakesPage() {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [openId, setOpenId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const takes = useStockTakes(false, openId === null ? LIVE_MS : false);
  if (openId !== null) return <StockTakeDetail id={openId} onBack={() => setOpenId(null)} />;
  const rows = takes.data ?? [];
  return (
    <div className={classes.page}>
      <Group justify="flex-end">
        <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setStarting(true)} data-testid="stocktake-start">
          {t('stocktake.start')}
        </Button>
      </Group>
      <div className={classes.scroll}>
        <Table fz="sm" verticalSpacing={4} highlightOnHover stickyHeader className={classes.table} data-testid="stocktake-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stocktake.reference')}</Table.Th>
              <Table.Th>{t('stocktake.whatCounted')}</Table.Th>
              <Table.Th>{t('stocktake.status')}</Table.Th>
              <Table.Th>{t('stocktake.startedBy')}</Table.Th>
              <Table.Th className={classes.numeric}>{t('stocktake.entriesColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id} data-testid="stocktake-row">
                <Table.Td>
                  <button type="button" className={classes.nameLink} onClick={() => setOpenId(s.id)} aria-label={t('stocktake.open', { reference: s.reference })}>
                    {s.reference}
                  </button>
                </Table.Td>
                <Table.Td>{scopeText(t, s)}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={STATUS_COLOR[s.status]}>
                    {t(`stocktake.statuses.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {fmt.dateTime(s.createdAt)} · {s.createdBy ?? ''}
                </Table.Td>
                <Table.Td className={classes.numeric}>{s.entries}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows.length === 0 && !takes.isPending && <Text p="md">{t('stocktake.empty')}</Text>}
      </div>
      {starting && (
        <StartStockTakeDialog
          onClose={() => setStarting(false)}
          onStarted={(id) => {
            setStarting(false);
            setOpenId(id);
          }}
        />
      )}
    </div>
  );
}
