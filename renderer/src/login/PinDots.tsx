import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PinDotsProps {
  length: number;
  max: number;
}

/** Masked PIN: filled dots for typed digits, hollow for the rest of a 4-digit minimum. */
export function PinDots({ length, max }: PinDotsProps) {
  const { t } = useTranslation();
  const shown = Math.min(max, Math.max(4, length));
  return (
    <Group gap={14} h={28} role="status" aria-label={t('login.pinEntered', { count: length })} data-testid="pin-dots">
      {Array.from({ length: shown }, (_, i) => (
        <span
          key={i}
          style={{
            width: 22,
            height: 22,
            borderRadius: '50%',
            border: '3px solid var(--mantine-color-indigo-6)',
            background: i < length ? 'var(--mantine-color-indigo-6)' : 'transparent',
          }}
        />
      ))}
    </Group>
  );
}
