import { Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistory, useProductStock } from '../../api/hooks/use-stock';
import { useStoreFormat } from '../../format/use-store-format';
import classes from '../backoffice.module.css';
import { DenseTable, LoadMore } from '../DenseTable';
import { LocationSelect } from './LocationSelect';
import { ProductPicker, type PickedProduct } from './ProductPicker';

/** The journal kinds a movement's document can have, as message keys. */
const DOC_KINDS: Record<
  string,
  'sale' | 'returned' | 'adjusted' | 'received' | 'transferSent' | 'transferReceived' | 'counted' | 'opening'
> = {
  'sale.completed': 'sale',
  'sale.returned': 'returned',
  'stock.adjusted': 'adjusted',
  'stock.received': 'received',
  'stock.transfer_sent': 'transferSent',
  'stock.transfer_received': 'transferReceived',
  'stock.counted': 'counted',
  'stock.opening': 'opening',
};

/** A product's movements with the balance after each, newest or oldest first, at one location or all. */
export function HistoryView({
  product,
  onProduct,
}: {
  product: PickedProduct | null;
  onProduct: (p: PickedProduct | null) => void;
}) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [locationId, setLocationId] = useState<string | null>(null);
  const [order, setOrder] = useState<'newest' | 'oldest'>('newest');
  const history = useHistory({ productId: product?.id ?? null, locationId, order });
  const stock = useProductStock(product?.id ?? null).data;
  const rows = history.data?.pages.flatMap((p) => p.rows) ?? [];
  const unit = product?.unit ?? 'each';
  const docKind = (kind: string | null) => t(`stock.docKinds.${DOC_KINDS[kind ?? ''] ?? 'other'}`);
  return (
    <Stack gap="sm" flex={1} mih={0}>
      <Group gap="sm" align="flex-end">
        <ProductPicker value={product} onChange={onProduct} testId="stock-history-product" />
        <LocationSelect
          value={locationId}
          onChange={setLocationId}
          allLabel={t('stock.allLocations')}
          withTransit
          testId="stock-history-location"
        />
        <SegmentedControl
          size="sm"
          value={order}
          onChange={(v) => setOrder(v as 'newest' | 'oldest')}
          data={[
            { value: 'newest', label: t('stock.history.newest') },
            { value: 'oldest', label: t('stock.history.oldest') },
          ]}
        />
        {stock && (
          <Text size="sm" mb={6} data-testid="stock-history-onhand">
            {t('stock.onHand')}: {fmt.qty(stock.onHand, unit)} · {t('stock.inTransit')}:{' '}
            {fmt.qty(stock.inTransit, unit)}
          </Text>
        )}
      </Group>
      {product === null ? (
        <Text size="sm">{t('stock.history.pick')}</Text>
      ) : (
        <DenseTable
          testId="stock-history"
          below={
            <>
              {rows.length === 0 && !history.isPending && <Text p="md">{t('stock.empty')}</Text>}
              <LoadMore pages={history} label={t('stock.loadMore')} />
            </>
          }
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stock.history.date')}</Table.Th>
              <Table.Th>{t('stock.history.document')}</Table.Th>
              <Table.Th>{t('stock.reason')}</Table.Th>
              <Table.Th>{t('stock.location')}</Table.Th>
              <Table.Th>{t('stock.lot')}</Table.Th>
              <Table.Th className={classes.numeric}>{t('stock.qty')}</Table.Th>
              <Table.Th className={classes.numeric}>{t('stock.history.balance')}</Table.Th>
              <Table.Th>{t('stock.history.who')}</Table.Th>
              <Table.Th>{t('stock.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="stock-history-row">
                <Table.Td>{fmt.dateTime(r.at)}</Table.Td>
                <Table.Td>{docKind(r.docKind)}</Table.Td>
                <Table.Td>{r.reasonName}</Table.Td>
                <Table.Td>{r.locationName}</Table.Td>
                <Table.Td>{r.lotCode ?? ''}</Table.Td>
                <Table.Td className={classes.numeric} c={r.qty < 0 ? 'red.8' : undefined}>
                  {r.qty > 0 ? '+' : ''}
                  {fmt.qty(r.qty, unit)}
                </Table.Td>
                <Table.Td className={classes.numeric}>{fmt.qty(r.onHandAfter, unit)}</Table.Td>
                <Table.Td>{r.staffName ?? ''}</Table.Td>
                <Table.Td>{r.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DenseTable>
      )}
    </Stack>
  );
}
