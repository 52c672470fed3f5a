import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/contract';
import type { ProductView } from '../../../shared/domain/catalog';
import type { SaleResult } from '../../../shared/domain/sale';
import type { SessionInfo } from '../../../shared/domain/staff';
import { useCart } from '../api/hooks/use-cart';
import { useStableCallback } from '../app/use-stable-callback';
import { notify } from '../notices/notice-store';
import { PaidPanel } from '../payment/PaidPanel';
import { isReceiptCode } from '../returns/ReturnDialogs';
import { useWedgeScanner } from '../scanner/use-wedge-scanner';
import { CartPanel } from './CartPanel';
import { ProductPanel } from './ProductPanel';
import { TillDialogs } from './TillDialogs';
import type { TillDialog } from './TillDialogs';
import { TillHeader } from './TillHeader';
import classes from './till.module.css';
import { useCartActions } from './use-cart-actions';
import { useTillShortcuts } from './use-till-shortcuts';

interface TillScreenProps {
  status: AppStatus;
  session: SessionInfo;
}

export function TillScreen({ status, session }: TillScreenProps) {
  const { t } = useTranslation();
  const cart = useCart();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<TillDialog | null>(null);
  const [paid, setPaid] = useState<SaleResult | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const actions = useCartActions({
    onLineChanged: setSelectedId,
    onNeedsWeight: (product) => setDialog({ kind: 'weight', product }),
  });

  const lines = cart.data?.lines ?? [];
  const selected = lines.find((l) => l.id === selectedId) ?? null;
  const { permissions } = session;
  const canManage = permissions.includes('settings.manage') || permissions.includes('journal.verify');
  const closeDialog = () => setDialog(null);

  const newSale = () => {
    setPaid(null);
    setSelectedId(null);
  };
  const canReturn = permissions.includes('sale.return');
  const onScan = (code: string) => {
    // A receipt's barcode starts a return (or feeds the open return dialog).
    if (canReturn && isReceiptCode(code) && (dialog === null || dialog.kind === 'return')) {
      if (dialog === null) newSale();
      setDialog({ kind: 'return', start: { code }, scan: (dialog?.kind === 'return' ? (dialog.scan ?? 0) : 0) + 1 });
      return;
    }
    if (dialog?.kind === 'pay') return notify('warning', t('scan.finishPayment'));
    if (dialog !== null) return notify('warning', t('scan.closeDialog'));
    // Scanning the next customer's first item is how cashiers leave the paid screen.
    newSale();
    void actions.ringUp(code);
  };
  // A manager typing a printer address must not ring items up behind the dialog.
  useWedgeScanner({ enabled: dialog?.kind !== 'manager', onScan, options: { prefix: status.scanner.prefix } });

  const onPick = useStableCallback((product: ProductView) => {
    if (product.unit === 'kg') setDialog({ kind: 'weight', product });
    else actions.add(product.id);
  });
  // A receipt number typed or scanned into the search box starts a return too.
  const ringUp = useStableCallback((code: string): Promise<boolean> => {
    if (!canReturn || !isReceiptCode(code)) return actions.ringUp(code);
    setDialog({ kind: 'return', start: { code } });
    return Promise.resolve(true);
  });
  const step = (delta: 1 | -1) => {
    if (selected !== null) actions.step(selected, delta);
  };
  const remove = () => {
    if (selected === null) return;
    actions.remove(selected.id);
    setSelectedId(null);
  };
  const openPay = () => {
    if (paid === null && cart.data !== undefined && lines.length > 0) setDialog({ kind: 'pay', cartVersion: cart.data.version });
  };
  const openClear = () => {
    if (paid === null && lines.length > 0) setDialog({ kind: 'clear' });
  };

  useTillShortcuts(dialog === null, {
    focusSearch: () => {
      newSale();
      // The search box only exists once the paid panel is gone: wait for that render.
      requestAnimationFrame(() => searchRef.current?.focus());
    },
    pay: openPay,
    clear: openClear,
    removeLine: remove,
    step,
    enter: () => {
      if (paid !== null) newSale();
    },
    startReturn: () => {
      if (!canReturn) return;
      newSale();
      setDialog({ kind: 'return', start: null });
    },
    history: () => {
      if (permissions.includes('sale.reprint')) setDialog({ kind: 'history' });
    },
  });

  return (
    <div className={classes.screen}>
      <TillHeader
        status={status}
        session={session}
        onManager={canManage ? () => setDialog({ kind: 'manager' }) : null}
        onReturn={
          canReturn
            ? () => {
                newSale();
                setDialog({ kind: 'return', start: null });
              }
            : null
        }
        onHistory={permissions.includes('sale.reprint') ? () => setDialog({ kind: 'history' }) : null}
      />
      <main className={classes.body}>
        {paid !== null ? (
          <div className={classes.fullWidth}>
            <PaidPanel result={paid} canReprint={permissions.includes('sale.reprint')} onNewSale={newSale} />
          </div>
        ) : (
          <>
            <ProductPanel searchRef={searchRef} onPick={onPick} onSubmitCode={ringUp} />
            <CartPanel
              cart={cart.data}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              busy={actions.lineBusy}
              onStep={step}
              onEditQty={() => selected !== null && setDialog({ kind: 'qty', line: selected })}
              onRemove={remove}
              onClear={openClear}
              onPay={openPay}
            />
          </>
        )}
      </main>
      <TillDialogs
        dialog={dialog}
        cart={cart.data}
        permissions={permissions}
        till={status.till}
        clearing={actions.clearing}
        onClose={closeDialog}
        onPaid={(result) => {
          setDialog(null);
          setSelectedId(null);
          setPaid(result);
        }}
        onOpen={(next) => {
          if (next.kind === 'return' || next.kind === 'noReceiptReturn') newSale();
          setDialog(next);
        }}
        onAddWeighed={actions.add}
        onSetQty={actions.changeQty}
        onClear={() =>
          actions.clear(() => {
            closeDialog();
            setSelectedId(null);
          })
        }
      />
    </div>
  );
}
