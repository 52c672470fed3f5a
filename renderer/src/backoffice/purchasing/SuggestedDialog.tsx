import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSuggested, useSuggestion } from '../../api/hooks/use-purchasing';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import classes from '../backoffice.module.css';

/** The suggested order per supplier; the ticked ones become draft orders in one click. */
export function SuggestedDialog({
  locationId,
  onClose,
  onCreated,
}: {
  locationId: string | null;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const suggestion = useSuggestion(locationId, true);
  const create = useCreateSuggested();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const orders = suggestion.data?.orders ?? [];
  const chosen = orders.filter((o) => !unticked.has(o.supplierId)).map((o) => o.supplierId);
  const toggle = (id: string) =>
    setUnticked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('purchasing.suggest.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('purchasing.suggest.explain')}</Text>
        {suggestion.isPending && <Loader size="sm" />}
        {suggestion.isError && <Alert color="red">{errorMessage(t, suggestion.error)}</Alert>}
        {suggestion.data !== undefined && orders.length === 0 && <Text>{t('purchasing.suggest.none')}</Text>}
        {(suggestion.data?.withoutSupplier ?? 0) > 0 && (
          <Alert color="yellow" p="xs">
            {t('purchasing.suggest.withoutSupplier', { count: suggestion.data?.withoutSupplier ?? 0 })}
          </Alert>
        )}
        {orders.map((o) => (
          <Stack key={o.supplierId} gap={4} data-testid="suggested-order">
            <Checkbox
              label={`${o.supplierName} · ${t('purchasing.suggest.total')} ${fmt.money(o.total)}`}
              checked={!unticked.has(o.supplierId)}
              onChange={() => toggle(o.supplierId)}
              fw={700}
            />
            <Table fz="sm" verticalSpacing={2} className={classes.table}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('purchasing.low.name')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('purchasing.low.onHand')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('purchasing.low.onOrder')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('purchasing.suggest.qty')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('purchasing.suggest.packSize')}</Table.Th>
                  <Table.Th className={classes.numeric}>{t('purchasing.suggest.unitCost')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {o.lines.map((l) => (
                  <Table.Tr key={l.productId}>
                    <Table.Td>{l.name}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(l.onHand, l.unit)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(l.onOrder, l.unit)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(l.qty, l.unit)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.qty(l.packSize, l.unit)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fmt.money(l.unitCost)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
        {create.isError && (
          <Alert color="red" role="alert" p="xs">
            {errorMessage(t, create.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button size="sm" variant="default" onClick={onClose}>
            {t('app.close')}
          </Button>
          <Button
            size="sm"
            disabled={chosen.length === 0}
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { ...(locationId === null ? {} : { locationId }), supplierIds: chosen },
                {
                  onSuccess: (made) => {
                    notify('success', t('purchasing.suggest.created', { count: made.length }));
                    onCreated();
                  },
                },
              )
            }
            data-testid="suggested-create"
          >
            {t('purchasing.suggest.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
