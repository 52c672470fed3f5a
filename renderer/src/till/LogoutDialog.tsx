import { Button, Modal, Stack, Text } from '@mantine/core';
import { IconPlayerPause, IconTrash, IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface LogoutDialogProps {
  lineCount: number;
  onPark: () => void;
  onKeep: () => void;
  onVoid: () => void;
  onClose: () => void;
}

/** Logging out mid-sale: the sale must go somewhere the next cashier will understand. */
export function LogoutDialog({ lineCount, onPark, onKeep, onVoid, onClose }: LogoutDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('logout.title')} centered size={460} withCloseButton={false}>
      <Stack gap="sm">
        <Text size="lg">{t('logout.text', { count: lineCount })}</Text>
        <Button leftSection={<IconPlayerPause />} onClick={onPark} data-autofocus>
          {t('logout.park')}
        </Button>
        <Button variant="default" leftSection={<IconUserShare />} onClick={onKeep}>
          {t('logout.keep')}
        </Button>
        <Button variant="light" color="red" leftSection={<IconTrash />} onClick={onVoid}>
          {t('logout.void')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('logout.stay')}
        </Button>
      </Stack>
    </Modal>
  );
}
