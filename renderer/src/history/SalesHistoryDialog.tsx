import { Alert, Badge, Button, Group, Loader, Modal, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp, IconFileTypePdf, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import type { SaleHistoryCursor } from '../../../shared/domain/sale-history';
import { parseMoneyInput } from '../../../shared/money';
import { useReprint } from '../api/hooks/use-sale';
import { useReceipt, useReceiptPdf, useSaleFind } from '../api/hooks/use-returns';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { ReceiptView } from '../receipt/ReceiptView';
import { downloadBase64 } from './download';
import { dayEndIso, dayStartIso } from './local-day';
import classes from './history.module.css';

const PAGE = 20;
const TENDERS = ['cash', 'card', 'store_credit', 'gift_card', 'voucher'] as const;

interface SalesHistoryDialogProps {
  canReturn: boolean;
  onClose: () => void;
  onStartReturn: (saleId: string) => void;
}

/**
 * Every receipt of this till: find one by number, day, amount or tender, see it as it was
 * printed, print a copy (marked COPY), save it as a PDF, or start a return against it.
 */
export function SalesHistoryDialog({ canReturn, onClose, onStartReturn }: SalesHistoryDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [number, setNumber] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [tender, setTender] = useState<string | null>(null);
  const [query, setQuery] = useState<InputOf<'sale.find'>>({ limit: PAGE });
  // Keyset paging: the cursors of the pages before this one, to step back.
  const [cursors, setCursors] = useState<SaleHistoryCursor[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const page = useSaleFind(query);
  const receipt = useReceipt(selected);
  const reprint = useReprint();
  const pdf = useReceiptPdf();
  const amountMinor = amount.trim() === '' ? undefined : parseMoneyInput(amount, fmt.currencyExponent);

  const search = (e: FormEvent) => {
    e.preventDefault();
    if (amountMinor === null) return;
    setCursors([]);
    setQuery({
      limit: PAGE,
      ...(number.trim() !== '' ? { receiptNumber: number.trim() } : {}),
      ...(from !== '' ? { from: dayStartIso(from) } : {}),
      ...(to !== '' ? { to: dayEndIso(to) } : {}),
      ...(amountMinor !== undefined ? { amount: amountMinor } : {}),
      ...(tender !== null ? { tender } : {}),
    });
  };
  const older = () => {
    const next = page.data?.next;
    if (!next) return;
    setCursors((c) => [...c, ...(query.before ? [query.before] : [])]);
    setQuery({ ...query, before: next });
  };
  const newer = () => {
    const prev = cursors[cursors.length - 1];
    setCursors((c) => c.slice(0, -1));
    const { before: _drop, ...rest } = query;
    setQuery(prev === undefined ? rest : { ...rest, before: prev });
  };
  const savePdf = (saleId: string) =>
    pdf.mutate(saleId, { onSuccess: (file) => downloadBase64(file.base64, file.fileName, 'application/pdf') });

  return (
    <Modal opened onClose={onClose} title={t('history.title')} size="100%" centered withCloseButton={false}>
      <div className={classes.layout}>
        <Stack gap="sm">
          <form onSubmit={search}>
            <Stack gap="xs">
              <Group grow>
                <TextInput label={t('history.number')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} data-autofocus autoComplete="off" data-testid="history-number" />
                <TextInput
                  label={t('history.amount')}
                  value={amount}
                  onChange={(e) => setAmount(e.currentTarget.value)}
                  inputMode="decimal"
                  error={amountMinor === null ? t('pay.invalidAmount') : undefined}
                />
              </Group>
              <Group grow>
                <TextInput type="date" label={t('history.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
                <TextInput type="date" label={t('history.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
                <Select
                  label={t('history.tender')}
                  data={TENDERS.map((code) => ({ value: code, label: t(`history.tenders.${code}`) }))}
                  value={tender}
                  onChange={setTender}
                  clearable
                />
              </Group>
              <Button type="submit" h={48} leftSection={<IconSearch />} w="fit-content">
                {t('history.search')}
              </Button>
            </Stack>
          </form>
          {page.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, page.error)}
            </Alert>
          )}
          {/* A list holds list items only: the "none found" line is a list of nothing. */}
          <div role={(page.data?.rows.length ?? 0) > 0 ? 'list' : undefined} className={classes.results} data-testid="history-results">
            {page.data?.rows.length === 0 && <Text p="sm">{t('history.none')}</Text>}
            {page.data?.rows.map((row) => (
              <div role="listitem" key={row.id}>
                <UnstyledButton
                  className={classes.result}
                  aria-pressed={row.id === selected}
                  onClick={() => setSelected(row.id)}
                  data-testid="history-row"
                  data-receipt-number={row.receiptNumber}
                >
                  <span className={classes.resultNumber}>{row.receiptNumber}</span>
                  <span>{fmt.dateTime(row.createdAt)}</span>
                  <span className={classes.resultTotal}>{fmt.money(row.total)}</span>
                  <span className={classes.resultTenders}>
                    {row.tenders.map((x) => x.methodName).join(', ')}
                    {row.refund && (
                      <Badge ml={6} color="red" variant="light">
                        {t('history.refund')}
                      </Badge>
                    )}
                  </span>
                </UnstyledButton>
              </div>
            ))}
          </div>
          <Group>
            <Button variant="default" h={48} onClick={newer} disabled={query.before === undefined}>
              {t('history.newer')}
            </Button>
            <Button variant="default" h={48} onClick={older} disabled={!page.data?.next}>
              {t('history.older')}
            </Button>
          </Group>
        </Stack>
        <Stack gap="sm">
          {selected === null ? (
            <Text c="dimmed">{t('history.pick')}</Text>
          ) : receipt.data === undefined ? (
            <Loader />
          ) : (
            <>
              <Group>
                <Button h={48} leftSection={<IconPrinter />} onClick={() => reprint.mutate(selected)} loading={reprint.isPending} data-testid="history-reprint">
                  {t('history.reprint')}
                </Button>
                <Button h={48} variant="light" leftSection={<IconFileTypePdf />} onClick={() => savePdf(selected)} loading={pdf.isPending} data-testid="history-pdf">
                  {t('history.pdf')}
                </Button>
                {canReturn && !receipt.data.refund && (
                  <Button h={48} color="red" variant="light" leftSection={<IconArrowBackUp />} onClick={() => onStartReturn(selected)} data-testid="history-return">
                    {t('history.startReturn')}
                  </Button>
                )}
              </Group>
              {(reprint.isError || pdf.isError) && (
                <Alert color="red" role="alert">
                  {errorMessage(t, reprint.error ?? pdf.error)}
                </Alert>
              )}
              <ReceiptView doc={receipt.data} />
            </>
          )}
        </Stack>
      </div>
      <Group justify="flex-end" mt="md">
        <Button variant="default" h={48} onClick={onClose}>
          {t('app.close')}
        </Button>
      </Group>
    </Modal>
  );
}
