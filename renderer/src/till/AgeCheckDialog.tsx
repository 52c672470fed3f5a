import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The first age-restricted product of a sale: the cashier checks the customer's age before
 * it goes in. Confirming adds it (and the rest of the sale asks no more); declining adds
 * nothing. Enter confirms only once a button has focus, never by a stray scan's Enter.
 */
export function AgeCheckDialog({ message, onConfirm, onClose }: { message: string; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('ageCheck.title')} centered size={520} closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconId size={32} aria-hidden />
          <Stack gap={4}>
            <Text fw={700} data-testid="age-check-product">
              {message}
            </Text>
            <Text size="sm">{t('ageCheck.hint')}</Text>
          </Stack>
        </Group>
        <Group grow>
          <Button size="lg" variant="default" onClick={onClose} data-testid="age-refuse">
            {t('ageCheck.refuse')}
          </Button>
          <Button
            size="lg"
            color="green.9"
            data-testid="age-confirm"
            onClick={() => {
              onConfirm();
              onClose();
            }}
          >
            {t('ageCheck.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
