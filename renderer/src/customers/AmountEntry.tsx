import { Stack, TextInput } from '@mantine/core';
import { useStoreFormat } from '../format/use-store-format';
import { Keypad } from '../keypad/Keypad';
import { applyKey } from '../keypad/keypad-text';

interface AmountEntryProps {
  label: string;
  text: string;
  onText: (text: string) => void;
  error?: string | null;
  testId?: string;
}

/**
 * A money amount typed in the field or tapped on the keypad. The field is an ordinary
 * input, so the keyboard works in it without a window-wide listener stealing digits
 * from the code field beside it.
 */
export function AmountEntry({ label, text, onText, error, testId }: AmountEntryProps) {
  const fmt = useStoreFormat();
  const decimals = fmt.currencyExponent;
  const pattern = decimals > 0 ? new RegExp(`^\\d{0,9}([.,]\\d{0,${decimals}})?$`) : /^\d{0,9}$/;
  return (
    <Stack gap={8}>
      <TextInput
        label={label}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        size="lg"
        error={error ?? undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (pattern.test(next)) onText(next.replace(',', '.'));
        }}
        data-testid={testId}
      />
      <Keypad
        onKey={(key) => onText(applyKey(text, key, { decimals, maxLength: 12 }))}
        extraKey={decimals > 0 ? '.' : null}
      />
    </Stack>
  );
}
