import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import { storeCart } from '../cart-cache';
import { call } from '../client';
import { keys } from '../query-keys';

/** Customers found by name, phone or e-mail; nothing is asked for an empty query. */
export function useCustomerSearch(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: keys.customers(q),
    queryFn: () => call('customer.search', { query: q, limit: 20 }),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(customerId: string | null) {
  return useQuery({
    queryKey: keys.customer(customerId ?? ''),
    queryFn: () => call('customer.get', { customerId: customerId ?? '' }),
    enabled: customerId !== null,
  });
}

export function useCreditHistory(customerId: string) {
  return useQuery({
    queryKey: keys.creditHistory(customerId),
    queryFn: () => call('credit.history', { customerId, limit: 20 }),
  });
}

/** A change to a customer: every customer query (search, details, history) and the cart read again. */
function useCustomerMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['customers'] });
      void client.invalidateQueries({ queryKey: keys.cart });
    },
  });
}

export function useCreateCustomer() {
  return useCustomerMutation((v: InputOf<'customer.create'>) => call('customer.create', v));
}

export function useArchiveCustomer() {
  return useCustomerMutation((v: { customerId: string; archived: boolean }) =>
    call(v.archived ? 'customer.archive' : 'customer.restore', { customerId: v.customerId }),
  );
}

export function useIssueCredit() {
  return useCustomerMutation((v: InputOf<'credit.issue'>) => call('credit.issue', v));
}

export function useSetCustomer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (customerId: string | null) => call('cart.setCustomer', { customerId }),
    onSuccess: (cart) => storeCart(client, cart),
  });
}

export function useAddGiftCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { code: string; amount: number }) => call('cart.addGiftCard', v),
    onSuccess: (cart) => storeCart(client, cart),
  });
}

export function useGiftCardBalance() {
  return useMutation({ mutationFn: (code: string) => call('giftcard.balance', { code }) });
}

export function useGenerateGiftCardCode() {
  return useMutation({ mutationFn: () => call('giftcard.generateCode') });
}
