import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferView } from '../../../../shared/domain/stock';
import {
  useCancelTransfer,
  useLocations,
  useProductStock,
  useReceiveTransfer,
  useSaveTransfer,
  useSendTransfer,
  useTransfer,
} from '../../api/hooks/use-stock';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';
import { qtyToUnits, unitsToQty } from '../products/number-text';
import { ProductPicker, type PickedProduct } from './ProductPicker';

interface DraftLine {
  product: PickedProduct;
  qtyText: string;
  lotId: string | null;
}

/** A transfer: a draft edited and sent, or a sent one received line by line with what arrived. */
export function TransferDialog({
  id,
  onClose,
  onCreated,
}: {
  id: string | null;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const transfer = useTransfer(id);
  const tr = transfer.data;
  const title = tr ? t('stock.transfers.title', { reference: tr.reference }) : t('stock.transfers.newTitle');
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={title}
      size="xl"
      centered
    >
      {id !== null && tr === undefined ? null : tr === undefined || tr.status === 'draft' ? (
        <DraftForm transfer={tr ?? null} onClose={onClose} onCreated={onCreated} />
      ) : (
        <ReceiveForm transfer={tr} onClose={onClose} />
      )}
    </Modal>
  );
}

function DraftForm({
  transfer,
  onClose,
  onCreated,
}: {
  transfer: TransferView | null;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const locations = (useLocations().data ?? []).filter((l) => !l.transit);
  const save = useSaveTransfer();
  const send = useSendTransfer();
  const cancel = useCancelTransfer();
  const [from, setFrom] = useState<string | null>(transfer?.fromLocationId ?? null);
  const [to, setTo] = useState<string | null>(transfer?.toLocationId ?? null);
  const [lines, setLines] = useState<DraftLine[]>(
    () =>
      transfer?.lines.map((l) => ({
        product: { id: l.productId, name: l.name, sku: l.sku, unit: 'each' },
        qtyText: qtyToUnits(l.qtySent),
        lotId: l.lotId,
      })) ?? [],
  );
  const fromId = from ?? locations.find((l) => l.home)?.id ?? null;
  const addLine = (p: PickedProduct | null) => {
    if (p !== null)
      setLines((ls) =>
        ls.some((l) => l.product.id === p.id) ? ls : [...ls, { product: p, qtyText: '1', lotId: null }],
      );
  };
  const input = () => ({
    ...(transfer ? { id: transfer.id, version: transfer.version } : {}),
    fromLocationId: fromId ?? '',
    toLocationId: to ?? '',
    lines: lines.map((l) => ({ productId: l.product.id, qty: unitsToQty(l.qtyText) ?? 0, lotId: l.lotId })),
  });
  const error = save.error ?? send.error ?? cancel.error;
  const options = locations.map((l) => ({ value: l.id, label: l.name }));
  return (
    <Stack gap="sm">
      <Group gap="sm" grow>
        <Select
          size="sm"
          label={t('stock.transfers.from')}
          data={options}
          value={fromId}
          onChange={setFrom}
          allowDeselect={false}
          data-testid="stock-transfer-from"
        />
        <Select
          size="sm"
          label={t('stock.transfers.to')}
          data={options}
          value={to}
          onChange={setTo}
          allowDeselect={false}
          data-testid="stock-transfer-to"
        />
      </Group>
      <Table fz="sm" verticalSpacing={4} className={classes.table}>
        <Table.Tbody>
          {lines.map((l, i) => (
            <DraftLineRow
              key={l.product.id}
              line={l}
              fromId={fromId}
              onChange={(next) => setLines((ls) => ls.map((x, j) => (j === i ? next : x)))}
              onRemove={() => setLines((ls) => ls.filter((_, j) => j !== i))}
            />
          ))}
        </Table.Tbody>
      </Table>
      <ProductPicker
        value={null}
        onChange={addLine}
        label={t('stock.transfers.addLine')}
        testId="stock-transfer-add-product"
      />
      {error !== null && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, error)}
        </Alert>
      )}
      <Group justify="space-between">
        <Group gap="sm">
          {transfer && (
            <Button
              size="sm"
              variant="default"
              color="red"
              onClick={() => cancel.mutate({ id: transfer.id, version: transfer.version }, { onSuccess: onClose })}
            >
              {t('stock.transfers.cancel')}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          <Button
            size="sm"
            variant="default"
            loading={save.isPending}
            onClick={() => save.mutate(input(), { onSuccess: (v) => onCreated(v.id) })}
            data-testid="stock-transfer-save"
          >
            {t('stock.transfers.saveDraft')}
          </Button>
          <Button
            size="sm"
            loading={send.isPending}
            onClick={() =>
              save.mutate(input(), {
                onSuccess: (v) =>
                  send.mutate(
                    { id: v.id, version: v.version },
                    { onSuccess: () => onCreated(v.id), onError: () => onCreated(v.id) },
                  ),
              })
            }
            data-testid="stock-transfer-send"
          >
            {t('stock.transfers.send')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function DraftLineRow(props: {
  line: DraftLine;
  fromId: string | null;
  onChange: (l: DraftLine) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const stock = useProductStock(props.line.product.id).data;
  const at = stock?.locations.find((l) => l.locationId === props.fromId);
  return (
    <Table.Tr data-testid="stock-transfer-line">
      <Table.Td>
        {props.line.product.name}{' '}
        <Text span size="xs" c="dimmed">
          {props.line.product.sku}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">
          {t('stock.onHand')}: {fmt.qty(at?.onHand ?? 0, props.line.product.unit)}
        </Text>
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          w={90}
          aria-label={t('stock.qty')}
          value={props.line.qtyText}
          onChange={(e) => props.onChange({ ...props.line, qtyText: e.currentTarget.value })}
          data-testid="stock-transfer-qty"
        />
      </Table.Td>
      <Table.Td>
        {stock?.tracksLots === true && (
          <Select
            size="xs"
            w={200}
            aria-label={t('stock.transfers.pickLot')}
            placeholder={t('stock.transfers.pickLot')}
            data={(at?.lots ?? []).map((l) => ({ value: l.lotId, label: `${l.code} · ${l.expiresOn ?? '—'}` }))}
            value={props.line.lotId}
            onChange={(v) => props.onChange({ ...props.line, lotId: v })}
          />
        )}
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('stock.transfers.removeLine', { name: props.line.product.name })}
          onClick={props.onRemove}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

function ReceiveForm({ transfer, onClose }: { transfer: TransferView; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const receive = useReceiveTransfer();
  const [got, setGot] = useState<Record<string, { qtyText: string; note: string }>>(() =>
    Object.fromEntries(
      transfer.lines.map((l) => [l.id, { qtyText: qtyToUnits(l.qtyReceived ?? l.qtySent), note: l.discrepancyNote }]),
    ),
  );
  const open = transfer.status === 'sent';
  return (
    <Stack gap="sm">
      <Text size="sm">
        {transfer.fromName} → {transfer.toName} · {t(`stock.transfers.statuses.${transfer.status}`)}
      </Text>
      <Table fz="sm" verticalSpacing={4} className={classes.table} data-testid="stock-receive-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stock.product')}</Table.Th>
            <Table.Th>{t('stock.lot')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('stock.transfers.sent')}</Table.Th>
            <Table.Th>{t('stock.transfers.received')}</Table.Th>
            <Table.Th>{t('stock.transfers.discrepancy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transfer.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td>{l.lotCode ?? ''}</Table.Td>
              <Table.Td className={classes.numeric}>{fmt.qty(l.qtySent, 'each')}</Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  w={90}
                  disabled={!open}
                  aria-label={`${t('stock.transfers.received')} ${l.name}`}
                  value={got[l.id]?.qtyText ?? ''}
                  onChange={(e) => {
                    const qtyText = e.currentTarget.value;
                    setGot((g) => ({ ...g, [l.id]: { note: g[l.id]?.note ?? '', qtyText } }));
                  }}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  disabled={!open}
                  aria-label={`${t('stock.transfers.discrepancy')} ${l.name}`}
                  value={got[l.id]?.note ?? ''}
                  onChange={(e) => {
                    const note = e.currentTarget.value;
                    setGot((g) => ({ ...g, [l.id]: { qtyText: g[l.id]?.qtyText ?? '', note } }));
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {receive.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, receive.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        {open ? (
          <Button
            size="sm"
            loading={receive.isPending}
            data-testid="stock-transfer-receive"
            onClick={() =>
              receive.mutate(
                {
                  id: transfer.id,
                  version: transfer.version,
                  lines: transfer.lines.map((l) => ({
                    lineId: l.id,
                    qtyReceived: unitsToQty(got[l.id]?.qtyText ?? '') ?? 0,
                    note: got[l.id]?.note ?? '',
                  })),
                },
                { onSuccess: onClose },
              )
            }
          >
            {t('stock.transfers.receive')}
          </Button>
        ) : (
          <Button size="sm" variant="default" onClick={onClose}>
            {t('app.close')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
