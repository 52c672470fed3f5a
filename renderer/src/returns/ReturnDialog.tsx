import { Alert, Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowBackUp, IconHistory, IconReceiptOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/catalog';
import type { ReturnableSaleView } from '../../../shared/domain/returns';
import { QTY_ONE, type Qty } from '../../../shared/domain/units';
import { useAddReturn, useReturnLookup } from '../api/hooks/use-returns';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { ReturnLineRow, type Pick } from './ReturnLineRow';

interface ReturnDialogProps {
  /**
   * A receipt already chosen: by its barcode scanned at the till, or from the sales
   * history. A receipt scanned while the dialog is open mounts it afresh with that one.
   */
  start: { code: string } | { saleId: string } | null;
  onClose: () => void;
  onAdded: () => void;
  onOpenHistory: () => void;
  onNoReceipt: () => void;
}

/**
 * A return against a receipt: find it (scan its barcode, type its number, or pick it in
 * the sales history), choose lines, quantities and where each goes, add them to the sale.
 * The core caps every quantity again; this screen only keeps the cashier from asking.
 */
export function ReturnDialog({ start, onClose, onAdded, onOpenHistory, onNoReceipt }: ReturnDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const lookup = useReturnLookup();
  const add = useAddReturn();
  const [code, setCode] = useState(start !== null && 'code' in start ? start.code : '');
  const [sale, setSale] = useState<ReturnableSaleView | null>(null);
  const [picks, setPicks] = useState<Record<string, Pick>>({});

  const find = (by: { code: string } | { saleId: string }) => {
    add.reset();
    lookup.mutate(by, {
      onSuccess: (found) => {
        setSale(found);
        setPicks(Object.fromEntries(found.lines.map((l) => [l.saleLineId, { qty: 0, disposition: 'sellable' as const }])));
      },
    });
  };
  useEffect(() => {
    if (start !== null) find(start);
    // Only the receipt the dialog opened with; later finds come from the cashier.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() !== '') find({ code: code.trim() });
  };
  const chosen = sale === null ? [] : sale.lines.filter((l) => (picks[l.saleLineId]?.qty ?? 0) > 0);
  const addToSale = () => {
    if (sale === null || chosen.length === 0) return;
    add.mutate(
      {
        saleId: sale.saleId,
        lines: chosen.map((l) => {
          const pick = picks[l.saleLineId] ?? { qty: 0, disposition: 'sellable' as const };
          return { saleLineId: l.saleLineId, qty: pick.qty, disposition: pick.disposition };
        }),
      },
      { onSuccess: onAdded },
    );
  };
  const setPick = (saleLineId: string, pick: Pick) => setPicks((p) => ({ ...p, [saleLineId]: pick }));

  return (
    <Modal opened onClose={onClose} title={t('returns.title')} size={760} centered withCloseButton={false}>
      <Stack gap="md">
        <form onSubmit={submitCode}>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('returns.codeLabel')}
              description={t('returns.codeHint')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              data-testid="return-code"
            />
            <Button type="submit" h={48} leftSection={<IconSearch />} loading={lookup.isPending}>
              {t('returns.find')}
            </Button>
            <Button h={48} variant="light" leftSection={<IconHistory />} onClick={onOpenHistory}>
              {t('returns.searchHistory')}
            </Button>
          </Group>
        </form>
        {lookup.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, lookup.error)}
          </Alert>
        )}
        {sale !== null && (
          <Stack gap="xs" data-testid="return-sale" data-receipt-number={sale.receiptNumber}>
            <Group justify="space-between">
              <Text fw={700}>{t('returns.receipt', { number: sale.receiptNumber, when: fmt.dateTime(sale.createdAt) })}</Text>
              <Text fw={700}>{fmt.money(sale.total)}</Text>
            </Group>
            {sale.payments.length > 0 && (
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  {t('returns.paidWith')}
                </Text>
                {sale.payments.map((p) => (
                  <Badge key={p.id} variant="light" color="gray">
                    {p.methodName} {fmt.money(p.amount)}
                  </Badge>
                ))}
              </Group>
            )}
            {sale.lines.length === 0 && <Text>{t('returns.nothingToReturn')}</Text>}
            {sale.lines.map((line) => (
              <ReturnLineRow
                key={line.saleLineId}
                line={line}
                pick={picks[line.saleLineId] ?? { qty: 0, disposition: 'sellable' }}
                onChange={(pick) => setPick(line.saleLineId, pick)}
              />
            ))}
          </Stack>
        )}
        {add.isError && (
          <Alert color="red" role="alert" data-testid="return-error">
            {errorMessage(t, add.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" h={48} mr="auto" leftSection={<IconReceiptOff />} onClick={onNoReceipt} data-testid="open-no-receipt-return">
            {t('returns.noReceiptButton')}
          </Button>
          <Button variant="default" h={48} onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button
            h={48}
            color="red"
            leftSection={<IconArrowBackUp />}
            disabled={chosen.length === 0}
            loading={add.isPending}
            onClick={addToSale}
            data-testid="return-add"
          >
            {t('returns.add', { count: chosen.reduce((n, l) => n + units(picks[l.saleLineId]?.qty ?? 0, l.unit), 0) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Units, as the item count counts them: each items by quantity, a weighed line as one. */
function units(qty: Qty, unit: Unit): number {
  if (qty <= 0) return 0;
  return unit === 'each' ? Math.trunc(qty / QTY_ONE) : 1;
}

