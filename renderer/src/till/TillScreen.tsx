import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/contract';
import type { CartLineView, CartView } from '../../../shared/domain/cart';
import type { ProductView } from '../../../shared/domain/catalog';
import type { SaleResult } from '../../../shared/domain/sale';
import type { SessionInfo } from '../../../shared/domain/staff';
import { QTY_ONE } from '../../../shared/domain/units';
import type { Qty } from '../../../shared/domain/units';
import { isApiError } from '../api/client';
import { useAddProduct, useCart, useClearCart, useRemoveLine, useScan, useSetQty } from '../api/hooks/use-cart';
import { keys } from '../api/query-keys';
import { errorMessage } from '../i18n/error-message';
import { ManagerDialog } from '../manager/ManagerDialog';
import { notify } from '../notices/notice-store';
import { PaidPanel } from '../payment/PaidPanel';
import { PaymentDialog } from '../payment/PaymentDialog';
import { useWedgeScanner } from '../scanner/use-wedge-scanner';
import { CartPanel } from './CartPanel';
import { changedLineId } from './changed-line';
import { ClearCartDialog } from './ClearCartDialog';
import { ProductPanel } from './ProductPanel';
import { QuantityDialog } from './QuantityDialog';
import { TillHeader } from './TillHeader';
import classes from './till.module.css';
import { useTillShortcuts } from './use-till-shortcuts';

type Dialog =
  | { kind: 'pay' }
  | { kind: 'clear' }
  | { kind: 'manager' }
  | { kind: 'weight'; product: ProductView }
  | { kind: 'qty'; line: CartLineView };

interface TillScreenProps {
  status: AppStatus;
  session: SessionInfo;
}

export function TillScreen({ status, session }: TillScreenProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const cart = useCart();
  const scan = useScan();
  const addProduct = useAddProduct();
  const setQty = useSetQty();
  const removeLine = useRemoveLine();
  const clearCart = useClearCart();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [paid, setPaid] = useState<SaleResult | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const lines = cart.data?.lines ?? [];
  const selected = lines.find((l) => l.id === selectedId) ?? null;
  const permissions = session.permissions;
  const canManage = permissions.includes('settings.manage') || permissions.includes('journal.verify');
  const closeDialog = () => setDialog(null);

  const failed = (e: unknown) => notify('error', errorMessage(t, e));
  const selectChanged = (next: CartView, prev: CartView | undefined) => {
    const id = changedLineId(prev, next);
    if (id !== null) setSelectedId(id);
  };

  const ringUp = async (code: string): Promise<boolean> => {
    const prev = client.getQueryData<CartView>(keys.cart);
    try {
      selectChanged(await scan.mutateAsync(code), prev);
      return true;
    } catch (e) {
      if (isApiError(e, 'unknown_barcode') || isApiError(e, 'not_found')) notify('error', t('scan.unknown', { code }));
      else notify('error', t('scan.failed', { code, error: errorMessage(t, e) }));
      return false;
    }
  };

  const onScan = (code: string) => {
    if (dialog?.kind === 'pay') return notify('warning', t('scan.finishPayment'));
    if (dialog !== null) return notify('warning', t('scan.closeDialog'));
    // Scanning the next customer's first item is how cashiers leave the paid screen.
    setPaid(null);
    void ringUp(code);
  };
  useWedgeScanner({ enabled: dialog?.kind !== 'manager', onScan });

  const add = (productId: string, qty?: Qty) => {
    const prev = client.getQueryData<CartView>(keys.cart);
    addProduct.mutate(qty === undefined ? { productId } : { productId, qty }, {
      onSuccess: (next) => selectChanged(next, prev),
      onError: failed,
    });
  };
  const onPick = (product: ProductView) => {
    if (product.unit === 'kg') setDialog({ kind: 'weight', product });
    else add(product.id);
  };
  const step = (delta: 1 | -1) => {
    if (selected === null || selected.unit !== 'each' || selected.fixedAmount) return;
    const qty = selected.qty + delta * QTY_ONE;
    if (qty >= QTY_ONE) setQty.mutate({ lineId: selected.id, qty }, { onError: failed });
  };
  const remove = () => {
    if (selected === null) return;
    removeLine.mutate(selected.id, { onError: failed });
    setSelectedId(null);
  };
  const openPay = () => {
    if (paid === null && lines.length > 0) setDialog({ kind: 'pay' });
  };
  const newSale = () => {
    setPaid(null);
    setSelectedId(null);
  };

  useTillShortcuts(dialog === null, {
    focusSearch: () => {
      newSale();
      // The search box only exists once the paid panel is gone: wait for that render.
      requestAnimationFrame(() => searchRef.current?.focus());
    },
    pay: openPay,
    clear: () => {
      if (paid === null && lines.length > 0) setDialog({ kind: 'clear' });
    },
    removeLine: remove,
    step,
    enter: () => {
      if (paid !== null) newSale();
    },
  });

  return (
    <div className={classes.screen}>
      <TillHeader status={status} session={session} onManager={canManage ? () => setDialog({ kind: 'manager' }) : null} />
      <main className={classes.body}>
        {paid !== null ? (
          <div style={{ gridColumn: '1 / -1', minHeight: 0 }}>
            <PaidPanel result={paid} canReprint={permissions.includes('sale.reprint')} onNewSale={newSale} />
          </div>
        ) : (
          <>
            <ProductPanel searchRef={searchRef} onPick={onPick} onSubmitCode={ringUp} />
            <CartPanel
              cart={cart.data}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              busy={setQty.isPending || removeLine.isPending}
              onStep={step}
              onEditQty={() => selected !== null && setDialog({ kind: 'qty', line: selected })}
              onRemove={remove}
              onClear={() => setDialog({ kind: 'clear' })}
              onPay={openPay}
            />
          </>
        )}
      </main>

      {dialog?.kind === 'pay' && cart.data !== undefined && (
        <PaymentDialog
          total={cart.data.totals.total}
          onClose={closeDialog}
          onPaid={(result) => {
            setDialog(null);
            setSelectedId(null);
            setPaid(result);
          }}
        />
      )}
      {dialog?.kind === 'weight' && (
        <QuantityDialog
          title={t('weight.title', { name: dialog.product.name })}
          unit="kg"
          confirmLabel={(weight) => t('weight.add', { weight })}
          onClose={closeDialog}
          onConfirm={(qty) => {
            add(dialog.product.id, qty);
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'qty' && (
        <QuantityDialog
          title={t('cart.qtyTitle', { name: dialog.line.name })}
          unit={dialog.line.unit}
          confirmLabel={() => t('cart.qtyApply')}
          onClose={closeDialog}
          onConfirm={(qty) => {
            setQty.mutate({ lineId: dialog.line.id, qty }, { onError: failed });
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'clear' && (
        <ClearCartDialog
          lineCount={lines.length}
          busy={clearCart.isPending}
          onClose={closeDialog}
          onConfirm={() =>
            clearCart.mutate(undefined, {
              onSuccess: () => {
                closeDialog();
                setSelectedId(null);
              },
              onError: failed,
            })
          }
        />
      )}
      {dialog?.kind === 'manager' && <ManagerDialog permissions={permissions} onClose={closeDialog} />}
    </div>
  );
}
