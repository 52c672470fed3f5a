import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartLineView } from '../../../shared/domain/cart';
import type { Minor } from '../../../shared/domain/units';
import { parseMoneyInput } from '../../../shared/money';
import { ReasonPicker } from '../approval/ReasonPicker';
import { useStoreFormat } from '../format/use-store-format';
import { Keypad } from '../keypad/Keypad';
import { useKeypadText } from '../keypad/use-keypad-text';

interface PriceDialogProps {
  line: CartLineView;
  onApply: (unitPrice: Minor, reasonId: string) => Promise<boolean>;
  onClose: () => void;
}

/** A new unit price for a line, with a reason; the catalog price stays shown beside it. */
export function PriceDialog({ line, onApply, onClose }: PriceDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const priceOf = (text: string): Minor | null => (text === '' ? null : parseMoneyInput(text, fmt.currencyExponent));
  const apply = async (text: string) => {
    const price = priceOf(text);
    if (price === null || reasonId === null || busy) return;
    setBusy(true);
    const ok = await onApply(price, reasonId);
    setBusy(false);
    if (ok) onClose();
  };
  const { text, press } = useKeypadText({
    active: !busy,
    decimals: fmt.currencyExponent,
    maxLength: 9,
    onEnter: (s) => void apply(s),
  });
  const price = priceOf(text);
  return (
    <Modal opened onClose={onClose} title={t('price.title', { name: line.name })} centered size={460} withCloseButton={false}>
      <Stack gap="sm">
        <Text size="sm">{t('price.catalog', { price: fmt.money(line.listPrice ?? line.unitPrice) })}</Text>
        <Text
          role="textbox"
          aria-readonly
          aria-label={t('price.label')}
          fz={34}
          fw={700}
          ta="right"
          px="md"
          bd="2px solid var(--mantine-color-indigo-4)"
          style={{ borderRadius: 8, minHeight: 58, fontVariantNumeric: 'tabular-nums' }}
        >
          {text === '' ? '0' : text}
        </Text>
        <Keypad onKey={press} extraKey="." disabled={busy} />
        <ReasonPicker kind="price_override" value={reasonId} onChange={setReasonId} />
        <Group grow>
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button disabled={price === null || reasonId === null} loading={busy} onClick={() => void apply(text)}>
            {price === null ? t('price.apply') : t('price.applyWith', { price: fmt.money(price) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
