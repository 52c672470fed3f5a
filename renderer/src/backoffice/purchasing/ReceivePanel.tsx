import { Alert, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/catalog';
import type { PurchaseOrderView } from '../../../../shared/domain/purchasing';
import { parseMoneyInput } from '../../../../shared/money';
import { call } from '../../api/client';
import { useReceive } from '../../api/hooks/use-purchasing';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import { useWedgeScanner } from '../../scanner/use-wedge-scanner';
import classes from '../backoffice.module.css';
import { qtyToUnits, unitsToQty } from '../products/number-text';
import { moneyText } from './order-form-state';

interface Entry {
  qty: string;
  lotCode: string;
  expiresOn: string;
}

interface Row {
  productId: string;
  name: string;
  unit: Unit;
  codes: string[];
  tracksLots: boolean;
  onOrder: boolean;
  outstanding: number;
  orderedCost: string;
  unitCost: string;
  entries: Entry[];
}

const EMPTY: Entry = { qty: '', lotCode: '', expiresOn: '' };

/**
 * Goods arriving on an order: each scan adds one to its line (a product not on the order
 * becomes a line of its own), quantities can be typed, a batch and expiry go with each
 * quantity of a lot-tracked product, and the invoice's cost can correct the order's.
 * Nothing moves until Receive: then one receipt for everything on the screen.
 */
export function ReceivePanel({ order, onDone }: { order: PurchaseOrderView; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const receive = useReceive();
  const [allowExtra, setAllowExtra] = useState(false);
  const [scanError, setScanError] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>(() =>
    order.lineItems.map((l) => ({
      productId: l.productId,
      name: l.name,
      unit: l.unit,
      codes: [...l.barcodes, l.sku],
      tracksLots: l.tracksLots,
      onOrder: true,
      outstanding: l.outstanding,
      orderedCost: moneyText(l.unitCost, fmt.currencyExponent),
      unitCost: moneyText(l.unitCost, fmt.currencyExponent),
      entries: [EMPTY],
    })),
  );
  const patch = (i: number, p: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const patchEntry = (i: number, k: number, p: Partial<Entry>) =>
    setRows((rs) =>
      rs.map((r, j) => (j === i ? { ...r, entries: r.entries.map((e, m) => (m === k ? { ...e, ...p } : e)) } : r)),
    );

  /** One more of the scanned product, on its last batch entry. */
  const addOne = (productId: string) =>
    setRows((rs) =>
      rs.map((r) => {
        if (r.productId !== productId) return r;
        const last = r.entries.length - 1;
        return {
          ...r,
          entries: r.entries.map((e, m) =>
            m === last ? { ...e, qty: qtyToUnits((unitsToQty(e.qty) ?? 0) + 1000) } : e,
          ),
        };
      }),
    );

  const onScan = (code: string) => {
    setScanError(null);
    const known = rows.find((r) => r.codes.includes(code));
    if (known) {
      addOne(known.productId);
      notify('success', t('purchasing.receive.scanned', { name: known.name }));
      return;
    }
    call('catalog.lookup', { code })
      .then((p) => {
        if (rows.some((r) => r.productId === p.id)) return addOne(p.id);
        if (!allowExtra) setScanError(t('purchasing.receive.notOnOrder', { name: p.name }));
        setRows((rs) => [
          ...rs,
          {
            productId: p.id,
            name: p.name,
            unit: p.unit,
            codes: [...p.barcodes, p.sku],
            tracksLots: false,
            onOrder: false,
            outstanding: 0,
            orderedCost: '',
            unitCost: '',
            entries: [{ ...EMPTY, qty: '1' }],
          },
        ]);
      })
      .catch(() => setScanError(t('purchasing.receive.unknown', { code })));
  };
  useWedgeScanner({ enabled: true, onScan });

  const submit = () => {
    const lines = rows.flatMap((r) =>
      r.entries.flatMap((e) => {
        const qty = unitsToQty(e.qty);
        if (qty === null || qty <= 0) return [];
        const cost =
          r.unitCost.trim() === '' || r.unitCost === r.orderedCost
            ? null
            : parseMoneyInput(r.unitCost, fmt.currencyExponent);
        return [
          {
            productId: r.productId,
            qty,
            ...(cost === null ? {} : { unitCost: cost }),
            ...(r.tracksLots
              ? { lotCode: e.lotCode.trim(), expiresOn: e.expiresOn.trim() === '' ? null : e.expiresOn.trim() }
              : {}),
          },
        ];
      }),
    );
    if (lines.length === 0) return setScanError(t('purchasing.receive.nothing'));
    receive.mutate(
      { id: order.id, version: order.version, lines, allowExtra },
      {
        onSuccess: () => {
          notify('success', t('purchasing.receive.done'));
          onDone();
        },
      },
    );
  };

  return (
    <Stack gap="sm" data-testid="po-receive-panel">
      <Text size="sm">{t('purchasing.receive.scanHint')}</Text>
      <Table fz="sm" verticalSpacing={4} className={classes.table} data-testid="receive-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchasing.order.product')}</Table.Th>
            <Table.Th className={classes.numeric}>{t('purchasing.order.outstandingOpen')}</Table.Th>
            <Table.Th>{t('purchasing.receive.arrived')}</Table.Th>
            <Table.Th>{t('purchasing.receive.unitCost')}</Table.Th>
            <Table.Th>{t('purchasing.receive.lot')}</Table.Th>
            <Table.Th>{t('purchasing.receive.expiry')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.flatMap((r, i) =>
            r.entries.map((e, k) => (
              <Table.Tr key={`${r.productId}:${k}`} data-testid="receive-line">
                <Table.Td>
                  {k === 0 && r.name}
                  {k === 0 && !r.onOrder && (
                    <Text span size="xs" c="orange.9">
                      {' '}
                      {t('purchasing.receive.extraLine')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className={classes.numeric}>
                  {k === 0 && r.onOrder ? fmt.qty(r.outstanding, r.unit) : ''}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    w={90}
                    aria-label={`${t('purchasing.receive.arrived')} ${r.name}`}
                    value={e.qty}
                    onChange={(ev) => patchEntry(i, k, { qty: ev.currentTarget.value })}
                    data-testid="receive-qty"
                  />
                </Table.Td>
                <Table.Td>
                  {k === 0 && (
                    <TextInput
                      size="xs"
                      w={90}
                      aria-label={`${t('purchasing.receive.unitCost')} ${r.name}`}
                      value={r.unitCost}
                      onChange={(ev) => patch(i, { unitCost: ev.currentTarget.value })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {r.tracksLots && (
                    <TextInput
                      size="xs"
                      w={110}
                      aria-label={`${t('purchasing.receive.lot')} ${r.name}`}
                      value={e.lotCode}
                      onChange={(ev) => patchEntry(i, k, { lotCode: ev.currentTarget.value })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {r.tracksLots && (
                    <Group gap={4} wrap="nowrap">
                      <TextInput
                        size="xs"
                        w={110}
                        aria-label={`${t('purchasing.receive.expiry')} ${r.name}`}
                        value={e.expiresOn}
                        onChange={(ev) => patchEntry(i, k, { expiresOn: ev.currentTarget.value })}
                      />
                      {k === r.entries.length - 1 && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconPlus size={12} />}
                          onClick={() => patch(i, { entries: [...r.entries, EMPTY] })}
                        >
                          {t('purchasing.receive.addLot')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
      <Checkbox
        label={t('purchasing.receive.allowExtra')}
        checked={allowExtra}
        onChange={(e) => setAllowExtra(e.currentTarget.checked)}
        data-testid="receive-allow-extra"
      />
      {(scanError !== null || receive.isError) && (
        <Alert color="red" role="alert" p="xs">
          {scanError ?? errorMessage(t, receive.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button size="sm" variant="default" onClick={onDone}>
          {t('purchasing.receive.back')}
        </Button>
        <Button size="sm" onClick={submit} loading={receive.isPending} data-testid="receive-submit">
          {t('purchasing.receive.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
