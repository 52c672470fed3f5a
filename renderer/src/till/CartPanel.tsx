import { Button, Kbd, Loader, Text } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useLayoutEffect, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CartView } from '../../../shared/domain/cart';
import { useStoreFormat } from '../format/use-store-format';
import { cartRendered } from '../scanner/scan-timing';
import { CartActions } from './CartActions';
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
  onDiscountLine: () => void;
  onPrice: () => void;
  onVoidLine: () => void;
  onDiscountSale: () => void;
  onVoidSale: () => void;
  onPark: () => void;
  onParked: () => void;
  onPay: () => void;
  /** Who the sale is for, and the customer and gift card buttons. */
  customerBar?: ReactNode;
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
      <Text fw={700} size="lg" px={12} py={6} data-testid="cart-heading">
        {cartHeading(t, cart?.itemCount ?? 0, cart?.itemsReturned ?? 0)}
      </Text>
      {props.customerBar}
      <CartActions
        empty={empty}
        onDiscountSale={props.onDiscountSale}
        onVoidSale={props.onVoidSale}
        onPark={props.onPark}
        onParked={props.onParked}
      />
      <div className={classes.scroll}>
        {cart === undefined ? (
          <Loader m="lg" />
        ) : empty ? (
          <Text p="lg" c="dimmed" size="lg">
            {t('cart.empty')}
          </Text>
        ) : (
          <CartLines lines={lines} saleDiscount={cart.saleDiscount} selectedId={selectedId} onSelect={onSelect} />
        )}
      </div>
      {selected !== null && (
        <LineControls
          line={selected}
          busy={busy}
          onStep={props.onStep}
          onEditQty={props.onEditQty}
          onDiscount={props.onDiscountLine}
          onPrice={props.onPrice}
          onVoid={props.onVoidLine}
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

/** "Sale · 3 items"; a cart that only takes back says Return, one that does both Exchange. */
function cartHeading(t: TFunction, sold: number, returned: number): string {
  if (returned === 0) return t('cart.heading', { count: sold });
  if (sold === 0) return t('cart.headingReturn', { count: returned });
  return t('cart.headingExchange', { sold, returned });
}
