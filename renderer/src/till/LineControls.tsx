import { Button, Group } from '@mantine/core';
import { IconMinus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CartLineView } from '../../../shared/domain/cart';
import { QTY_ONE } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';

interface LineControlsProps {
  line: CartLineView;
  busy: boolean;
  onStep: (delta: 1 | -1) => void;
  onEditQty: () => void;
  onRemove: () => void;
}

/** What can be done to the selected line; every action also has a key (+, -, Delete). */
export function LineControls({ line, busy, onStep, onEditQty, onRemove }: LineControlsProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  // Weighed goods change by typing a new weight, not by whole kilograms.
  const stepping = line.unit === 'each' && !line.fixedAmount;
  return (
    <Group gap={6} p={8} wrap="nowrap" bg="indigo.0" data-testid="line-controls">
      <Button
        variant="default"
        aria-label={t('cart.decrease')}
        title={t('cart.decrease')}
        aria-keyshortcuts="-"
        disabled={!stepping || busy || line.qty <= QTY_ONE}
        onClick={() => onStep(-1)}
        px="md"
      >
        <IconMinus />
      </Button>
      <Button
        variant="default"
        style={{ flex: 1 }}
        disabled={line.fixedAmount || busy}
        onClick={onEditQty}
        aria-label={`${fmt.qty(line.qty, line.unit)}: ${t(line.unit === 'kg' ? 'cart.setWeight' : 'cart.setQty')}`}
        title={t(line.unit === 'kg' ? 'cart.setWeight' : 'cart.setQty')}
      >
        {fmt.qty(line.qty, line.unit)}
      </Button>
      <Button
        variant="default"
        aria-label={t('cart.increase')}
        title={t('cart.increase')}
        aria-keyshortcuts="+"
        disabled={!stepping || busy}
        onClick={() => onStep(1)}
        px="md"
      >
        <IconPlus />
      </Button>
      <Button
        color="red"
        variant="light"
        aria-label={t('cart.remove')}
        title={t('cart.remove')}
        aria-keyshortcuts="Delete"
        disabled={busy}
        onClick={onRemove}
        px="md"
      >
        <IconTrash />
      </Button>
    </Group>
  );
}
