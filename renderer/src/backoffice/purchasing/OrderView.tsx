import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconFileTypePdf, IconPackageImport, IconPencil, IconSend, IconX, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrderView } from '../../../../shared/domain/purchasing';
import { useOrderPdf, useOrderStep } from '../../api/hooks/use-purchasing';
import { isApiError } from '../../api/client';
import { useStoreFormat } from '../../format/use-store-format';
import { downloadBase64 } from '../../history/download';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import classes from '../backoffice.module.css';
import { StatusBadge } from './status-badge';

interface OrderViewProps {
  order: PurchaseOrderView;
  onEdit: () => void;
  onReceive: () => void;
  onOpen: (id: string) => void;
}

/** An order as it stands: its lines with what arrived and what is still to come, and the next steps its status allows. */
export function OrderView({ order: o, onEdit, onReceive, onOpen }: OrderViewProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const step = useOrderStep();
  const pdf = useOrderPdf();
  const [closing, setClosing] = useState(false);
  const outstanding = o.lineItems.some((l) => l.outstanding > 0);
  const received = o.lineItems.some((l) => l.qtyReceived > 0);
  const error = step.error ?? pdf.error;
  const run = (kind: 'send' | 'cancel', done: 'purchasing.order.sent' | 'purchasing.order.cancelled') =>
    step.mutate({ kind, id: o.id, version: o.version }, { onSuccess: () => notify('success', t(done)) });
  const close = (backorder: boolean) =>
    step.mutate(
      { kind: 'close', id: o.id, version: o.version, backorder },
      {
        onSuccess: (orders) => {
          setClosing(false);
          const carried = orders[1];
          notify(
            'success',
            carried === undefined
              ? t('purchasing.order.closed')
              : t('purchasing.order.backorderMade', { reference: carried.reference }),
          );
        },
      },
    );
  return (
    <Stack gap="sm" data-testid="po-view">
      <Group gap="md">
        <StatusBadge status={o.status} />
        <Text size="sm">
          {o.supplierName} → {o.locationName}
        </Text>
        {o.supplierContact !== '' && (
          <Text size="sm" c="dimmed">
            {o.supplierContact}
          </Text>
        )}
        {o.expectedOn !== null && (
          <Text size="sm">
            {t('purchasing.orders.expected')}: {o.expectedOn}
          </Text>
        )}
        {o.createdBy !== null && (
          <Text size="sm" c="dimmed">
            {t('purchasing.order.createdBy', { name: o.createdBy })}
          </Text>
        )}
      </Group>
      {o.backorderOf !== null && (
        <Anchor size="sm" component="button" type="button" onClick={() => o.backorderOf && onOpen(o.backorderOf.id)}>
          {t('purchasing.order.backorderOf', { reference: o.backorderOf.reference })}
        </Anchor>
      )}
      {o.backorder !== null && (
        <Anchor size="sm" component="button" type="button" onClick={() => o.backorder && onOpen(o.backorder.id)}>
          {t('purchasing.order.backorderTo', { reference: o.backorder.reference })}
        </Anchor>
      )}
      {o.note !== '' && <Text size="sm">{o.note}</Text>}
      <Table fz="sm" verticalSpacing={4} className={classes.table} data-testid="po-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchasing.order.supplierCode')}</Table.Th>
            <Table.Th>{t('purchasing.order.product')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.order.qty')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.order.packSize')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.order.received')}</Table.Th>
            <Table.Th className={classes.numeric}>
              {received ? t('purchasing.order.outstanding') : t('purchasing.order.outstandingOpen')}
            </Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.order.unitCost')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.order.lineTotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {o.lineItems.map((l) => (
            <Table.Tr key={l.id} data-testid="po-line">
              <Table.Td>{l.supplierCode}</Table.Td>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.qty(l.qtyOrdered, l.unit)}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.qty(l.packSize, l.unit)}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.qty(l.qtyReceived, l.unit)}</Table.Td>
              <Table.Td className={classes.numeric} c={l.outstanding > 0 && received ? 'orange.9' : undefined}>
                {l.outstanding === 0 ? '' : fmt.qty(l.outstanding, l.unit)}
              </Table.Td>
              <Table.Td className={classes.numeric}>{fmt.money(l.unitCost)}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.money(l.lineTotal)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td colSpan={7} fw={700}>
              {t('purchasing.order.total')}
            </Table.Td>
            <Table.Td className={classes.numeric} fw={700} data-testid="po-total">
              {fmt.money(o.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {o.receipts.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={700}>
            {t('purchasing.order.receipts')}
          </Text>
          {o.receipts.map((r) => (
            <Text key={r.docId} size="sm">
              {t('purchasing.order.receiptLine', { at: fmt.dateTime(r.at), name: r.staffName ?? '' })}
            </Text>
          ))}
        </Stack>
      )}
      {error !== null && (
        <Alert color={isApiError(error, 'purchase_order_changed') ? 'orange' : 'red'} role="alert" p="xs">
          {errorMessage(t, error)}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button
          size="sm"
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
          loading={pdf.isPending}
          onClick={() => pdf.mutate(o.id, { onSuccess: (f) => downloadBase64(f.pdf, f.fileName, 'application/pdf') })}
          data-testid="po-pdf"
        >
          {t('purchasing.order.pdf')}
        </Button>
        {o.status === 'draft' && (
          <Button
            size="sm"
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={onEdit}
            data-testid="po-edit"
          >
            {t('purchasing.order.edit')}
          </Button>
        )}
        {(o.status === 'draft' || (o.status === 'sent' && !received)) && (
          <Button
            size="sm"
            variant="default"
            color="red"
            leftSection={<IconX size={16} />}
            loading={step.isPending}
            onClick={() => run('cancel', 'purchasing.order.cancelled')}
            data-testid="po-cancel"
          >
            {t('purchasing.order.cancel')}
          </Button>
        )}
        {(o.status === 'sent' || o.status === 'partial' || o.status === 'received') && (
          <Button
            size="sm"
            variant="default"
            leftSection={<IconLock size={16} />}
            loading={step.isPending}
            onClick={() => (outstanding ? setClosing(true) : close(false))}
            data-testid="po-close"
          >
            {t('purchasing.order.close')}
          </Button>
        )}
        {o.status === 'draft' && (
          <Button
            size="sm"
            leftSection={<IconSend size={16} />}
            loading={step.isPending}
            onClick={() => run('send', 'purchasing.order.sent')}
            data-testid="po-send"
          >
            {t('purchasing.order.send')}
          </Button>
        )}
        {(o.status === 'sent' || o.status === 'partial' || o.status === 'received') && (
          <Button size="sm" leftSection={<IconPackageImport size={16} />} onClick={onReceive} data-testid="po-receive">
            {t('purchasing.order.receive')}
          </Button>
        )}
      </Group>
      {closing && (
        <Modal
          opened
          onClose={() => setClosing(false)}
          title={t('purchasing.order.closeTitle', { reference: o.reference })}
        >
          <Stack gap="sm">
            <Text size="sm">{t('purchasing.order.closeExplain')}</Text>
            <Group justify="flex-end">
              <Button
                size="sm"
                variant="default"
                onClick={() => close(false)}
                loading={step.isPending}
                data-testid="po-close-only"
              >
                {t('purchasing.order.closeOnly')}
              </Button>
              <Button size="sm" onClick={() => close(true)} loading={step.isPending} data-testid="po-close-backorder">
                {t('purchasing.order.closeBackorder')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
