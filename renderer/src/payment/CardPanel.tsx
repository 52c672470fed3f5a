import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardStep } from '../../../shared/domain/sale';
import type { Minor } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';

interface CardPanelProps {
  amount: Minor;
  /** The manual terminal's request, waiting for the cashier; null while the terminal is asked. */
  step: CardStep | null;
  busy: boolean;
  /** A refund to a card prefills the original payment's last 4 digits. */
  initialLast4?: string;
  onAnswer: (answer: { approved: boolean; last4: string; approvalCode: string }) => void;
}

/**
 * The card terminal at work. Manual terminal: key the amount there, then read the result
 * back (the last 4 digits and approval code only: never the card number). Simulator or a
 * networked terminal: a waiting state until it answers.
 */
export function CardPanel({ amount, step, busy, initialLast4 = '', onAnswer }: CardPanelProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [last4, setLast4] = useState(initialLast4);
  const [approvalCode, setApprovalCode] = useState('');
  if (step === null || step.status !== 'confirm') {
    return (
      <Stack align="center" gap="md" py="xl" data-testid="card-waiting" role="status">
        <Loader size="lg" />
        <Text fz={22} fw={700}>
          {t('card.waiting')}
        </Text>
        <Text fz={28} fw={800}>
          {fmt.money(Math.abs(amount))}
        </Text>
      </Stack>
    );
  }
  const answer = (approved: boolean) => onAnswer({ approved, last4: last4.trim(), approvalCode: approvalCode.trim() });
  return (
    <Stack gap="sm" data-testid="card-confirm">
      <Alert color="indigo" p="sm">
        <Text fz={24} fw={800} data-testid="card-key-amount">
          {t(amount < 0 ? 'card.keyRefund' : 'card.key', { amount: fmt.money(Math.abs(amount)) })}
        </Text>
        <Text>{t('card.keyHint')}</Text>
      </Alert>
      <TextInput
        label={t('card.last4')}
        value={last4}
        onChange={(e) => setLast4(e.currentTarget.value)}
        inputMode="numeric"
        autoComplete="off"
        size="lg"
        data-testid="card-last4"
      />
      <TextInput
        label={t('card.approvalCode')}
        value={approvalCode}
        onChange={(e) => setApprovalCode(e.currentTarget.value)}
        autoComplete="off"
        size="lg"
        data-testid="card-approval-code"
      />
      <Group grow>
        <Button color="green" h={64} fz={20} loading={busy} onClick={() => answer(true)} data-testid="card-approved">
          {t('card.approved')}
        </Button>
        <Button color="red" variant="light" h={64} fz={20} disabled={busy} onClick={() => answer(false)} data-testid="card-declined">
          {t('card.declined')}
        </Button>
      </Group>
    </Stack>
  );
}
