import { Button, SimpleGrid } from '@mantine/core';
import { IconBackspace } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KeypadKey } from './keypad-text';

interface KeypadProps {
  onKey: (key: KeypadKey) => void;
  /** The key left of 0: a decimal point for money and weights, nothing for counts. */
  extraKey: '.' | null;
  /** Decimal separator as the store's locale writes it, shown on the decimal key. */
  decimalLabel?: string;
  disabled?: boolean;
}

const DIGIT_ROWS: KeypadKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Phone layout (1 on top), the same as the PIN pad (login/PinPad.tsx): a cashier who
 * meets two orders on one till keys the wrong digit on one of them.
 */
export function Keypad({ onKey, extraKey, decimalLabel = '.', disabled = false }: KeypadProps) {
  const { t } = useTranslation();
  const keyButton = (key: KeypadKey) => (
    <Button key={key} h={64} fz={26} variant="default" disabled={disabled} onClick={() => onKey(key)}>
      {key}
    </Button>
  );
  return (
    <SimpleGrid cols={3} spacing={8} verticalSpacing={8}>
      {DIGIT_ROWS.map(keyButton)}
      {extraKey === '.' ? (
        <Button h={64} fz={26} variant="default" disabled={disabled} aria-label={t('keypad.decimal')} onClick={() => onKey('.')}>
          {decimalLabel}
        </Button>
      ) : (
        <Button h={64} fz={20} variant="default" disabled={disabled} aria-label={t('keypad.clear')} onClick={() => onKey('clear')}>
          {t('keypad.clearShort')}
        </Button>
      )}
      {keyButton('0')}
      <Button h={64} variant="default" disabled={disabled} aria-label={t('keypad.backspace')} onClick={() => onKey('back')}>
        <IconBackspace size={28} />
      </Button>
    </SimpleGrid>
  );
}
