import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useStoreFormat } from '../format/use-store-format';

interface MoneyInputProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error?: ReactNode;
  description?: string;
  testId?: string;
  required?: boolean;
  autoFocus?: boolean;
}

/**
 * An amount typed in the store's currency, as text: only digits and the store's number of
 * decimals get in, and the form turns it into minor units with parseMoneyInput when sent.
 */
export function MoneyInput({
  label,
  value,
  onChange,
  error,
  description,
  testId,
  required,
  autoFocus,
}: MoneyInputProps) {
  const fmt = useStoreFormat();
  const decimals = fmt.currencyExponent;
  const pattern = decimals > 0 ? new RegExp(`^\\d{0,10}([.,]\\d{0,${decimals}})?$`) : /^\d{0,10}$/;
  return (
    <TextInput
      size="sm"
      label={label}
      description={description}
      value={value}
      required={required}
      autoFocus={autoFocus}
      inputMode="decimal"
      autoComplete="off"
      error={error}
      rightSection={fmt.currency}
      rightSectionWidth={48}
      onChange={(e) => {
        const next = e.currentTarget.value;
        if (pattern.test(next)) onChange(next.replace(',', '.'));
      }}
      data-testid={testId}
    />
  );
}
