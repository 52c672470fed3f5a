import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountEntryView } from '../../../shared/domain/stocktake';
import type { Qty } from '../../../shared/domain/units';
import { isApiError } from '../api/client';
import { useCountStock } from '../api/hooks/use-stocktake';
import { errorMessage } from '../i18n/error-message';

/** What the counter last did: counted (a line to show) or an error to read. */
export type CountOutcome = { kind: 'counted'; entry: CountEntryView } | { kind: 'error'; message: string };

/** A count refused as outside the take's scope, waiting for "count it anyway". */
export type PendingOutside = ({ kind: 'scan'; code: string; qty?: Qty } | { kind: 'count'; productId: string; qty: Qty }) & { name: string };

/**
 * Counting for one stock take, shared by the back office's panel and the till's screen:
 * a product outside the take's category or shelf is not refused outright but asked
 * about, since goods are found on the wrong shelf; "count it anyway" sends it again
 * with outsideScope.
 */
export function useCounter(takeId: string | null) {
  const { t } = useTranslation();
  const { scan, count, undo } = useCountStock();
  const [outcome, setOutcome] = useState<CountOutcome | null>(null);
  const [pending, setPending] = useState<PendingOutside | null>(null);

  const settle = async (run: () => Promise<CountEntryView>, ask: PendingOutside | null): Promise<boolean> => {
    try {
      const entry = await run();
      setOutcome({ kind: 'counted', entry });
      setPending(null);
      return true;
    } catch (e) {
      if (ask !== null && isApiError(e, 'not_in_stock_take')) {
        // The product's name only travels in the core's message ("Nails is not part of ...").
        setPending({ ...ask, name: /^(.+) is not part of stock take/.exec(e.message)?.[1] ?? ask.name });
        return false;
      }
      setOutcome({ kind: 'error', message: errorMessage(t, e) });
      return false;
    }
  };

  return {
    outcome,
    pending,
    busy: scan.isPending || count.isPending || undo.isPending,
    scan: (code: string, qty?: Qty, outsideScope = false) => {
      if (takeId === null) return Promise.resolve(false);
      const input = { id: takeId, code, outsideScope, ...(qty !== undefined ? { qty } : {}) };
      return settle(() => scan.mutateAsync(input), outsideScope ? null : { kind: 'scan', code, name: code, ...(qty !== undefined ? { qty } : {}) });
    },
    count: (productId: string, name: string, qty: Qty, outsideScope = false) => {
      if (takeId === null) return Promise.resolve(false);
      return settle(
        () => count.mutateAsync({ id: takeId, productId, qty, outsideScope }),
        outsideScope ? null : { kind: 'count', productId, qty, name },
      );
    },
    undo: () => (takeId === null ? Promise.resolve(false) : settle(() => undo.mutateAsync(takeId), null)),
    /** "Count it anyway" for the pending product. */
    confirmOutside: () => {
      if (pending === null || takeId === null) return Promise.resolve(false);
      if (pending.kind === 'scan') {
        return settle(() => scan.mutateAsync({ id: takeId, code: pending.code, outsideScope: true, ...(pending.qty !== undefined ? { qty: pending.qty } : {}) }), null);
      }
      return settle(() => count.mutateAsync({ id: takeId, productId: pending.productId, qty: pending.qty, outsideScope: true }), null);
    },
    dismissOutside: () => setPending(null),
  };
}
