import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartView } from '../../../shared/domain/cart';
import type { ReturnablePaymentView } from '../../../shared/domain/returns';
import type { CardStep, SaleResult, TenderStep } from '../../../shared/domain/sale';
import type { Minor } from '../../../shared/domain/units';
import { parseMoneyInput, quickCashAmounts } from '../../../shared/money';
import { useReturnableSale } from '../api/hooks/use-returns';
import { useAddTender, useConfirmCard, usePayCard, useRemoveTender, useTenderList } from '../api/hooks/use-tenders';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { Keypad } from '../keypad/Keypad';
import { useKeypadText } from '../keypad/use-keypad-text';
import { CardPanel } from './CardPanel';
import { GiftCardPanel } from './GiftCardPanel';
import { RefundTo } from './RefundTo';
import { hasNoReceiptReturn, pendingRefunds, proposeRefunds, returnSaleOf } from './refund-proposals';
import { TenderButtons } from './TenderButtons';
import { TenderSummary } from './TenderSummary';
import { minorToKeypadText } from './tender-text';

interface PaymentDialogProps {
  cart: CartView;
  /** The cart this payment is for, as it was when payment was opened. */
  cartVersion: number;
  onPaid: (result: SaleResult) => void;
  onClose: () => void;
}

/** `refundOf`: the original sale's payment a refund goes back to; `last4` prefills the card's digits for it. */
type Mode =
  | { kind: 'keypad' }
  | { kind: 'card'; amount: Minor; step: CardStep | null; refundOf?: string; last4?: string | null }
  | { kind: 'gift'; amount: Minor; method: string; refundOf?: string };

/**
 * Split payment: any number of tenders, each for the amount keyed (or all that remains).
 * The dialog closes only by completing the sale or by an explicit Cancel while no tender
 * is taken: a tap on the backdrop or Escape never drops a payment under way.
 */
