import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/catalog';
import type { Qty } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';
import { Keypad } from '../keypad/Keypad';
import { useKeypadText } from '../keypad/use-keypad-text';
import { parseQtyInput, qtyKeypadText } from './quantity-input';

interface QuantityDialogProps {
  title: string;
  unit: Unit;
  /** Label of the confirm button once a valid quantity is typed. */
  confirmLabel: (qty: string) => string;
  onConfirm: (qty: Qty) => void;
  onClose: () => void;
  /** The quantity the keypad opens on (a line's current one); the first key replaces it. */
  current?: Qty;
}


/**
 * A keypad for a weight (kg, 3 decimals: there is no scale yet), a measure (litres or
 * metres, 3 decimals) or a count. Mounted only
 * while open, so each opening starts afresh: on the line's quantity when it has one.
 */
export function QuantityDialog({ title, unit, confirmLabel, onConfirm, onClose, current }: QuantityDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const kg = unit === 'kg';
  const measured = unit !== 'each';
  // A weight speaks of kilograms; litres and metres of a quantity in their unit.
  const words = kg
    ? { hint: t('weight.hint'), label: t('weight.label'), invalid: t('weight.invalid') }
    : measured
      ? { hint: t('measure.hint', { unit }), label: t('measure.label', { unit }), invalid: t('measure.invalid') }
      : { hint: t('cart.qtyLabel'), label: t('cart.qtyLabel'), invalid: t('cart.qtyInvalid') };
  const confirm = (text: string) => {
    const qty = parseQtyInput(text, unit);
    if (qty !== null) onConfirm(qty);
  };
  const { text, press } = useKeypadText({
    active: true,
    decimals: measured ? 3 : 0,
    maxLength: measured ? 8 : 4,
    onEnter: confirm,
    initial: current === undefined ? '' : qtyKeypadText(current, unit),
  });
  const qty = parseQtyInput(text, unit);
  const invalid = text !== '' && qty === null;

  return (
    <Modal opened onClose={onClose} title={title} centered size={400} withCloseButton={false}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {words.hint}
        </Text>
        <Text
          role="textbox"
          aria-readonly
          aria-label={words.label}
          fz={36}
          fw={700}
          ta="right"
          px="md"
          py={4}
          bd="2px solid var(--mantine-color-indigo-4)"
          style={{ borderRadius: 8, minHeight: 62, fontVariantNumeric: 'tabular-nums' }}
          data-testid="qty-display"
          tabIndex={-1}
          data-autofocus
        >
          {measured ? t('measure.display', { value: text === '' ? '0' : text, unit }) : text === '' ? '0' : text}
        </Text>
        <Text size="sm" c="red" mih={20}>
          {invalid ? words.invalid : ''}
        </Text>
        <Keypad onKey={press} extraKey={measured ? '.' : null} />
        <Group grow>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button disabled={qty === null} onClick={() => confirm(text)}>
            {qty === null ? t('weight.addDisabled') : confirmLabel(fmt.qty(qty, unit))}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
