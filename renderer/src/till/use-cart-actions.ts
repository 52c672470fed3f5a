import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CartLineView, CartView } from '../../../shared/domain/cart';
import type { ProductView } from '../../../shared/domain/catalog';
import { QTY_ONE } from '../../../shared/domain/units';
import type { Qty } from '../../../shared/domain/units';
import { isApiError } from '../api/client';
import { useAddProduct, useScan, useSetQty } from '../api/hooks/use-cart';
import { useLookupProduct } from '../api/hooks/use-catalog';
import { keys } from '../api/query-keys';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';
import { changedLineId } from './changed-line';

interface CartActionCallbacks {
  /** A line was added or raised: select it so +/- act on it next. */
  onLineChanged: (lineId: string) => void;
  /** A weighed product was scanned without a weight in its code. */
  onNeedsWeight: (product: ProductView) => void;
  /** The sale's first age-restricted product: ask the cashier, then `confirm` adds it checked. */
  onNeedsAgeCheck: (message: string, confirm: () => void) => void;
}

/** What the till does to the cart; failures become notices, never blocking dialogs. */
export function useCartActions({ onLineChanged, onNeedsWeight, onNeedsAgeCheck }: CartActionCallbacks) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const scan = useScan();
  const addProduct = useAddProduct();
  const setQty = useSetQty();
  const lookup = useLookupProduct();

  const failed = (e: unknown) => notify('error', errorMessage(t, e));
  const selectChanged = (prev: CartView | undefined, next: CartView) => {
    const id = changedLineId(prev, next);
    if (id !== null) onLineChanged(id);
  };

  /** A scan or a code typed into search, with a quantity keyed first; resolves true when it was rung up. */
  const ringUp = async (code: string, qty?: Qty, ageChecked?: boolean): Promise<boolean> => {
    const prev = client.getQueryData<CartView>(keys.cart);
    try {
      selectChanged(prev, await scan.mutateAsync({ code, ...(qty === undefined ? {} : { qty }), ...(ageChecked ? { ageChecked } : {}) }));
      return true;
    } catch (e) {
      if (isApiError(e, 'age_check_required')) {
        onNeedsAgeCheck(errorMessage(t, e), () => void ringUp(code, qty, true));
      } else if (isApiError(e, 'weight_required') || isApiError(e, 'qty_required')) {
        // A weighed or measured item's own code, with no amount in it: ask how much instead.
        lookup.mutate(code, {
          onSuccess: onNeedsWeight,
          onError: (err) => notify('error', t('scan.failed', { code, error: errorMessage(t, err) })),
        });
      } else if (isApiError(e, 'misread_barcode')) {
        notify('error', t('scan.misread', { code }));
      } else if (isApiError(e, 'unknown_barcode') || isApiError(e, 'not_found')) {
        notify('error', t('scan.unknown', { code }));
      } else {
        notify('error', t('scan.failed', { code, error: errorMessage(t, e) }));
      }
      return false;
    }
  };

  const add = (productId: string, qty?: Qty, ageChecked?: boolean) => {
    const prev = client.getQueryData<CartView>(keys.cart);
    addProduct.mutate(
      { productId, ...(qty === undefined ? {} : { qty }), ...(ageChecked ? { ageChecked } : {}) },
      {
        onSuccess: (next) => selectChanged(prev, next),
        onError: (e) => (isApiError(e, 'age_check_required') ? onNeedsAgeCheck(errorMessage(t, e), () => add(productId, qty, true)) : failed(e)),
      },
    );
  };

  const changeQty = (lineId: string, qty: Qty) => setQty.mutate({ lineId, qty }, { onError: failed });

  const step = (line: CartLineView, delta: 1 | -1) => {
    if (line.unit !== 'each' || line.fixedAmount) return;
    const qty = line.qty + delta * QTY_ONE;
    if (qty >= QTY_ONE) changeQty(line.id, qty);
  };

  return {
    ringUp,
    add,
    changeQty,
    step,
    lineBusy: setQty.isPending,
  };
}
