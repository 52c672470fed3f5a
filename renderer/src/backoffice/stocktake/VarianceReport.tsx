import { Badge, Button, Group, Switch, Table, Tabs, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockTakeDetailView } from '../../../../shared/domain/stocktake';
import { useUncountedPages, useVariancePages, useVarianceTotals } from '../../api/hooks/use-stocktake';
import { useStoreFormat } from '../../format/use-store-format';
import classes from '../backoffice.module.css';
import { useLoadMore } from '../use-load-more';
import { useExportVariances } from './export-csv';

/**
 * The variance report: counted products (expected at the first count, counted, variance
 * and its value at cost, who counted) and, apart, the products in scope nobody counted.
 * Keyset pages load as the table scrolls, so a full count of 200,000 products stays quick.
 */
export function VarianceReport({ take }: { take: StockTakeDetailView }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const live = take.status === 'counting';
  const [only, setOnly] = useState(false);
  const [tab, setTab] = useState<string | null>('counted');
  const pages = useVariancePages(take.id, only ? 'variances' : 'all', live);
  const uncounted = useUncountedPages(take.id, live && tab === 'uncounted');
  const totals = useVarianceTotals(take.id, live);
  const exportCsv = useExportVariances(take);
  const lines = pages.data?.pages.flatMap((p) => p.lines) ?? [];
  const missing = uncounted.data?.pages.flatMap((p) => p.lines) ?? [];
  const more = useLoadMore(() => void pages.fetchNextPage(), pages.hasNextPage && !pages.isFetchingNextPage);
  const moreMissing = useLoadMore(() => void uncounted.fetchNextPage(), uncounted.hasNextPage && !uncounted.isFetchingNextPage);
  const tot = totals.data;
  const money = (v: number) => (v > 0 ? `+${fmt.money(v)}` : fmt.money(v));
  return (
    <>
      <Group justify="space-between">
        <Title order={5}>{t('stocktake.report')}</Title>
        <Group gap="sm">
          <Switch size="sm" label={t('stocktake.onlyVariances')} checked={only} onChange={(e) => setOnly(e.currentTarget.checked)} />
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} loading={exportCsv.busy} onClick={() => void exportCsv.run()}>
            {t('stocktake.exportCsv')}
          </Button>
        </Group>
      </Group>
      {tot !== undefined && (
        <Group gap="xl" data-testid="stocktake-totals">
          <Stat label={t('stocktake.totalsCounted')} value={String(tot.countedProducts)} />
          <Stat label={t('stocktake.totalsDiffering')} value={String(tot.withVariance)} />
          <Stat label={t('stocktake.totalsFound')} value={money(tot.gainValue)} />
          <Stat label={t('stocktake.totalsMissing')} value={money(tot.lossValue)} />
          <Stat label={t('stocktake.totalsNet')} value={money(tot.varianceValue)} strong />
          <Stat label={t('stocktake.totalsUncounted')} value={`${tot.uncountedProducts} · ${fmt.money(tot.uncountedValue)}`} />
        </Group>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="counted">{t('stocktake.countedTab', { count: tot?.countedProducts ?? 0 })}</Tabs.Tab>
          <Tabs.Tab value="uncounted" data-testid="stocktake-uncounted-tab">
            {t('stocktake.uncountedTab', { count: tot?.uncountedProducts ?? 0 })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="counted">
          <div className={classes.scroll} style={{ maxHeight: 480 }}>
            <Table fz="sm" verticalSpacing={3} highlightOnHover stickyHeader className={classes.table} data-testid="stocktake-variances">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stocktake.sku')}</Table.Th>
                  <Table.Th>{t('stocktake.name')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.expected')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.countedQty')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.variance')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.unitCost')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.value')}</Table.Th>
                  <Table.Th>{t('stocktake.countedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((l) => (
                  <Table.Tr key={l.productId} data-testid="stocktake-variance-row">
                    <Table.Td>{l.sku}</Table.Td>
                    <Table.Td>
                      {l.name}{' '}
                      {l.tracksLots && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('stocktake.lots')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(l.expected, l.unit)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(l.counted, l.unit)}</Table.Td>
                    <Table.Td className={classes.numeric} c={l.variance < 0 ? 'red.8' : l.variance > 0 ? 'green.8' : undefined} fw={l.variance !== 0 ? 700 : undefined}>
                      {l.variance > 0 ? '+' : ''}
                      {fmt.qty(l.variance, l.unit)}
                    </Table.Td>
                    <Table.Td className={classes.numeric}>{l.unitCost === null ? '–' : fmt.money(l.unitCost)}</Table.Td>
                    <Table.Td className={classes.numeric}>{l.variance === 0 ? '' : money(l.varianceValue)}</Table.Td>
                    <Table.Td>{l.countedBy.join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {lines.length === 0 && !pages.isPending && <Text p="md">{t('stocktake.noLines')}</Text>}
            {pages.hasNextPage && (
              <div ref={more}>
                <Button size="xs" variant="subtle" m="xs" onClick={() => void pages.fetchNextPage()}>
                  {t('stocktake.loadMore')}
                </Button>
              </div>
            )}
          </div>
        </Tabs.Panel>
        <Tabs.Panel value="uncounted">
          <div className={classes.scroll} style={{ maxHeight: 480 }}>
            <Table fz="sm" verticalSpacing={3} highlightOnHover stickyHeader className={classes.table} data-testid="stocktake-uncounted">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stocktake.sku')}</Table.Th>
                  <Table.Th>{t('stocktake.name')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.onHand')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.unitCost')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('stocktake.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {missing.map((l) => (
                  <Table.Tr key={l.productId}>
                    <Table.Td>{l.sku}</Table.Td>
                    <Table.Td>{l.name}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(l.onHand, l.unit)}</Table.Td>
                    <Table.Td className={classes.numeric}>{l.unitCost === null ? '–' : fmt.money(l.unitCost)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.money(l.stockValue)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {missing.length === 0 && !uncounted.isPending && <Text p="md">{t('stocktake.noLines')}</Text>}
            {uncounted.hasNextPage && (
              <div ref={moreMissing}>
                <Button size="xs" variant="subtle" m="xs" onClick={() => void uncounted.fetchNextPage()}>
                  {t('stocktake.loadMore')}
                </Button>
              </div>
            )}
          </div>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Stat({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="md" fw={strong ? 800 : 600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}
