import { Button, Group, Kbd, Text } from '@mantine/core';
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
    <Group px={12} py={4} gap="xs" wrap="nowrap" justify="space-between" data-testid="cart-customer">
      {customer === null ? (
        <Button
          h={48}
          variant="light"
          leftSection={<IconUser size={20} />}
          rightSection={<Kbd size="xs">F6</Kbd>}
          onClick={onCustomer}
          aria-keyshortcuts="F6"
          title={t('shortcuts.hint', { label: t('customers.button'), key: 'F6' })}
          data-testid="customer-button"
        >
          {t('customers.button')}
        </Button>
      ) : (
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Button
            h={48}
            variant="light"
            leftSection={<IconUser size={20} />}
            onClick={onCustomer}
            aria-label={t('customers.detailsName', { name: customer.name })}
            aria-keyshortcuts="F6"
            data-testid="customer-button"
            styles={{ label: { display: 'block', textAlign: 'left', lineHeight: 1.2 } }}
          >
            <Text fw={700} size="sm" truncate="end" data-testid="cart-customer-name">
              {customer.name}
            </Text>
            <Text size="xs" data-testid="cart-customer-credit" data-minor={customer.creditBalance}>
              {t('customers.credit', { amount: fmt.money(customer.creditBalance) })}
            </Text>
          </Button>
          <Button
            h={48}
            variant="subtle"
            color="gray"
            leftSection={<IconUserMinus size={20} />}
            loading={detach.isPending}
            onClick={() => detach.mutate(null, { onError: (e) => notify('error', errorMessage(t, e)) })}
            aria-label={t('customers.detachName', { name: customer.name })}
            data-testid="customer-detach"
          >
            {t('customers.detach')}
          </Button>
        </Group>
      )}
      <Button
        h={48}
        variant="light"
        color="grape"
        leftSection={<IconGift size={20} />}
        rightSection={<Kbd size="xs">F7</Kbd>}
        onClick={onGiftCard}
        aria-keyshortcuts="F7"
        title={t('shortcuts.hint', { label: t('giftCards.button'), key: 'F7' })}
        data-testid="gift-card-button"
      >
        {t('giftCards.button')}
      </Button>
    </Group>
  );
}
