import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpiryRow } from '../../../../shared/domain/stock';
import { useExpiry } from '../../api/hooks/use-stock';
import { useStoreFormat } from '../../format/use-store-format';
import classes from '../backoffice.module.css';
import { DenseTable } from '../DenseTable';
import { AdjustDialog } from './AdjustDialog';
import { LocationSelect } from './LocationSelect';

/** Batches that have expired or soon will, expired first, each with a write-off. */
export function ExpiryView() {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [locationId, setLocationId] = useState<string | null>(null);
  const list = useExpiry(locationId);
  const [writeOff, setWriteOff] = useState<ExpiryRow | null>(null);
  const rows = list.data?.rows ?? [];
  return (
    <Stack gap="sm" flex={1} mih={0}>
      <Group gap="sm" align="flex-end">
        <LocationSelect value={locationId} onChange={setLocationId} allLabel={t('stock.allLocations')} />
        {list.data && (
          <Text size="sm" mb={6}>
            {t('stock.expiry.window', { days: list.data.warningDays, today: list.data.today })}
          </Text>
        )}
      </Group>
      <DenseTable
        testId="stock-expiry"
        below={<>{rows.length === 0 && !list.isPending && <Text p="md">{t('stock.empty')}</Text>}</>}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stock.expiry.expiresOn')}</Table.Th>
            <Table.Th>{t('stock.product')}</Table.Th>
            <Table.Th>{t('stock.lot')}</Table.Th>
            <Table.Th>{t('stock.location')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('stock.onHand')}</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={`${r.lotId}:${r.locationId}`}
              data-testid="stock-expiry-row"
              bg={r.expired ? 'red.0' : undefined}
            >
              <Table.Td>
                {r.expiresOn}{' '}
                {r.expired ? (
                  <Badge size="xs" color="red">
                    {t('stock.expiry.expired')}
                  </Badge>
                ) : (
                  <Badge size="xs" variant="light" color="orange">
                    {t('stock.expiry.daysLeft', { count: r.daysLeft })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {r.name}{' '}
                <Text span size="xs" c="dimmed">
                  {r.sku}
                </Text>
              </Table.Td>
              <Table.Td>{r.lotCode}</Table.Td>
              <Table.Td>{r.locationName}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.qty(r.onHand, 'each')}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  aria-label={t('stock.expiry.writeOffName', { lot: r.lotCode, name: r.name })}
                  onClick={() => setWriteOff(r)}
                >
                  {t('stock.expiry.writeOff')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DenseTable>
      {writeOff !== null && (
        <AdjustDialog
          preset={{
            product: { id: writeOff.productId, name: writeOff.name, sku: writeOff.sku, unit: 'each' },
            locationId: writeOff.locationId,
            lotId: writeOff.lotId,
            qty: -writeOff.onHand,
            reason: 'expiry',
          }}
          onClose={() => setWriteOff(null)}
        />
      )}
    </Stack>
  );
}
