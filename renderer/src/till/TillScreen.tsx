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
import { replayedEvents } from '../scanner/replay-keys';
import { useWedgeScanner } from '../scanner/use-wedge-scanner';
import { CartPanel } from './CartPanel';
import { parseQtyInput } from './quantity-input';
import { keyedQty as keyedThousandths, looksLikeQty } from './search-text';
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
  // "12 ×": a quantity (or a weight) keyed for the next scan or pick, as typed.
  const [keyedQty, setKeyedQty] = useState<string | null>(null);
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
  const onScan = (code: string) => {
    if (dialog?.kind === 'pay') return notify('warning', t('scan.finishPayment'));
    if (dialog !== null) return notify('warning', t('scan.closeDialog'));
    // Scanning the next customer's first item is how cashiers leave the paid screen.
    newSale();
    void ringUp(code);
  };
  // A manager typing a printer address must not ring items up behind the dialog.
  useWedgeScanner({ enabled: dialog?.kind !== 'manager', onScan, options: { prefix: status.scanner.prefix } });

  const onPick = useStableCallback((product: ProductView) => {
    if (keyedQty !== null) {
      // The keyed number is the count, or for a weighed product its weight in kg.
      const qty = parseQtyInput(keyedQty, product.unit);
      if (qty === null) return notify('error', t(product.unit === 'kg' ? 'weight.invalid' : 'cart.qtyInvalid'));
      setKeyedQty(null);
      return actions.add(product.id, qty);
    }
    if (product.unit === 'kg') setDialog({ kind: 'weight', product });
    else actions.add(product.id);
  });
  const ringUp = useStableCallback(async (code: string) => {
    const qty = keyedQty === null ? null : keyedThousandths(keyedQty);
    const added = await actions.ringUp(code, qty ?? undefined);
    if (added) setKeyedQty(null);
    return added;
  });
  const onKeyQty = useStableCallback((text: string | null) => {
    if (text === null) {
      setKeyedQty(null);
      return true;
    }
    if (!looksLikeQty(text)) {
      notify('warning', t('products.keyedQtyInvalid'));
      return false;
    }
    setKeyedQty(text.replace(',', '.'));
    return true;
  });
  const openKeypad = useStableCallback(() => setDialog({ kind: 'keypad' }));
  const moveSelection = (delta: 1 | -1) => {
    if (lines.length === 0) return;
    const at = lines.findIndex((l) => l.id === selectedId);
    const next = at < 0 ? (delta > 0 ? 0 : lines.length - 1) : Math.max(0, Math.min(lines.length - 1, at + delta));
    setSelectedId(lines[next]?.id ?? null);
  };
  const typeIntoSearch = (key: string) => {
    const type = () => {
      const box = searchRef.current;
      if (box === null) return;
      box.focus();
      // Inserted as if typed, so React sees the change and the caret stays right.
      document.execCommand('insertText', false, key);
    };
    if (paid === null) return type();
    newSale();
    // The search box only exists once the paid panel is gone.
    requestAnimationFrame(type);
  };
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
    moveSelection,
    typeIntoSearch,
    enter: () => {
      if (paid !== null) return newSale();
      // Digits typed with nothing focused were just put into the search box, but their
      // Enter was already aimed at the page: hand it to the box, which rings the code up.
      const box = searchRef.current;
      if (box !== null && box.value.trim() !== '') {
        const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
        replayedEvents.add(enter);
        box.focus();
        box.dispatchEvent(enter);
      }
    },
  });

  return (
    <div className={classes.screen}>
      <TillHeader status={status} session={session} onManager={canManage ? () => setDialog({ kind: 'manager' }) : null} />
      <main className={classes.body}>
        {paid !== null ? (
          <div className={classes.fullWidth}>
            <PaidPanel result={paid} canReprint={permissions.includes('sale.reprint')} onNewSale={newSale} />
          </div>
        ) : (
          <>
            <ProductPanel
              searchRef={searchRef}
              onPick={onPick}
              onSubmitCode={ringUp}
              keyedQty={keyedQty}
              onKeyQty={onKeyQty}
              onOpenKeypad={openKeypad}
            />
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
        onAddWeighed={actions.add}
        onKeyedCode={(code) => {
          closeDialog();
          void ringUp(code);
        }}
        onKeyedQty={(text) => {
          if (onKeyQty(text)) closeDialog();
        }}
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
