import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract';
import { call } from '../../api/client';

/** The products of a run as their labels would show them; read afresh each time the dialog opens. */
export function useLabelPreview(productIds: string[]) {
  return useQuery({
    queryKey: ['shelfLabels.preview', productIds],
    queryFn: () => call('shelfLabels.preview', { productIds }),
    enabled: productIds.length > 0,
    staleTime: 0,
  });
}

export function useLabelPdf() {
  return useMutation({ mutationFn: (v: InputOf<'shelfLabels.pdf'>) => call('shelfLabels.pdf', v) });
}

export function usePrintLabels() {
  return useMutation({ mutationFn: (v: InputOf<'shelfLabels.print'>) => call('shelfLabels.print', v) });
}
