import { Button, Kbd, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CartActionsProps {
  empty: boolean;
  onDiscountSale: () => void;
  onVoidSale: () => void;
  onPark: () => void;
  onParked: () => void;
}

/** Whole-sale actions above the lines, each with its key. */
export function CartActions({ empty, onDiscountSale, onVoidSale, onPark, onParked }: CartActionsProps) {
  const { t } = useTranslation();
  // Four to a row in a narrow panel: the label over its key, so neither is cut off.
  const action = (label: string, key: string, onClick: () => void, disabled: boolean, color = 'indigo') => (
    <Button
      variant="light"
      color={color}
      size="sm"
      h={52}
      px={4}
      onClick={onClick}
      disabled={disabled}
      title={t('shortcuts.hint', { label, key })}
      aria-keyshortcuts={key}
    >
      <Stack gap={2} align="center">
        <span>{label}</span>
        <Kbd size="xs">{key}</Kbd>
      </Stack>
    </Button>
  );
  return (
    <SimpleGrid cols={4} spacing={4} px={8} pb={6}>
      {action(t('cart.discountSale'), 'F7', onDiscountSale, empty)}
      {action(t('cart.park'), 'F9', onPark, empty)}
      {action(t('cart.parked'), 'F10', onParked, false)}
      {action(t('cart.voidSale'), 'F8', onVoidSale, empty, 'red')}
    </SimpleGrid>
  );
}
