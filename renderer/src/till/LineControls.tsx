import { Button, Group } from '@mantine/core';
import { IconMinus, IconPercentage, IconPlus, IconTag, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CartLineView } from '../../../shared/domain/cart';
import { QTY_ONE } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';

interface LineControlsProps {
  line: CartLineView;
  busy: boolean;
  onStep: (delta: 1 | -1) => void;
  onEditQty: () => void;
  onDiscount: () => void;
  onPrice: () => void;
  onVoid: () => void;
}

/** What can be done to the selected line; every action also has a key (+, -, F6, F3, Delete). */
export function LineControls({ line, busy, onStep, onEditQty, onDiscount, onPrice, onVoid }: LineControlsProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  // Weighed goods change by typing a new weight, not by whole kilograms.
  const stepping = line.unit === 'each' && !line.fixedAmount;
  // Return lines refund what was paid and gift cards are worth what is loaded: no discount, no new price.
  const priced = line.returnOf === null && line.giftCardCode === null && line.qty > 0;
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
        variant="default"
        aria-label={t('cart.discountLine')}
        title={t('cart.discountLine')}
        aria-keyshortcuts="F6"
        disabled={!priced || busy}
        onClick={onDiscount}
        px="md"
        data-testid="line-discount"
      >
        <IconPercentage />
      </Button>
      <Button
        variant="default"
        aria-label={t('cart.overridePrice')}
        title={t('cart.overridePrice')}
        aria-keyshortcuts="F3"
        disabled={!priced || line.fixedAmount || busy}
        onClick={onPrice}
        px="md"
      >
        <IconTag />
      </Button>
      <Button
        color="red"
        variant="light"
        aria-label={t('cart.voidLine')}
        title={t('cart.voidLine')}
        aria-keyshortcuts="Delete"
        disabled={busy}
        onClick={onVoid}
        px="md"
      >
        <IconTrash />
      </Button>
    </Group>
  );
}
