import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CardStep, TenderStep } from '../../../../shared/domain/sale';
import type { InputOf } from '../../../../shared/contract';
import { storeCart } from '../cart-cache';
import { call, isApiError } from '../client';
import { storePrintJob } from '../print-job-cache';
import { keys } from '../query-keys';

export const tenderKeys = {
  list: ['tenders', 'list'] as const,
  all: ['tenders', 'all'] as const,
  rules: ['rules'] as const,
  terminal: ['terminal'] as const,
};

/** The tenders the payment screen offers, in the store's order. */
export function useTenderList() {
  return useQuery({ queryKey: tenderKeys.list, queryFn: () => call('tenders.list'), staleTime: 60_000 });
}

/** Every step of a payment carries the whole cart: keep the cache on it, and the sale's print job. */
function useStepMutation<V, S extends TenderStep>(fn: (v: V) => Promise<S>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (step) => {
      storeCart(client, step.cart);
      if (step.sale?.printJob) storePrintJob(client, step.sale.printJob);
    },
    onError: (e) => {
      if (isApiError(e, 'cart_changed')) void client.invalidateQueries({ queryKey: keys.cart });
    },
  });
}

export function useAddTender() {
  return useStepMutation((v: InputOf<'sale.addTender'>) => call('sale.addTender', v));
}

export function useRemoveTender() {
  return useStepMutation((tenderId: string) => call('sale.removeTender', { tenderId }));
}

export function usePayCard() {
  return useStepMutation<InputOf<'sale.payCard'>, CardStep>((v) => call('sale.payCard', v));
}

export function useConfirmCard() {
  return useStepMutation<InputOf<'sale.confirmCard'>, CardStep>((v) => call('sale.confirmCard', v));
}

/** Manager screen: every tender, active or not. */
export function useAllTenders(enabled: boolean) {
  return useQuery({ queryKey: tenderKeys.all, queryFn: () => call('tenders.list', { all: true }), enabled });
}

export function useSaveTender() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: InputOf<'tenders.save'>) => call('tenders.save', v),
    onSuccess: (all) => {
      client.setQueryData(tenderKeys.all, all);
      void client.invalidateQueries({ queryKey: tenderKeys.list });
    },
  });
}

export function useRules(enabled: boolean) {
  return useQuery({ queryKey: tenderKeys.rules, queryFn: () => call('rules.get'), enabled });
}

export function useUpdateRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: InputOf<'rules.update'>) => call('rules.update', v),
    onSuccess: (rules) => {
      client.setQueryData(tenderKeys.rules, rules);
      // The cash due on the open cart follows the rounding.
      void client.invalidateQueries({ queryKey: keys.cart });
    },
  });
}

export function useTerminalSettings(enabled: boolean) {
  return useQuery({ queryKey: tenderKeys.terminal, queryFn: () => call('terminal.get'), enabled });
}

export function useUpdateTerminal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: InputOf<'terminal.update'>) => call('terminal.update', v),
    onSuccess: (s) => client.setQueryData(tenderKeys.terminal, s),
  });
}
