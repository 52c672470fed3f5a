import { Button, Kbd, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCash, IconCreditCard, IconGift, IconUser, IconWallet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CartView } from '../../../shared/domain/cart';
import type { TenderMethodView } from '../../../shared/domain/sale';
import type { Minor } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';

interface TenderButtonsProps {
  tenders: readonly TenderMethodView[];
  cart: CartView;
  /** A return without a receipt is in the cart: its refund goes only to store credit (offered under Refund to) or cash. */
  noReceipt: boolean;
  /** What the next tender takes: the keyed amount, or all that remains. */
  amount: Minor;
  cashAmount: Minor;
  disabled: boolean;
  onCash: () => void;
  onCard: () => void;
  onGiftCard: () => void;
  onOther: (method: TenderMethodView) => void;
}

const ICONS = { card: IconCreditCard, gift_card: IconGift, store_credit: IconUser, other: IconWallet } as const;

/** One button per tender the store takes; cash (Enter) settles with change, every other tender pays at most what remains. */
export function TenderButtons({ tenders, cart, noReceipt, amount, cashAmount, disabled, onCash, onCard, onGiftCard, onOther }: TenderButtonsProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const refund = cart.remaining < 0;
  const others = tenders.filter((m) => {
    if (m.kind === 'cash') return false;
    // A refund to a card goes back to the card payment of the original sale (return lookup),
    // and store credit for a refund is offered under Refund to.
    if (m.kind === 'card') return !refund;
    if (m.kind === 'store_credit') return cart.customer !== null && !refund;
    return !(refund && noReceipt);
  });
  const cash = tenders.find((m) => m.kind === 'cash');
  const label = (m: TenderMethodView) =>
    m.kind === 'store_credit' && cart.customer !== null
      ? t('pay.creditBalance', { name: m.name, balance: fmt.money(cart.customer.creditBalance) })
      : refund
        ? t('pay.refundTo', { name: m.name })
        : m.name;
  const press = (m: TenderMethodView) => {
    if (m.kind === 'card') onCard();
    else if (m.kind === 'gift_card') onGiftCard();
    else onOther(m);
  };
  return (
    <Stack gap={8}>
      {cash !== undefined && (
        <Button
          color="green"
          h={72}
          fz={22}
          leftSection={<IconCash size={26} />}
          rightSection={<Kbd size="sm">Enter</Kbd>}
          disabled={disabled}
          onClick={onCash}
          aria-keyshortcuts="Enter"
          // Named by its visible text ("Cash £4.70"), as label-in-name asks.
          title={t('shortcuts.hint', { label: t('pay.cash'), key: 'Enter' })}
          data-testid="complete-sale"
        >
          <Stack gap={0} align="flex-start">
            <Text fw={800} fz={20}>
              {refund ? t('pay.refundCash') : t('pay.cash')}
            </Text>
            <Text fz={14} fw={600}>
              {fmt.money(Math.abs(cashAmount))}
            </Text>
          </Stack>
        </Button>
      )}
      <SimpleGrid cols={2} spacing={8} verticalSpacing={8}>
        {others.map((m) => {
          const Icon = ICONS[m.kind === 'cash' ? 'other' : m.kind];
          return (
            <Button
              key={m.code}
              variant="light"
              h={60}
              leftSection={<Icon size={20} />}
              disabled={disabled || (m.kind === 'store_credit' && !refund && (cart.customer?.creditBalance ?? 0) <= 0)}
              onClick={() => press(m)}
              aria-label={`${label(m)} ${fmt.money(Math.abs(amount))}`}
              data-testid={`tender-${m.code}`}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.15 } }}
            >
              {label(m)}
            </Button>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
