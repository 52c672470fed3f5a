import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { IconGift, IconUser, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CartCustomerView } from '../../../shared/domain/cart';
import { useSetCustomer } from '../api/hooks/use-customers';
import { useStoreFormat } from '../format/use-store-format';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';

interface CartCustomerBarProps {
  customer: CartCustomerView | null;
  onCustomer: () => void;
  onGiftCard: () => void;
}

/** Above the cart's lines: who the sale is for and their store credit, or the way to find them. */
export function CartCustomerBar({ customer, onCustomer, onGiftCard }: CartCustomerBarProps) {
  const { t } = useTranslation();
  const fmt = useStoreFormat();
  const detach = useSetCustomer();
  return (
    <Group px={12} py={4} gap={8} wrap="nowrap" data-testid="cart-customer">
      <Button
        h={52}
        variant="light"
        justify="flex-start"
        leftSection={<IconUser size={22} />}
        onClick={onCustomer}
        aria-keyshortcuts="F1"
        title={t('shortcuts.hint', { label: t('customers.button'), key: 'F1' })}
        aria-label={customer === null ? undefined : t('customers.detailsName', { name: customer.name })}
        data-testid="customer-button"
        style={{ flex: 1, minWidth: 0 }}
        styles={customer === null ? undefined : { label: { display: 'block', textAlign: 'left', lineHeight: 1.25, minWidth: 0 } }}
      >
        {customer === null ? (
          t('customers.button')
        ) : (
          <>
            <Text fw={700} size="md" truncate="end" data-testid="cart-customer-name">
              {customer.name}
            </Text>
            <Text size="sm" data-testid="cart-customer-credit" data-minor={customer.creditBalance}>
              {t('customers.credit', { amount: fmt.money(customer.creditBalance) })}
            </Text>
          </>
        )}
      </Button>
      {customer !== null && (
        <ActionIcon
          size={52}
          variant="light"
          color="gray"
          loading={detach.isPending}
          onClick={() => detach.mutate(null, { onError: (e) => notify('error', errorMessage(t, e)) })}
          aria-label={t('customers.detachName', { name: customer.name })}
          title={t('customers.detach')}
          data-testid="customer-detach"
        >
          <IconUserMinus size={24} />
        </ActionIcon>
      )}
      <Button
        h={52}
        variant="light"
        color="grape"
        leftSection={<IconGift size={22} />}
        onClick={onGiftCard}
        aria-keyshortcuts="F5"
        title={t('shortcuts.hint', { label: t('giftCards.button'), key: 'F5' })}
        data-testid="gift-card-button"
        style={{ flexShrink: 0 }}
      >
        {t('giftCards.button')}
      </Button>
    </Group>
  );
}
