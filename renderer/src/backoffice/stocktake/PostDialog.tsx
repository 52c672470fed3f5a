import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockTakeDetailView } from '../../../../shared/domain/stocktake';
import { usePostStockTake, useVarianceTotals } from '../../api/hooks/use-stocktake';
import { useStoreFormat } from '../../format/use-store-format';
import { errorMessage } from '../../i18n/error-message';

/** Posting, confirmed: the totals once more, and whether uncounted products go to zero (default: left alone). */
export function PostDialog({ take, onClose }: { take: StockTakeDetailView; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const totals = useVarianceTotals(take.id, false);
  const post = usePostStockTake();
  const [zero, setZero] = useState(false);
  const tot = totals.data;
  return (
    <Modal opened onClose={onClose} title={t('stocktake.postTitle', { reference: take.reference })} centered closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Stack gap="sm">
        <Text size="sm">{t('stocktake.postText')}</Text>
        {tot !== undefined && (
          <Text size="sm" fw={600}>
            {t('stocktake.totalsDiffering')}: {tot.withVariance} · {t('stocktake.totalsNet')}: {fmt.money(tot.varianceValue)}
          </Text>
        )}
        {tot !== undefined && tot.uncountedProducts > 0 && (
          <Checkbox
            label={t('stocktake.zeroUncounted', { count: tot.uncountedProducts })}
            description={t('stocktake.zeroUncountedHint')}
            checked={zero}
            onChange={(e) => setZero(e.currentTarget.checked)}
            data-testid="stocktake-zero-uncounted"
          />
        )}
        {post.isError && (
          <Alert color="red" role="alert" p="xs">
            {errorMessage(t, post.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button size="sm" variant="default" onClick={onClose}>
            {t('backoffice.cancel')}
          </Button>
          <Button
            size="sm"
            loading={post.isPending}
            onClick={() => post.mutate({ id: take.id, version: take.version, zeroUncounted: zero }, { onSuccess: onClose })}
            data-testid="stocktake-post-confirm"
          >
            {t('stocktake.postConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ConfirmCancelDialog(props: { reference: string; busy: boolean; onClose: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={props.onClose} title={t('stocktake.cancelTitle', { reference: props.reference })} centered closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Text size="sm" mb="md">
        {t('stocktake.cancelText')}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button size="sm" variant="default" onClick={props.onClose}>
          {t('stocktake.keep')}
        </Button>
        <Button size="sm" color="red" loading={props.busy} onClick={props.onConfirm} data-testid="stocktake-cancel-confirm">
          {t('stocktake.cancelConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
