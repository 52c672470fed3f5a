import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Minor } from '../../../../shared/domain/units';
import type { PrintJobView } from '../../../../shared/domain/sale';
import { call, isApiError } from '../client';
import { storePrintJob } from '../print-job-cache';
import { keys } from '../query-keys';

export function usePayCash() {
  const client = useQueryClient();
  return useMutation({
    // Paying names the version of the cart the cashier opened payment for, so a cart
    // another window changed meanwhile is refused (cart_changed) rather than charged unseen.
    mutationFn: (v: { tendered: Minor; cartVersion: number }) => call('sale.payCash', v),
    onSuccess: (result) => {
      if (result.printJob !== null) storePrintJob(client, result.printJob);
      // The sale emptied the cart on the server; read the new one rather than guess it.
      void client.invalidateQueries({ queryKey: keys.cart });
    },
    onError: (e) => {
      // Show the cart as it is now, so the cashier can check it before paying again.
      if (isApiError(e, 'cart_changed')) void client.invalidateQueries({ queryKey: keys.cart });
    },
  });
}

export function useReprint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (saleId: string) => call('receipt.reprint', { saleId }),
    onSuccess: (job) => {
      storePrintJob(client, job);
      void client.invalidateQueries({ queryKey: keys.unprinted });
    },
  });
}

/** Receipts whose last print failed or was cut short; kept current by print.job pushes. */
export function useUnprinted(enabled: boolean) {
  return useQuery({ queryKey: keys.unprinted, queryFn: () => call('receipt.unprinted', { limit: 50 }), enabled });
}

/** A print job as last reported: by the reply that created it, then by `print.job` pushes. */
export function usePrintJob(initial: PrintJobView | null) {
  return useQuery({
    queryKey: keys.printJob(initial?.id ?? ''),
    queryFn: () => initial,
    initialData: initial,
    enabled: false,
    staleTime: Infinity,
  });
}
