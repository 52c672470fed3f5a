import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkedCartView } from '../../../shared/domain/cart';
import { call } from '../api/client';
import { keys } from '../api/query-keys';
import { useStoreFormat } from '../format/use-store-format';
import { VoidDialog } from './VoidDialog';

interface ParkedDialogProps {
  /** The sale on screen has lines: resuming would be refused, so say why up front. */
  cartHasLines: boolean;
  onResume: (cartId: string) => Promise<boolean>;
  onDiscard: (cartId: string, reasonId: string) => Promise<boolean>;
  onClose: () => void;
}

/** This till's parked sales, newest first: resume one, or void it with a reason. */
export function ParkedDialog({ cartHasLines, onResume, onDiscard, onClose }: ParkedDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const parked = useQuery({ queryKey: keys.parked, queryFn: () => call('cart.parked') });
  const [discarding, setDiscarding] = useState<ParkedCartView | null>(null);
  if (discarding !== null) {
    return (
      <VoidDialog
        title={t('parked.discardTitle')}
        text={t('parked.discardText', { note: discarding.note || t('parked.noNote'), total: fmt.money(discarding.total) })}
        confirmLabel={t('parked.discard')}
        onConfirm={(reasonId) => onDiscard(discarding.id, reasonId)}
        onClose={() => setDiscarding(null)}
      />
    );
  }
  return (
    <Modal opened onClose={onClose} title={t('parked.title')} centered size={560} withCloseButton={false}>
      <Stack gap="sm">
        {cartHasLines && <Text c="red.9">{t('parked.finishFirst')}</Text>}
        {parked.data === undefined ? (
          <Loader />
        ) : parked.data.length === 0 ? (
          <Text>{t('parked.none')}</Text>
        ) : (
          <div role="list" data-testid="parked-list">
            {parked.data.map((p) => (
              <Group key={p.id} role="listitem" justify="space-between" wrap="nowrap" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <div style={{ minWidth: 0 }}>
                  <Text fw={700} truncate="end">
                    {p.note || t('parked.noNote')}
                  </Text>
                  <Text size="sm">
                    {t('parked.detail', { count: p.lines, total: fmt.money(p.total), by: p.parkedBy, at: fmt.dateTime(p.parkedAt) })}
                  </Text>
                </div>
                <Group gap={6} wrap="nowrap">
                  <Button
                    disabled={cartHasLines}
                    onClick={() => void onResume(p.id).then((ok) => ok && onClose())}
                    aria-label={t('parked.resumeNamed', { note: p.note || t('parked.noNote') })}
                    data-testid="parked-resume"
                  >
                    {t('parked.resume')}
                  </Button>
                  <Button
                    variant="light"
                    color="red"
                    onClick={() => setDiscarding(p)}
                    aria-label={t('parked.discardNamed', { note: p.note || t('parked.noNote') })}
                  >
                    {t('parked.discard')}
                  </Button>
                </Group>
              </Group>
            ))}
          </div>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
