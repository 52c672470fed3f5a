import { Button, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CartView } from '../../../shared/domain/cart';
import { useStoreFormat } from '../format/use-store-format';

interface TenderSummaryProps {
  cart: CartView;
  busy: boolean;
  onRemove: (tenderId: string) => void;
}

/** Total, what is paid, what remains (or is to refund), the cash due with its rounding line, and the tenders taken. */
export function TenderSummary({ cart, busy, onRemove }: TenderSummaryProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const refund = cart.remaining < 0;
  const rounding = cart.cashDue - cart.remaining;
  const row = (label: string, amount: number, testId: string, strong = false) => (
    <Group justify="space-between" wrap="nowrap">
      <Text size={strong ? 'xl' : 'md'} fw={strong ? 700 : 500}>
        {label}
      </Text>
      <Text size={strong ? 'xl' : 'md'} fw={strong ? 800 : 600} data-testid={testId} data-minor={amount} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {fmt.money(amount)}
      </Text>
    </Group>
  );
  return (
    <Stack gap={4}>
      {row(t('pay.total'), cart.totals.total, 'pay-total')}
      {row(t('pay.paid'), cart.paid, 'pay-paid')}
      <Group justify="space-between" wrap="nowrap" mt={4}>
        <Text fz={22} fw={700}>
          {refund ? t('pay.toRefund') : t('pay.remaining')}
        </Text>
        <Text fz={36} fw={800} lh={1.1} data-testid="pay-due" data-minor={Math.abs(cart.remaining)} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {fmt.money(Math.abs(cart.remaining))}
        </Text>
      </Group>
      {rounding !== 0 && (
        <>
          {row(t('pay.rounding'), rounding, 'pay-rounding')}
          {row(t('pay.cashDue'), Math.abs(cart.cashDue), 'pay-cash-due', true)}
        </>
      )}
      <Text size="sm" fw={700} c="dimmed" mt="sm" tt="uppercase">
        {t('pay.taken')}
      </Text>
      {cart.tenders.length === 0 ? (
        <Text c="dimmed">{t('pay.noneTaken')}</Text>
      ) : (
        <Stack gap={4} data-testid="tender-list">
          {cart.tenders.map((tender) => {
            const detail = tender.cardLast4 ?? (tender.giftCardCode !== null ? tender.giftCardCode.slice(-4) : null);
            const name = detail !== null ? `${tender.methodName} ···${detail}` : tender.methodName;
            return (
              <Group key={tender.id} justify="space-between" wrap="nowrap" data-testid="tender-row" data-method={tender.method}>
                <Text fw={600}>{name}</Text>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {fmt.money(tender.amount)}
                  </Text>
                  <Button
                    variant="light"
                    color="red"
                    h={48}
                    disabled={busy}
                    leftSection={<IconTrash size={18} />}
                    aria-label={t('pay.remove', { name, amount: fmt.money(tender.amount) })}
                    onClick={() => onRemove(tender.id)}
                  >
                    {t('pay.removeShort')}
                  </Button>
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
