import { Alert, Button, Kbd, Stack, Text, Title } from '@mantine/core';
import { IconPrinter, IconShoppingCartPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleResult } from '../../../shared/domain/sale';
import { useReprint } from '../api/hooks/use-sale';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { ReceiptView } from '../receipt/ReceiptView';
import { PrintStatus } from './PrintStatus';
import { settled } from './settle-guard';
import classes from './paid.module.css';

interface PaidPanelProps {
  result: SaleResult;
  canReprint: boolean;
  onNewSale: () => void;
}

/** After payment: the change in type big enough to read from the customer's side. */
export function PaidPanel({ result, canReprint, onNewSale }: PaidPanelProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const reprint = useReprint();
  // A reprint is a new job; its status replaces the original's.
  const [job, setJob] = useState(result.printJob);
  // The Enter or tap that completed the sale may come twice: the change stays up a moment.
  const shownAt = useRef(Number.POSITIVE_INFINITY);
  useEffect(() => {
    shownAt.current = performance.now();
  }, []);
  const { receipt } = result;

  return (
    <div className={classes.paid} data-testid="paid-panel">
      <Stack className={classes.summary} gap="md">
        <Title order={2}>{t('paid.title')}</Title>
        <div>
          <Text size="xl" fw={600} c="dimmed">
            {result.change > 0 ? t('paid.change') : t('paid.noChange')}
          </Text>
          <Text className={classes.change} data-testid="change-due" data-minor={result.change}>
            {fmt.money(result.change)}
          </Text>
          <Text size="lg">
            {t('paid.total', { total: fmt.money(result.total), tendered: fmt.money(result.tendered) })}
          </Text>
          {result.receipt !== null && result.receipt.rounding !== 0 && (
            <Text size="lg" data-testid="paid-rounding">
              {t('paid.rounding', { amount: fmt.money(result.receipt.rounding) })}
            </Text>
          )}
          <Text size="md" c="dimmed" data-testid="paid-receipt-number">
            {t('paid.number', { number: result.receiptNumber })}
          </Text>
        </div>
        {result.warnings.map((w) => (
          <Alert key={w} color="yellow" role="status">
            {t(`paid.warnings.${w}`)}
          </Alert>
        ))}
        {job !== null && <PrintStatus key={job.id} job={job} />}
        {reprint.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, reprint.error)}
          </Alert>
        )}
        <div className={classes.actions}>
          {canReprint && (
            <Button
              variant="default"
              h={64}
              leftSection={<IconPrinter />}
              loading={reprint.isPending}
              onClick={() => reprint.mutate(result.saleId, { onSuccess: setJob })}
            >
              {t('paid.reprint')}
            </Button>
          )}
          <Button
            h={64}
            fz={22}
            leftSection={<IconShoppingCartPlus />}
            rightSection={<Kbd>Enter</Kbd>}
            onClick={() => {
              if (settled(shownAt.current)) onNewSale();
            }}
            aria-keyshortcuts="Enter"
            data-autofocus
            data-testid="new-sale"
          >
            {t('paid.newSale')}
          </Button>
        </div>
        <Text c="dimmed">{t('paid.newSaleHint')}</Text>
      </Stack>
      <div className={classes.receipt}>
        {receipt !== null ? <ReceiptView doc={receipt} /> : <Text p="md">{t('paid.receiptUnavailable')}</Text>}
      </div>
    </div>
  );
}
