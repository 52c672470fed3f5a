import { Button, Group, Kbd } from '@mantine/core';
import { IconClipboardList, IconPercentage, IconPlayerPause, IconTrashX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
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
  const action = (label: string, key: string, icon: ReactNode, onClick: () => void, disabled: boolean, color?: string) => (
    <Button
      variant="subtle"
      color={color ?? 'indigo'}
      size="md"
      h={48}
      px={8}
      leftSection={icon}
      rightSection={<Kbd size="xs">{key}</Kbd>}
      onClick={onClick}
      disabled={disabled}
      title={t('shortcuts.hint', { label, key })}
      aria-keyshortcuts={key}
    >
      {label}
    </Button>
  );
  return (
    <Group gap={2} wrap="wrap" justify="flex-end">
      {action(t('cart.discountSale'), 'F7', <IconPercentage size={20} />, onDiscountSale, empty)}
      {action(t('cart.park'), 'F9', <IconPlayerPause size={20} />, onPark, empty)}
      {action(t('cart.parked'), 'F10', <IconClipboardList size={20} />, onParked, false)}
      {action(t('cart.voidSale'), 'F8', <IconTrashX size={20} />, onVoidSale, empty, 'red.8')}
    </Group>
  );
}
