import { Button, Group, Kbd, Loader, Text } from '@mantine/core';
import { IconCash, IconTrashX } from '@tabler/icons-react';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartView } from '../../../shared/domain/cart';
import { useStoreFormat } from '../format/use-store-format';
import { cartRendered } from '../scanner/scan-timing';
import { CartLines } from './CartLines';
import { LineControls } from './LineControls';
import { TotalsBlock } from './TotalsBlock';
import classes from './till.module.css';

interface CartPanelProps {
  cart: CartView | undefined;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  busy: boolean;
  onStep: (delta: 1 | -1) => void;
  onEditQty: () => void;
  onRemove: () => void;
  onClear: () => void;
  onPay: () => void;
}

export function CartPanel(props: CartPanelProps) {
  const { cart, selectedId, onSelect, busy } = props;
  const { t } = useTranslation();
  const fmt = useStoreFormat();

  useLayoutEffect(() => {
    if (cart !== undefined) cartRendered(cart);
  }, [cart]);

  const lines = cart?.lines ?? [];
  const selected = lines.find((l) => l.id === selectedId) ?? null;
  const empty = lines.length === 0;

  return (
    <section className={classes.panel} aria-label={t('cart.title')}>
      <Group justify="space-between" px={12} py={6} wrap="nowrap">
        <Text fw={700} size="lg" data-testid="cart-heading">
          {t('cart.heading', { count: cart?.itemCount ?? 0 })}
        </Text>
        <Button
          variant="subtle"
          color="red"
          size="md"
          h={48}
          leftSection={<IconTrashX size={20} />}
          rightSection={<Kbd size="xs">F8</Kbd>}
          onClick={props.onClear}
          disabled={empty}
          title={t('shortcuts.hint', { label: t('cart.clear'), key: 'F8' })}
          aria-keyshortcuts="F8"
        >
          {t('cart.clear')}
        </Button>
      </Group>
      <div className={classes.scroll}>
        {cart === undefined ? (
          <Loader m="lg" />
        ) : empty ? (
          <Text p="lg" c="dimmed" size="lg">
            {t('cart.empty')}
          </Text>
        ) : (
          <CartLines lines={lines} selectedId={selectedId} onSelect={onSelect} />
        )}
      </div>
      {selected !== null && (
        <LineControls
          line={selected}
          busy={busy}
          onStep={props.onStep}
          onEditQty={props.onEditQty}
          onRemove={props.onRemove}
        />
      )}
      {cart !== undefined && <TotalsBlock totals={cart.totals} />}
      <Button
        color="green"
        h={72}
        radius={0}
        fz={24}
        leftSection={<IconCash size={30} />}
        rightSection={<Kbd size="md">F4</Kbd>}
        disabled={empty}
        onClick={props.onPay}
        title={t('shortcuts.hint', { label: t('pay.button'), key: 'F4' })}
        aria-keyshortcuts="F4"
        data-testid="pay-button"
      >
        {!empty && cart !== undefined ? t('pay.buttonWithTotal', { total: fmt.money(cart.totals.total) }) : t('pay.button')}
      </Button>
    </section>
  );
}
