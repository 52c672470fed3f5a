import { ActionIcon, Alert, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarClock, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput } from '../../../../shared/money';
import type { ProductDetailView } from '../../../../shared/domain/products';
import { useCancelScheduledPrice, useSchedulePrice } from '../../api/hooks/use-bo-products';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';
import { notify } from '../../notices/notice-store';
import { MoneyInput } from '../MoneyInput';

/** A datetime-local value ("2026-12-01T08:00", the manager's own clock) as an instant, or null. */
function localToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** Price history (old -> new, who, when) and scheduled prices, with the form to schedule one. */
export function PricesPanel({ product }: { product: ProductDetailView }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const schedule = useSchedulePrice();
  const cancel = useCancelScheduledPrice();
  const [price, setPrice] = useState('');
  const [at, setAt] = useState('');
  // When the date was typed: "in the future" is judged then, not on every render.
  const [typedAt, setTypedAt] = useState(0);
  const amount = price === '' ? null : parseMoneyInput(price, fmt.currencyExponent);
  const iso = localToIso(at);
  const future = iso !== null && new Date(iso).getTime() > typedAt;
  const submit = () => {
    if (amount === null || iso === null || !future) return;
    schedule.mutate(
      { id: product.id, price: amount, effectiveAt: iso },
      {
        onSuccess: () => {
          notify('success', t('boForm.scheduledDone'));
          setPrice('');
          setAt('');
        },
      },
    );
  };
  const history = [...product.priceHistory].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack gap="md">
      <section>
        <Title order={3} size="h5" mb={4}>
          {t('boForm.scheduled')}
        </Title>
        {product.scheduledPrices.length === 0 ? (
          <Text size="sm">{t('boForm.noScheduled')}</Text>
        ) : (
          <Stack gap={4}>
            {product.scheduledPrices.map((s) => (
              <Group key={s.id} gap="sm" data-testid="bo-scheduled">
                <Badge size="sm" variant="light" color="orange">
                  {t('boForm.pending')}
                </Badge>
                <Text size="sm" fw={600}>
                  {fmt.money(s.price)}
                </Text>
                <Text size="sm">{fmt.dateTime(s.effectiveAt)}</Text>
                {s.staffName !== null && <Text size="sm">{t('boForm.byWhom', { name: s.staffName })}</Text>}
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('boForm.cancelScheduled', {
                    price: fmt.money(s.price),
                    date: fmt.dateTime(s.effectiveAt),
                  })}
                  loading={cancel.isPending && cancel.variables === s.id}
                  onClick={() => cancel.mutate(s.id)}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        <Group gap="sm" align="flex-end" mt="sm">
          <MoneyInput label={t('boForm.schedulePrice')} value={price} onChange={setPrice} testId="bo-schedule-price" />
          <TextInput
            size="sm"
            type="datetime-local"
            label={t('boForm.scheduleAt')}
            value={at}
            onChange={(e) => {
              setAt(e.currentTarget.value);
              setTypedAt(Date.now());
            }}
            error={at !== '' && !future ? t('boForm.scheduleInvalid') : undefined}
            data-testid="bo-schedule-at"
          />
          <Button
            size="sm"
            leftSection={<IconCalendarClock size={16} />}
            disabled={amount === null || !future}
            loading={schedule.isPending}
            onClick={submit}
            data-testid="bo-schedule"
          >
            {t('boForm.scheduleButton')}
          </Button>
        </Group>
        {(schedule.isError || cancel.isError) && (
          <Alert color="red" role="alert" p="xs" mt="xs">
            {errorMessage(t, schedule.error ?? cancel.error)}
          </Alert>
        )}
      </section>
      <section>
        <Title order={3} size="h5" mb={4}>
          {t('boForm.priceHistory')}
        </Title>
        {history.length === 0 ? (
          <Text size="sm">{t('boForm.noPriceHistory')}</Text>
        ) : (
          <Table fz="sm" verticalSpacing={2} data-testid="bo-price-history">
            <Table.Tbody>
              {history.map((h) => (
                <Table.Tr key={h.id} data-testid="bo-price-change">
                  <Table.Td>{fmt.dateTime(h.createdAt)}</Table.Td>
                  <Table.Td fw={600}>
                    {t('boForm.priceChange', { old: fmt.money(h.oldPrice), new: fmt.money(h.newPrice) })}
                  </Table.Td>
                  <Table.Td>{h.staffName === null ? '' : t('boForm.byWhom', { name: h.staffName })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}