export function PaymentDialog({ cart, cartVersion, onPaid, onClose }: PaymentDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const exponent = fmt.currencyExponent;
  const tenders = useTenderList();
  const add = useAddTender();
  const remove = useRemoveTender();
  const payCard = usePayCard();
  const confirmCard = useConfirmCard();
  // The version this screen has seen: every tender it takes raises it.
  const [seen, setSeen] = useState(cartVersion);
  const [mode, setMode] = useState<Mode>({ kind: 'keypad' });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const busy = add.isPending || remove.isPending || payCard.isPending || confirmCard.isPending;
  const refund = cart.remaining < 0;
  const cartChanged = cart.version !== seen && !busy;
  const noReceipt = hasNoReceiptReturn(cart);
  const original = useReturnableSale(refund && !noReceipt ? returnSaleOf(cart) : null);
  // Which refund tenders this screen took went back to which original payment: the cart
  // does not say, and the lookup counts only finalized refunds.
  const [refundOfByTender, setRefundOfByTender] = useState<Record<string, string>>({});
  const proposals = proposeRefunds(original.data?.payments ?? [], cart, pendingRefunds(cart, refundOfByTender));

  const onStep = (step: TenderStep, refundOf?: string) => {
    if (refundOf !== undefined) {
      const before = new Set(cart.tenders.map((x) => x.id));
      const taken = step.cart.tenders.filter((x) => !before.has(x.id)).map((x) => [x.id, refundOf] as const);
      setRefundOfByTender((m) => ({ ...m, ...Object.fromEntries(taken) }));
    }
    setSeen(step.cart.version);
    setText('');
    setError(null);
    if (step.sale !== null) onPaid(step.sale);
  };
  const fail = (e: unknown) => setError(e);
  const keyedOf = (text: string): Minor | null => (text === '' ? null : parseMoneyInput(text, exponent));
  /**
   * The keyed amount, or all that remains; negative when refunding. A refund keyed as 0 is
   * the cash drawer's "tendered 0": all that is to be paid out.
   */
  const amountOf = (text: string, all: Minor): Minor => {
    const keyed = keyedOf(text);
    return keyed === null || (refund && keyed === 0) ? all : refund ? -keyed : keyed;
  };

  const payCash = (text: string) => {
    if (busy || cartChanged || mode.kind !== 'keypad' || (text !== '' && keyedOf(text) === null)) return;
    setNotice(null);
    add.mutate({ cartVersion: seen, method: 'cash', amount: amountOf(text, cart.cashDue) }, { onSuccess: (step) => onStep(step), onError: fail });
  };
  const { text, setText, press } = useKeypadText({
    active: mode.kind === 'keypad' && !busy,
    decimals: exponent,
    maxLength: 12,
    onEnter: payCash,
  });
  const amount = amountOf(text, cart.remaining);

  const payOther = (method: string, extra: { giftCardCode?: string; amount?: Minor; refundOf?: string } = {}) => {
    setNotice(null);
    add.mutate(
      { cartVersion: seen, method, amount: mode.kind === 'gift' ? mode.amount : amount, ...extra },
      { onSuccess: (step) => (setMode({ kind: 'keypad' }), onStep(step, extra.refundOf)), onError: fail },
    );
  };
  const cardDone = (step: CardStep, refundOf?: string) => {
    setMode({ kind: 'keypad' });
    if (step.status === 'declined' || step.status === 'timeout') setNotice(t(`card.outcome.${step.status}`));
    else if (step.status === 'approved' && step.sale === null && step.cart.version !== seen + 1) setNotice(t('card.outcome.changed'));
    onStep(step, step.status === 'approved' ? refundOf : undefined);
  };
  /** A charge, or (negative amount) a refund to the original card payment `refund`. */
  const startCard = (amount: Minor, refund?: ReturnablePaymentView) => {
    setNotice(null);
    setError(null);
    const of = refund === undefined ? {} : { refundOf: refund.id, last4: refund.cardLast4 };
    setMode({ kind: 'card', amount, step: null, ...of });
    payCard.mutate(
      { cartVersion: seen, amount, ...(refund === undefined ? {} : { refundOf: refund.id }) },
      {
        onSuccess: (step) => (step.status === 'confirm' ? setMode({ kind: 'card', amount, step, ...of }) : cardDone(step, refund?.id)),
        onError: (e) => (setMode({ kind: 'keypad' }), fail(e)),
      },
    );
  };
  const answerCard = (answer: { approved: boolean; last4: string; approvalCode: string }) => {
    if (mode.kind !== 'card' || mode.step === null) return;
    confirmCard.mutate(
      {
        requestId: mode.step.requestId,
        approved: answer.approved,
        ...(answer.approved && answer.last4 !== '' ? { last4: answer.last4 } : {}),
        ...(answer.approved && answer.approvalCode !== '' ? { approvalCode: answer.approvalCode } : {}),
      },
      { onSuccess: (step) => cardDone(step, mode.refundOf), onError: fail },
    );
  };
  /** Back to an original payment: a card through the terminal, a gift card once its code is scanned. */
  const refundTo = (payment: ReturnablePaymentView, back: Minor, linked: boolean) => {
    if (busy || cartChanged || mode.kind !== 'keypad') return;
    if (payment.kind === 'card') startCard(-back, payment);
    else if (payment.kind === 'gift_card') {
      setError(null);
      setMode({ kind: 'gift', amount: -back, method: payment.method, refundOf: payment.id });
    } else payOther(payment.method, { amount: -back, ...(linked ? { refundOf: payment.id } : {}) });
  };
  const creditMethod = tenders.data?.find((m) => m.kind === 'store_credit');
  const keyedOr = (proposed: Minor): Minor => {
    const keyed = keyedOf(text);
    return keyed === null || keyed === 0 ? proposed : keyed;
  };
  const giftMethod = tenders.data?.find((m) => m.kind === 'gift_card');
  const canCancel = cart.tenders.length === 0 && !busy && mode.kind !== 'card';

  return (
    <Modal
      opened
      onClose={() => canCancel && onClose()}
      title={t('pay.title')}
      centered
      size={1000}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={canCancel}
    >
      <Group align="stretch" gap="lg" wrap="nowrap">
        <Stack gap="sm" style={{ flex: 1 }}>
          <TenderSummary cart={cart} busy={busy || mode.kind !== 'keypad'} onRemove={(id) => remove.mutate(id, { onSuccess: (step) => onStep(step), onError: fail })} />
          <div>
            <Text size="md" c="dimmed">
              {t('pay.amount')}
            </Text>
            <Text
              role="textbox"
              aria-readonly
              aria-label={t('pay.amount')}
              fz={30}
              fw={700}
              px="sm"
              bd="2px solid var(--mantine-color-indigo-4)"
              style={{ borderRadius: 8, fontVariantNumeric: 'tabular-nums' }}
              data-testid="pay-tendered"
              data-autofocus
              tabIndex={-1}
            >
              {text === '' ? fmt.money(Math.abs(cart.remaining)) : keyedOf(text) === null ? text : fmt.money(keyedOf(text) ?? 0)}
            </Text>
            <Text size="sm" c="dimmed">
              {text !== '' && keyedOf(text) === null ? t('pay.invalidAmount') : t('pay.amountHint')}
            </Text>
          </div>
          {refund && (
            <RefundTo
              proposals={noReceipt ? [] : proposals}
              amountFor={keyedOr}
              left={-cart.remaining}
              storeCredit={creditMethod !== undefined}
              customerName={cart.customer?.name ?? null}
              noReceipt={noReceipt}
              disabled={busy || cartChanged || mode.kind !== 'keypad'}
              onRefund={refundTo}
              onStoreCredit={(back) => creditMethod !== undefined && payOther(creditMethod.code, { amount: -back })}
            />
          )}
          {!refund && cart.cashDue > 0 && (
            <SimpleGrid cols={3} spacing={8} verticalSpacing={8}>
              {quickCashAmounts(cart.cashDue, exponent).map((q, i) => (
                <Button
                  key={q}
                  variant={keyedOf(text) === q ? 'filled' : 'light'}
                  h={56}
                  onClick={() => setText(minorToKeypadText(q, exponent), true)}
                  disabled={mode.kind !== 'keypad'}
                  // The Exact key is named by its visible text ("Exact £4.70"), as label-in-name asks.
                  aria-label={i === 0 ? undefined : t('pay.quick', { amount: fmt.money(q) })}
                  data-testid="quick-cash"
                  data-minor={q}
                >
                  <Stack gap={0} align="center">
                    {i === 0 && (
                      <Text size="xs" fw={700} tt="uppercase">
                        {t('pay.exact')}
                      </Text>
                    )}
                    <Text fw={700} fz={i === 0 ? 16 : 20}>
                      {fmt.money(q)}
                    </Text>
                  </Stack>
                </Button>
              ))}
            </SimpleGrid>
          )}
        </Stack>
        <Stack gap="sm" w={360}>
          {mode.kind === 'card' ? (
            <CardPanel amount={mode.amount} step={mode.step} busy={confirmCard.isPending} onAnswer={answerCard} initialLast4={mode.last4 ?? ''} />
          ) : mode.kind === 'gift' ? (
            <GiftCardPanel
              amount={mode.amount}
              busy={add.isPending}
              onApply={(giftCardCode) => payOther(mode.method, { giftCardCode, ...(mode.refundOf === undefined ? {} : { refundOf: mode.refundOf }) })}
              onBack={() => setMode({ kind: 'keypad' })}
            />
          ) : (
            <>
              <Keypad onKey={press} extraKey={exponent > 0 ? '.' : null} disabled={busy} />
              <TenderButtons
                tenders={tenders.data ?? []}
                cart={cart}
                noReceipt={noReceipt}
                amount={amount}
                cashAmount={amountOf(text, cart.cashDue)}
                disabled={busy || cartChanged}
                onCash={() => payCash(text)}
                onCard={() => startCard(amount)}
                onGiftCard={() => giftMethod !== undefined && (setError(null), setMode({ kind: 'gift', amount, method: giftMethod.code }))}
                onOther={(m) => payOther(m.code)}
              />
            </>
          )}
          {cartChanged && (
            <Alert role="alert" color="orange" p="xs" data-testid="cart-changed">
              <Stack gap={4}>
                <Text size="sm">{t('errors.cart_changed')}</Text>
                <Button size="compact-md" variant="white" color="orange" onClick={() => setSeen(cart.version)}>
                  {t('pay.reviewed')}
                </Button>
              </Stack>
            </Alert>
          )}
          {notice !== null && (
            <Alert role="status" color="yellow" p="xs" data-testid="pay-notice">
              {notice}
            </Alert>
          )}
          {error !== null && (
            <Alert role="alert" color="red" p="xs" data-testid="pay-error">
              {errorMessage(t, error)}
            </Alert>
          )}
          <Button variant="default" h={48} onClick={onClose} disabled={!canCancel} aria-keyshortcuts="Escape" data-testid="pay-cancel">
            {t('app.cancel')}
          </Button>
          {cart.tenders.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('pay.cancelBlocked')}
            </Text>
          )}
        </Stack>
      </Group>
    </Modal>
  );
}
