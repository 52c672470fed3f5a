import { Alert, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconCoin, IconRestore, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchiveCustomer, useCreditHistory, useCustomer } from '../api/hooks/use-customers';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';
import { IssueCreditForm } from './IssueCreditForm';
import { useAttach } from './use-attach';

interface CustomerDetailProps {
  customerId: string;
  attached: boolean;
  canIssueCredit: boolean;
  onBack: () => void;
  onAttached: () => void;
}

export function CustomerDetail({ customerId, attached, canIssueCredit, onBack, onAttached }: CustomerDetailProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const customer = useCustomer(customerId);
  const history = useCreditHistory(customerId);
  const archive = useArchiveCustomer();
  const attach = useAttach(onAttached);
  const [issuing, setIssuing] = useState(false);
  const c = customer.data;
  if (c === undefined) return customer.isError ? <Alert color="red">{errorMessage(t, customer.error)}</Alert> : <Loader />;

  const rows: [string, string][] = [
    [t('customers.phone'), c.phone],
    [t('customers.email'), c.email],
    [t('customers.address'), c.address],
    [t('customers.taxId'), c.taxId],
    [t('customers.loyaltyCode'), c.loyaltyCode ?? ''],
    [t('customers.notes'), c.notes],
  ];
  return (
    <Stack gap="sm" data-testid="customer-detail">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={800} fz={24}>
          {c.name}
        </Text>
        {c.archived && <Badge color="gray">{t('customers.archived')}</Badge>}
      </Group>
      <Group gap="xs">
        <Text c="dimmed">{t('customers.creditBalance')}</Text>
        <Text fw={700} data-testid="customer-credit" data-minor={c.creditBalance}>
          {fmt.money(c.creditBalance)}
        </Text>
      </Group>
      <Stack gap={2}>
        {rows
          .filter(([, v]) => v !== '')
          .map(([label, value]) => (
            <Text key={label} size="sm" style={{ whiteSpace: 'pre-line' }}>
              <Text span c="dimmed" size="sm">
                {label}:{' '}
              </Text>
              {value}
            </Text>
          ))}
      </Stack>
      {issuing ? (
        <IssueCreditForm customer={c} onDone={() => setIssuing(false)} />
      ) : (
        <Group grow>
          {!attached && !c.archived && (
            <Button h={52} color="green" leftSection={<IconUserCheck size={20} />} loading={attach.pending} onClick={() => attach.run(c)}>
              {t('customers.attach')}
            </Button>
          )}
          {canIssueCredit && !c.archived && (
            <Button h={52} variant="light" leftSection={<IconCoin size={20} />} onClick={() => setIssuing(true)} data-testid="issue-credit">
              {t('customers.issueCredit')}
            </Button>
          )}
        </Group>
      )}
      <Stack gap={2}>
        <Text fw={700}>{t('customers.history')}</Text>
        {history.data?.length === 0 && <Text size="sm" c="dimmed">{t('customers.historyEmpty')}</Text>}
        {history.data?.map((m) => (
          <Group key={m.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {fmt.dateTime(m.at)} ·{' '}
              {m.source === 'issued'
                ? t('customers.historyIssued', { name: m.staffName ?? '' })
                : t('customers.historySale', { number: m.receiptNumber ?? '' })}
              {m.note !== null ? ` · ${m.note}` : ''}
            </Text>
            <Text size="sm" fw={700} c={m.delta < 0 ? 'red.8' : 'green.9'}>
              {fmt.money(m.delta)}
            </Text>
          </Group>
        ))}
      </Stack>
      <Group grow>
        <Button h={52} variant="default" leftSection={<IconArrowLeft size={20} />} onClick={onBack}>
          {t('customers.back')}
        </Button>
        <Button
          h={52}
          variant="light"
          color={c.archived ? 'indigo' : 'red'}
          leftSection={c.archived ? <IconRestore size={20} /> : <IconArchive size={20} />}
          loading={archive.isPending}
          onClick={() =>
            archive.mutate(
              { customerId: c.id, archived: !c.archived },
              {
                onSuccess: (after) => after.archived && notify('info', t('customers.archivedDone', { name: after.name })),
                onError: (e) => notify('error', errorMessage(t, e)),
              },
            )
          }
        >
          {c.archived ? t('customers.restore') : t('customers.archive')}
        </Button>
      </Group>
    </Stack>
  );
}
