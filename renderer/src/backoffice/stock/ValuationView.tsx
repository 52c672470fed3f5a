import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valuationCsv } from '../../../../shared/valuation-csv';
import { useValuation } from '../../api/hooks/use-stock';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';

/** Stock at cost as of the end of a day (or now), per category and location, with totals and a CSV. */
export function ValuationView() {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [day, setDay] = useState('');
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
  const report = useValuation(asOf);
  const r = report.data;
  const download = () => {
    if (!r) return;
    const csv = valuationCsv(r, fmt.currencyExponent, {
      noCategory: t('stock.valuation.noCategory'),
      total: t('stock.valuation.total'),
      now: t('stock.valuation.now'),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `tillbox-valuation-${r.asOf ?? 'now'}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack gap="sm" flex={1} mih={0}>
      <Group gap="sm" align="flex-end">
        <TextInput
          size="sm"
          type="date"
          label={t('stock.valuation.asOf')}
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
          data-testid="stock-valuation-date"
        />
        <Button size="sm" variant="default" onClick={() => setDay('')}>
          {t('stock.valuation.now')}
        </Button>
        <Button size="sm" leftSection={<IconDownload size={16} />} disabled={!r} onClick={download}>
          {t('stock.valuation.exportCsv')}
        </Button>
        {r && (
          <Text size="xs" c="dimmed" mb={8}>
            {t('stock.valuation.took', { ms: r.ms })}
          </Text>
        )}
      </Group>
      {report.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, report.error)}
        </Alert>
      )}
      {r && r.negativeCount > 0 && (
        <Alert color="yellow" p="xs">
          {t('stock.valuation.negativeNote', { count: r.negativeCount })}
        </Alert>
      )}
      {r && (
        <div className={classes.scroll}>
          <Table fz="sm" verticalSpacing={4} stickyHeader className={classes.table} data-testid="stock-valuation">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stock.valuation.category')}</Table.Th>
                <Table.Th>{t('stock.location')}</Table.Th>
                <Table.Th className={classes.numeric}>{t('stock.valuation.qty')}</Table.Th>
                <Table.Th className={classes.numeric}>{t('stock.valuation.negative')}</Table.Th>
                <Table.Th className={classes.numeric}>{t('stock.valuation.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.categories.map((c) => (
                <Fragment key={c.categoryId ?? ''}>
                  {c.locations.map((l) => (
                    <Table.Tr key={l.locationId}>
                      <Table.Td>{c.categoryId === null ? t('stock.valuation.noCategory') : c.name}</Table.Td>
                      <Table.Td>{l.name}</Table.Td>
                      <Table.Td />
                      <Table.Td />
                      <Table.Td className={classes.numeric}>{fmt.money(l.stockValue)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700}>
                    <Table.Td>{c.categoryId === null ? t('stock.valuation.noCategory') : c.name}</Table.Td>
                    <Table.Td>{t('stock.valuation.total')}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(c.qty, 'each')}</Table.Td>
                    <Table.Td className={classes.numeric}>{c.negativeCount || ''}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.money(c.stockValue)}</Table.Td>
                  </Table.Tr>
                </Fragment>
              ))}
              {r.locations.map((l) => (
                <Table.Tr key={`loc-${l.locationId}`}>
                  <Table.Td>{t('stock.valuation.total')}</Table.Td>
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td />
                  <Table.Td />
                  <Table.Td className={classes.numeric}>{fmt.money(l.stockValue)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700} data-testid="stock-valuation-total">
                <Table.Td>{t('stock.valuation.total')}</Table.Td>
                <Table.Td />
                <Table.Td />
                <Table.Td className={classes.numeric}>{r.negativeCount || ''}</Table.Td>
                <Table.Td className={classes.numeric}>{fmt.money(r.total)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
