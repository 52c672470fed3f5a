import { Alert, Button, Group, Kbd, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput, quickCashAmounts } from '../../../shared/money';
import type { SaleResult } from '../../../shared/domain/sale';
import type { Minor } from '../../../shared/domain/units';
import { usePayCash } from '../api/hooks/use-sale';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { Keypad } from '../keypad/Keypad';
import { useKeypadText } from '../keypad/use-keypad-text';
import { ChangeLine } from './ChangeLine';
import { minorToKeypadText } from './tender-text';

interface PaymentDialogProps {
  total: Minor;
  /** The cart this payment is for, as it was when payment was opened. */
  cartVersion: number;
  /** Another window changed the cart since: the sale would be refused, so say it now. */
  cartChanged: boolean;
  onPaid: (result: SaleResult) => void;
  onClose: () => void;
}

export function PaymentDialog({ total, cartVersion, cartChanged, onPaid, onClose }: PaymentDialogProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const exponent = fmt.currencyExponent;
  const pay = usePayCash();

  const tenderedOf = (text: string): Minor | null => (text === '' ? null : parseMoneyInput(text, exponent));
  const complete = (text: string) => {
    const tendered = tenderedOf(text);
    if (tendered === null || tendered < total || pay.isPending) return;
    pay.mutate({ tendered, cartVersion }, { onSuccess: onPaid });
  };
  const { text, setText, press } = useKeypadText({
    active: !pay.isPending,
    decimals: exponent,
    maxLength: 12,
    onEnter: complete,
  });
  const tendered = tenderedOf(text);
  const enough = tendered !== null && tendered >= total;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('pay.title')}
      centered
      size={780}
      withCloseButton={false}
      closeOnClickOutside={!pay.isPending}
      closeOnEscape={!pay.isPending}
    >
      <Group align="stretch" gap="lg" wrap="nowrap">
        <Stack gap="sm" style={{ flex: 1 }}>
          <div>
            <Text size="md" c="dimmed">
              {t('pay.due')}
            </Text>
            <Text fz={40} fw={800} lh={1.1} data-testid="pay-due" data-minor={total}>
              {fmt.money(total)}
            </Text>
          </div>
          <div>
            <Text size="md" c="dimmed">
              {t('pay.tendered')}
            </Text>
            <Text
              role="textbox"
              aria-readonly
              aria-label={t('pay.tendered')}
              fz={32}
              fw={700}
              px="sm"
              bd="2px solid var(--mantine-color-indigo-4)"
              style={{ borderRadius: 8, fontVariantNumeric: 'tabular-nums' }}
              data-testid="pay-tendered"
              tabIndex={-1}
              data-autofocus
            >
              {tendered === null ? text || '0' : fmt.money(tendered)}
            </Text>
          </div>
          <ChangeLine total={total} tendered={tendered} invalid={text !== '' && tendered === null} />
          <SimpleGrid cols={2} spacing={8} verticalSpacing={8}>
            {quickCashAmounts(total, exponent).map((amount, i) => (
              <Button
                key={amount}
                variant={tendered === amount ? 'filled' : 'light'}
                h={60}
                onClick={() => setText(minorToKeypadText(amount, exponent), true)}
                // The Exact key is named by its visible text ("Exact £4.70"), as label-in-name asks.
                aria-label={i === 0 ? undefined : t('pay.quick', { amount: fmt.money(amount) })}
                data-testid="quick-cash"
                data-minor={amount}
              >
                <Stack gap={0} align="center">
                  {i === 0 && (
                    <Text size="xs" fw={700} tt="uppercase">
                      {t('pay.exact')}
                    </Text>
                  )}
                  <Text fw={700} fz={i === 0 ? 18 : 22}>
                    {fmt.money(amount)}
                  </Text>
                </Stack>
              </Button>
            ))}
          </SimpleGrid>
        </Stack>
        <Stack gap="sm" w={300}>
          <Keypad onKey={press} extraKey={exponent > 0 ? '.' : null} disabled={pay.isPending} />
          {cartChanged && !pay.isError && (
            <Alert role="alert" color="orange" p="xs" data-testid="cart-changed">
              {t('errors.cart_changed')}
            </Alert>
          )}
          {pay.isError && (
            <Alert role="alert" color="red" p="xs">
              {errorMessage(t, pay.error)}
            </Alert>
          )}
          <Button
            color="green"
            h={72}
            fz={22}
            leftSection={<IconCheck size={26} />}
            rightSection={<Kbd size="sm">Enter</Kbd>}
            disabled={!enough || cartChanged}
            loading={pay.isPending}
            onClick={() => complete(text)}
            aria-keyshortcuts="Enter"
            title={t('shortcuts.hint', { label: t('pay.complete'), key: 'Enter' })}
            data-testid="complete-sale"
          >
            {t('pay.complete')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={pay.isPending} aria-keyshortcuts="Escape">
            {t('app.cancel')}
          </Button>
        </Stack>
      </Group>
    </Modal>
  );
}
