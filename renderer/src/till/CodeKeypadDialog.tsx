import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Keypad } from '../keypad/Keypad';
import { useKeypadText } from '../keypad/use-keypad-text';
import { looksLikeQty } from './search-text';

interface CodeKeypadDialogProps {
  onClose: () => void;
  /** "Add code": ring the keyed digits up like a scan. */
  onCode: (code: string) => void;
  /** "Qty ×": the keyed number is the next item's quantity (or weight in kg). */
  onQty: (text: string) => void;
}

/** For a till with a touch screen and no keyboard: key a barcode the scanner cannot read, or a quantity. */
export function CodeKeypadDialog({ onClose, onCode, onQty }: CodeKeypadDialogProps) {
  const { t } = useTranslation();
  const { text, press } = useKeypadText({
    active: true,
    decimals: 3,
    maxLength: 14,
    onEnter: (keyed) => {
      if (/^\d+$/.test(keyed)) onCode(keyed);
    },
  });
  const label = t('products.keypadTitle');
  return (
    <Modal opened onClose={onClose} title={label} centered size={460} withCloseButton={false}>
      <Stack gap="sm">
        <Text
          role="textbox"
          aria-readonly
          aria-label={label}
          fz={32}
          fw={700}
          ta="right"
          px="md"
          py={4}
          bd="2px solid var(--mantine-color-indigo-8)"
          style={{ borderRadius: 8, minHeight: 58, fontVariantNumeric: 'tabular-nums' }}
          data-testid="keypad-display"
          tabIndex={-1}
          data-autofocus
        >
          {text}
        </Text>
        <Keypad onKey={press} extraKey="." />
        <Group grow>
          <Button variant="default" px="xs" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button variant="default" px="xs" disabled={!looksLikeQty(text)} onClick={() => onQty(text)} data-testid="keypad-qty">
            {t('products.qtyKey')}
          </Button>
          <Button px="xs" disabled={!/^\d+$/.test(text)} onClick={() => onCode(text)} data-testid="keypad-code">
            {t('products.keypadCode')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
