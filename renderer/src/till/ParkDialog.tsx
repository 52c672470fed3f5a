import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ParkDialogProps {
  onPark: (note: string) => Promise<boolean>;
  onClose: () => void;
}

/** Park the sale with a note the cashier will recognise it by ("blue coat, fetching milk"). */
export function ParkDialog({ onPark, onClose }: ParkDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const park = async () => {
    setBusy(true);
    const ok = await onPark(note.trim());
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('park.title')} centered size={460} withCloseButton={false}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void park();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('park.note')}
            description={t('park.noteHint')}
            value={note}
            maxLength={200}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
            data-testid="park-note"
          />
          <Group grow>
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="park-confirm">
              {t('park.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
