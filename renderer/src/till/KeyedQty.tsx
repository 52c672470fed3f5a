import { Button } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The quantity keyed for the next scan or pick ("12 ×"); tapping it cancels. */
export function KeyedQty({ text, onCancel }: { text: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const label = t('products.keyedQty', { qty: text });
  return (
    <Button
      mt={8}
      h={48}
      color="indigo"
      rightSection={<IconX aria-hidden />}
      onClick={onCancel}
      aria-label={`${label} ${t('products.keyedQtyLabel', { qty: text })}`}
      data-testid="keyed-qty"
    >
      {label}
    </Button>
  );
}
