import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minor } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';

interface GiftCardPanelProps {
  amount: Minor;
  busy: boolean;
  onApply: (code: string) => void;
  onBack: () => void;
}

/** A gift card's code, typed or scanned into the field, then applied for the amount. */
export function GiftCardPanel({ amount, busy, onApply, onBack }: GiftCardPanelProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [code, setCode] = useState('');
  const apply = () => {
    if (code.trim() !== '' && !busy) onApply(code.trim());
  };
  return (
    <Stack gap="sm">
      <TextInput
        label={t('pay.giftCode')}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
        autoComplete="off"
        size="lg"
        data-autofocus
        data-testid="gift-code"
      />
      <Group grow>
        <Button h={56} onClick={apply} loading={busy} disabled={code.trim() === ''} data-testid="gift-apply">
          {t('pay.apply', { amount: fmt.money(Math.abs(amount)) })}
        </Button>
        <Button h={56} variant="default" onClick={onBack} disabled={busy}>
          {t('pay.back')}
        </Button>
      </Group>
    </Stack>
  );
}
