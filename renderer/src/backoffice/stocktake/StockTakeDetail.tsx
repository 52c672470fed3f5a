import { Alert, Badge, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelStockTake, useStockTake } from '../../api/hooks/use-stocktake';
import { errorMessage } from '../../i18n/error-message';
import classes from '../backoffice.module.css';
import { CountPanel } from './CountPanel';
import { ConfirmCancelDialog, PostDialog } from './PostDialog';
import { scopeText, STATUS_COLOR } from './scope-text';
import { VarianceReport } from './VarianceReport';

/** One stock take: progress, counting (while open), the variance report, post and cancel. */
export function StockTakeDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const take = useStockTake(id, true);
  const cancel = useCancelStockTake();
  const [confirm, setConfirm] = useState<'post' | 'cancel' | null>(null);
  const s = take.data;
  if (s === undefined) return <div className={classes.page}>{take.isError && <Alert color="red">{errorMessage(t, take.error)}</Alert>}</div>;
  const counting = s.status === 'counting';
  const pct = s.scopeProducts === 0 ? 0 : Math.min(100, Math.round((s.countedProducts / s.scopeProducts) * 100));
  return (
    <div className={classes.page} style={{ overflow: 'auto' }}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Button size="xs" variant="subtle" leftSection={<IconArrowLeft size={14} />} onClick={onBack}>
            {t('stocktake.back')}
          </Button>
          <Title order={4} data-testid="stocktake-reference">
            {s.reference}
          </Title>
          <Badge variant="light" color={STATUS_COLOR[s.status]} data-testid="stocktake-status">
            {t(`stocktake.statuses.${s.status}`)}
          </Badge>
          <Text size="sm">{scopeText(t, s)}</Text>
          {s.note !== '' && (
            <Text size="sm" c="dimmed">
              {s.note}
            </Text>
          )}
        </Group>
        {counting && (
          <Group gap="sm" wrap="nowrap">
            <Button size="sm" variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => setConfirm('cancel')}>
              {t('stocktake.cancel')}
            </Button>
            <Button size="sm" onClick={() => setConfirm('post')} data-testid="stocktake-post">
              {t('stocktake.post')}
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap={2}>
        <Text size="sm" data-testid="stocktake-progress">
          {t('stocktake.progress', { counted: s.countedProducts, total: s.scopeProducts })} · {t('stocktake.entries', { count: s.entries })}
        </Text>
        <Progress value={pct} size="sm" aria-label={t('stocktake.progress', { counted: s.countedProducts, total: s.scopeProducts })} />
      </Stack>
      {cancel.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, cancel.error)}
        </Alert>
      )}
      {counting ? (
        <CountPanel takeId={s.id} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('stocktake.closed', { status: t(`stocktake.statuses.${s.status}`) })}
        </Text>
      )}
      <VarianceReport take={s} />
      {confirm === 'post' && <PostDialog take={s} onClose={() => setConfirm(null)} />}
      {confirm === 'cancel' && (
        <ConfirmCancelDialog
          reference={s.reference}
          busy={cancel.isPending}
          onClose={() => setConfirm(null)}
          onConfirm={() => cancel.mutate({ id: s.id, version: s.version }, { onSettled: () => setConfirm(null) })}
        />
      )}
    </div>
  );
}
