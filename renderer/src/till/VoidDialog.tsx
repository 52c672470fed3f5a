import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonPicker } from '../approval/ReasonPicker';

interface VoidDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: (reasonId: string) => Promise<boolean>;
  onClose: () => void;
}

/** Voiding a line, a sale or a parked sale: a reason first, then (if needed) a manager's PIN. */
export function VoidDialog({ title, text, confirmLabel, onConfirm, onClose }: VoidDialogProps) {
  const { t } = useTranslation();
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (reasonId === null) return;
    setBusy(true);
    const ok = await onConfirm(reasonId);
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={title} centered size={460} withCloseButton={false}>
      <Stack gap="md">
        <Text size="lg">{text}</Text>
        <ReasonPicker kind="void" value={reasonId} onChange={setReasonId} />
        <Group grow>
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('cart.keep')}
          </Button>
          <Button color="red" disabled={reasonId === null} loading={busy} onClick={() => void confirm()} data-testid="void-confirm">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
