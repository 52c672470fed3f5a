import { Button, Stack, Text } from '@mantine/core';
import { IconCash, IconCreditCard, IconGift, IconUser, IconWallet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TenderKind } from '../../../shared/domain/cart';
import type { ReturnablePaymentView } from '../../../shared/domain/returns';
import type { Minor } from '../../../shared/domain/units';
import { useStoreFormat } from '../format/use-store-format';
import type { RefundProposal } from './refund-proposals';

interface RefundToProps {
  /** The original sale's payments still able to take money back; empty for a return without a receipt. */
  proposals: readonly RefundProposal[];
  /** What a button refunds: the keyed amount, or its proposal (both positive). */
  amountFor: (proposed: Minor) => Minor;
  /** All that is left to refund (positive), proposed for store credit. */
  left: Minor;
  /** Store credit is offered: the store takes it as a tender. */
  storeCredit: boolean;
  customerName: string | null;
  noReceipt: boolean;
  disabled: boolean;
  onRefund: (payment: ReturnablePaymentView, amount: Minor, linked: boolean) => void;
  onStoreCredit: (amount: Minor) => void;
}

const ICONS: Record<TenderKind, typeof IconCash> = {
  card: IconCreditCard,
  gift_card: IconGift,
  store_credit: IconUser,
  other: IconWallet,
  cash: IconCash,
};

/**
 * Where the refund goes: back to the original sale's payments by default (card first),
 * or to the customer's store credit. A return without a receipt offers store credit
 * only here; cash up to the store's limit stays on the cash button.
 */
export function RefundTo({ proposals, amountFor, left, storeCredit, customerName, noReceipt, disabled, onRefund, onStoreCredit }: RefundToProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const label = (p: ReturnablePaymentView, amount: Minor) => {
    const money = fmt.money(amount);
    if (p.kind === 'cash') return t('pay.refundInCash', { amount: money });
    if (p.kind === 'card' && p.cardLast4 !== null) return t('pay.refundToCard', { amount: money, name: p.methodName, last4: p.cardLast4 });
    return t('pay.refundToMethod', { amount: money, name: p.methodName });
  };
  const credit = amountFor(left);
  return (
    <Stack gap={8} role="group" aria-labelledby="refund-to-title" data-testid="refund-to">
      <Text id="refund-to-title" fw={700} fz={18}>
        {t('pay.refundSection')}
      </Text>
      <Text size="sm" c="dimmed">
        {noReceipt ? t('pay.refundNoReceipt') : t('pay.refundOriginal')}
      </Text>
      {proposals.map((p) => {
        const Icon = ICONS[p.payment.kind];
        const amount = amountFor(p.amount);
        return (
          <Button
            key={p.payment.id}
            variant={p === proposals[0] ? 'filled' : 'light'}
            h={56}
            fz={18}
            justify="flex-start"
            leftSection={<Icon size={22} />}
            disabled={disabled}
            onClick={() => onRefund(p.payment, amount, p.linked || amount !== p.amount)}
            data-testid="refund-proposal"
            data-kind={p.payment.kind}
            data-minor={amount}
          >
            {label(p.payment, amount)}
          </Button>
        );
      })}
      {storeCredit && (
        <>
          <Button
            variant="light"
            h={56}
            fz={18}
            justify="flex-start"
            leftSection={<IconUser size={22} />}
            disabled={disabled || customerName === null}
            onClick={() => onStoreCredit(credit)}
            data-testid="refund-store-credit"
          >
            {customerName === null
              ? t('pay.refundStoreCredit', { amount: fmt.money(credit) })
              : t('pay.refundStoreCreditOf', { amount: fmt.money(credit), name: customerName })}
          </Button>
          {customerName === null && (
            <Text size="sm" c="dimmed" data-testid="refund-credit-hint">
              {t('pay.refundCreditHint')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
