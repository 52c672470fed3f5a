import { Alert, Button, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/catalog';
import type { ReorderFiguresView } from '../../../../shared/domain/purchasing';
import { useReorderFigures, useSetReorderFigures } from '../../api/hooks/use-purchasing';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import classes from '../backoffice.module.css';
import { qtyToUnits, unitsToQty } from '../products/number-text';

/** A product's on hand, reorder point and quantity and shelf at each location, each row saved on its own. */
export function StockByLocationPanel({ productId, unit }: { productId: string; unit: Unit }) {
  const { t } = useTranslation();
  const figures = useReorderFigures(productId);
  return (
    <div>
      {figures.isError && <Alert color="red">{errorMessage(t, figures.error)}</Alert>}
      <Table fz="sm" verticalSpacing={4} className={classes.table} data-testid="stock-by-location">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchasing.figures.location')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.figures.onHand')}</Table.Th>
            <Table.Th>{t('purchasing.figures.reorderPoint')}</Table.Th>
            <Table.Th>{t('purchasing.figures.reorderQty')}</Table.Th>
            <Table.Th>{t('purchasing.figures.shelf')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(figures.data ?? []).map((f) => (
            <FiguresRow
              key={`${f.locationId}:${f.reorderPoint}:${f.reorderQty}:${f.shelf}`}
              productId={productId}
              unit={unit}
              f={f}
            />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function FiguresRow({ productId, unit, f }: { productId: string; unit: Unit; f: ReorderFiguresView }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const save = useSetReorderFigures();
  const [point, setPoint] = useState(f.reorderPoint === null ? '' : qtyToUnits(f.reorderPoint));
  const [qty, setQty] = useState(f.reorderQty === null ? '' : qtyToUnits(f.reorderQty));
  const [shelf, setShelf] = useState(f.shelf);
  const [bad, setBad] = useState(false);
  const submit = () => {
    const p = point.trim() === '' ? null : unitsToQty(point);
    const q = qty.trim() === '' ? null : unitsToQty(qty);
    if ((point.trim() !== '' && p === null) || (qty.trim() !== '' && (q === null || q === 0))) return setBad(true);
    setBad(false);
    save.mutate(
      { productId, locationId: f.locationId, reorderPoint: p, reorderQty: q, shelf },
      { onSuccess: () => notify('success', t('purchasing.figures.saved', { location: f.locationName })) },
    );
  };
  return (
    <Table.Tr data-testid="stock-location-row">
      <Table.Td>
        {f.locationName}
        {f.home && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('purchasing.figures.home')})
          </Text>
        )}
      </Table.Td>
      <Table.Td className={classes.numeric}>{fmt.qty(f.onHand, unit)}</Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          w={80}
          aria-label={`${t('purchasing.figures.reorderPoint')} ${f.locationName}`}
          value={point}
          onChange={(e) => setPoint(e.currentTarget.value)}
          error={bad}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          w={80}
          aria-label={`${t('purchasing.figures.reorderQty')} ${f.locationName}`}
          value={qty}
          onChange={(e) => setQty(e.currentTarget.value)}
          error={bad}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          w={90}
          aria-label={`${t('purchasing.figures.shelf')} ${f.locationName}`}
          value={shelf}
          onChange={(e) => setShelf(e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" variant="default" onClick={submit} loading={save.isPending}>
          {t('purchasing.figures.save')}
        </Button>
        {(bad || save.isError) && (
          <Text size="xs" c="red.9" role="alert">
            {bad ? t('purchasing.figures.bad') : errorMessage(t, save.error)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
