import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput } from '../../../shared/money';
import type { DiscountKind } from '../../../shared/pricing';
import type { DiscountView } from '../../../shared/domain/cart';
import { ReasonPicker } from '../approval/ReasonPicker';
import { useStoreFormat } from '../format/use-store-format';
import { Keypad } from '../keypad/Keypad';
import { useKeypadText } from '../keypad/use-keypad-text';

interface DiscountDialogProps {
  title: string;
  current: DiscountView | null;
  /** Resolves true once applied (after a manager's PIN if one was needed). */
  onApply: (kind: DiscountKind, value: number, reasonId: string | null) => Promise<boolean>;
  onClose: () => void;
}

/**
 * A discount on a line or the whole sale: percent (up to two decimals, 12.5 %) or an
 * amount, typed on the keypad, with a reason from the store's list. Percent goes to the
 * core in basis points, an amount in minor units.
 */
export function DiscountDialog({ title, current, onApply, onClose }: DiscountDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const [kind, setKind] = useState<DiscountKind>('percent');
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decimals = kind === 'percent' ? 2 : fmt.currencyExponent;
  const valueOf = (text: string): number | null => {
    if (text === '') return null;
    const v = parseMoneyInput(text, decimals);
    if (v === null || v <= 0) return null;
    return kind === 'percent' && v > 10_000 ? null : v;
  };
  const apply = async (text: string) => {
    const value = valueOf(text);
    if (value === null || reasonId === null || busy) return;
    setBusy(true);
    const ok = await onApply(kind, value, reasonId);
    setBusy(false);
    if (ok) onClose();
  };
  const { text, setText, press } = useKeypadText({ active: !busy, decimals, maxLength: 9, onEnter: (s) => void apply(s) });
  const value = valueOf(text);
  const shown = text === '' ? '0' : text;

  return (
    <Modal opened onClose={onClose} title={title} centered size={460} withCloseButton={false}>
      <Stack gap="sm">
        <SegmentedControl
          fullWidth
          size="lg"
          value={kind}
          onChange={(k) => {
            setKind(k as DiscountKind);
            setText('');
          }}
          data={[
            { value: 'percent', label: t('discount.percent') },
            { value: 'amount', label: t('discount.amount') },
          ]}
          aria-label={t('discount.kind')}
        />
        <Text
          role="textbox"
          aria-readonly
          aria-label={t('discount.value')}
          fz={34}
          fw={700}
          ta="right"
          px="md"
          bd="2px solid var(--mantine-color-indigo-4)"
          style={{ borderRadius: 8, minHeight: 58, fontVariantNumeric: 'tabular-nums' }}
          data-testid="discount-display"
        >
          {kind === 'percent' ? t('discount.percentShown', { value: shown }) : shown}
        </Text>
        <Keypad onKey={press} extraKey="." disabled={busy} />
        <ReasonPicker kind="discount" value={reasonId} onChange={setReasonId} />
        <Group grow>
          {current !== null ? (
            <Button
              variant="light"
              color="red"
              loading={busy}
              onClick={() => {
                setBusy(true);
                void onApply(current.kind, 0, null).then((ok) => {
                  setBusy(false);
                  if (ok) onClose();
                });
              }}
            >
              {t('discount.remove')}
            </Button>
          ) : (
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
          )}
          <Button disabled={value === null || reasonId === null} loading={busy} onClick={() => void apply(text)} data-testid="discount-apply">
            {t('discount.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
