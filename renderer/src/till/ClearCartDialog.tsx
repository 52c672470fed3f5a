import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ClearCartDialogProps {
  lineCount: number;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ClearCartDialog({ lineCount, busy, onConfirm, onClose }: ClearCartDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('cart.clearTitle')} centered withCloseButton={false}>
      <Text size="lg" mb="lg">
        {t('cart.clearText', { count: lineCount })}
      </Text>
      <Group grow>
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('cart.keep')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy}>
          {t('cart.clearConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
