import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CartLineView, CartView, ParkedCartView } from '../../../shared/domain/cart';
import type { DiscountKind } from '../../../shared/pricing';
import type { Minor } from '../../../shared/domain/units';
import { call } from '../api/client';
import { storeCart } from '../api/cart-cache';
import { keys } from '../api/query-keys';
import type { ApprovalInput } from '../approval/use-approval';
import { errorMessage } from '../i18n/error-message';
import { notify } from '../notices/notice-store';

type Run = <T>(what: string, action: (approval?: ApprovalInput) => Promise<T>) => Promise<T | undefined>;
const withApproval = (approval: ApprovalInput | undefined) => (approval === undefined ? {} : { approval });

/**
 * Discounts, overrides, voids and parking, each through the manager-override flow (`run`
 * from useApproval). Every function resolves true once the core has done it; a failure is
 * a notice, a cancelled PIN pad is just false.
 */
export function useCartAdjust(run: Run) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const done = async <T>(what: string, action: (approval?: ApprovalInput) => Promise<T>, after: (v: T) => void) => {
    try {
      const value = await run(what, action);
      if (value === undefined) return false;
      after(value);
      return true;
    } catch (e) {
      notify('error', errorMessage(t, e));
      return false;
    }
  };
  const cart = (v: CartView) => storeCart(client, v);
  const parked = (v: ParkedCartView[]) => client.setQueryData(keys.parked, v);
  const refreshParked = () => client.invalidateQueries({ queryKey: keys.parked });

  return {
    discountLine: (line: CartLineView, kind: DiscountKind, value: number, reasonId: string | null) =>
      done(
        t('approval.discountLine', { name: line.name }),
        (a) =>
          call('cart.discountLine', { lineId: line.id, kind, value, ...(reasonId ? { reasonId } : {}), ...withApproval(a) }),
        cart,
      ),
    discountSale: (kind: DiscountKind, value: number, reasonId: string | null) =>
      done(
        t('approval.discountSale'),
        (a) => call('cart.discountSale', { kind, value, ...(reasonId ? { reasonId } : {}), ...withApproval(a) }),
        cart,
      ),
    overridePrice: (line: CartLineView, unitPrice: Minor, reasonId: string) =>
      done(
        t('approval.price', { name: line.name }),
        (a) => call('cart.overridePrice', { lineId: line.id, unitPrice, reasonId, ...withApproval(a) }),
        cart,
      ),
    voidLine: (line: CartLineView, reasonId: string) =>
      done(t('approval.voidLine', { name: line.name }), (a) => call('cart.voidLine', { lineId: line.id, reasonId, ...withApproval(a) }), cart),
    voidSale: (reasonId: string) =>
      done(t('approval.voidSale'), (a) => call('cart.voidSale', { reasonId, ...withApproval(a) }), cart),
    park: (note: string) =>
      done(t('approval.park'), () => call('cart.park', { note }), (v) => {
        cart(v);
        void refreshParked();
      }),
    resume: (cartId: string) =>
      done(t('approval.resume'), () => call('cart.resume', { cartId }), (v) => {
        cart(v);
        void refreshParked();
      }),
    discardParked: (cartId: string, reasonId: string) =>
      done(t('approval.discardParked'), (a) => call('cart.discardParked', { cartId, reasonId, ...withApproval(a) }), parked),
  };
}

export type CartAdjust = ReturnType<typeof useCartAdjust>;
