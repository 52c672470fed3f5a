import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asks whether a product found outside the take's category or shelf is counted anyway. */
export function OutsideScopeDialog(props: { name: string | null; large?: boolean; onConfirm: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const size = props.large === true ? 'lg' : 'sm';
  return (
    <Modal opened={props.name !== null} onClose={props.onDismiss} title={t('stocktake.outsideTitle')} centered closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Text mb="md">{t('stocktake.outsideText', { name: props.name ?? '' })}</Text>
      <Group justify="flex-end">
        <Button size={size} variant="default" onClick={props.onDismiss}>
          {t('stocktake.dontCount')}
        </Button>
        <Button size={size} onClick={props.onConfirm} data-testid="stocktake-count-anyway">
          {t('stocktake.countAnyway')}
        </Button>
      </Group>
    </Modal>
  );
}
