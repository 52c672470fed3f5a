import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCoin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CARD_AMOUNT, type CustomerView } from '../../../shared/domain/customer';
import { parseMoneyInput } from '../../../shared/money';
import { useIssueCredit } from '../api/hooks/use-customers';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';
import { AmountEntry } from './AmountEntry';

/** A manager gives store credit outside a return: an amount and why, journaled as a document. */
export function IssueCreditForm({ customer, onDone }: { customer: CustomerView; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [amountText, setAmountText] = useState('');
  const [note, setNote] = useState('');
  const issue = useIssueCredit();
  const amount = amountText === '' ? null : parseMoneyInput(amountText, fmt.currencyExponent);
  const ok = amount !== null && amount > 0 && amount <= MAX_CARD_AMOUNT;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!ok || issue.isPending) return;
        issue.mutate(
          { customerId: customer.id, amount, ...(note.trim() !== '' ? { note: note.trim() } : {}) },
          {
            onSuccess: () => {
              notify('success', t('customers.issued', { amount: fmt.money(amount), name: customer.name }));
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="sm" data-testid="issue-credit-form">
        <Text fw={700}>{t('customers.issueTitle', { name: customer.name })}</Text>
        <TextInput label={t('customers.note')} value={note} maxLength={200} size="md" onChange={(e) => setNote(e.currentTarget.value)} />
        <AmountEntry
          label={t('customers.amount')}
          text={amountText}
          onText={setAmountText}
          error={amountText !== '' && !ok ? t('customers.amountInvalid') : null}
          testId="issue-credit-amount"
        />
        {issue.isError && (
          <Alert role="alert" color="red" p="xs">
            {errorMessage(t, issue.error)}
          </Alert>
        )}
        <Group grow>
          <Button h={52} variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" h={52} color="green" leftSection={<IconCoin size={20} />} disabled={!ok} loading={issue.isPending}>
            {ok ? t('customers.issue', { amount: fmt.money(amount) }) : t('customers.issueCredit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
