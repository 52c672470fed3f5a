import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/contract';
import type { ProductView } from '../../../shared/domain/catalog';
import type { SaleResult } from '../../../shared/domain/sale';
import type { SessionInfo } from '../../../shared/domain/staff';
import { useLogout } from '../api/hooks/use-app';
import { useCart } from '../api/hooks/use-cart';
import { CartCustomerBar } from '../customers/CartCustomerBar';
import { useApproval } from '../approval/use-approval';
import { useStableCallback } from '../app/use-stable-callback';
import { notify } from '../notices/notice-store';
import { PaidPanel } from '../payment/PaidPanel';
import { settled } from '../payment/settle-guard';
import { isReceiptCode } from '../returns/ReturnDialogs';
import { replayedEvents } from '../scanner/replay-keys';
import { useWedgeScanner } from '../scanner/use-wedge-scanner';
import { CartPanel } from './CartPanel';
import { parseQtyInput } from './quantity-input';
import { keyedQty as keyedThousandths, looksLikeQty } from './search-text';
import { ProductPanel } from './ProductPanel';
import { TillDialogs } from './TillDialogs';
import type { TillDialog } from './TillDialogs';
import { TillHeader } from './TillHeader';
import { CountStockScreen } from './stocktake/CountStockScreen';
import classes from './till.module.css';
import { useCartActions } from './use-cart-actions';
import { useCartAdjust } from './use-cart-adjust';
import { useTillShortcuts } from './use-till-shortcuts';

interface TillScreenProps {
  status: AppStatus;
  session: SessionInfo;
  /** Shows the back office in place of the till; null for a session without catalog.manage. */
  onBackOffice: (() => void) | null;
}

export function TillScreen({ status, session, onBackOffice }: TillScreenProps) {
  const { t } = useTranslation();
  const cart = useCart();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<TillDialog | null>(null);
  const [paid, setPaid] = useState<SaleResult | null>(null);
  // When the paid screen appeared: Enter and taps wait a moment (payment/settle-guard.ts).
  const paidAt = useRef(0);
  // "12 ×": a quantity (or a weight) keyed for the next scan or pick, as typed.
  const [keyedQty, setKeyedQty] = useState<string | null>(null);
  // The stock counting screen over the sale: it takes the scans, the cart gets none.
  const [counting, setCounting] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const actions = useCartActions({
    onLineChanged: setSelectedId,
    onNeedsWeight: (product) => setDialog({ kind: 'weight', product }),
    onNeedsAgeCheck: (message, confirm) => setDialog({ kind: 'ageCheck', message, confirm }),
  });
  const approval = useApproval();
  const adjust = useCartAdjust(approval.run);
  const logout = useLogout();

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
    void ringUp(code);
  };
  // A manager typing a printer address must not ring items up behind the dialog.
  // In the customer and gift card dialogs a scanned card types its code into the focused field.
  const scannerTypes = counting || dialog?.kind === 'manager' || dialog?.kind === 'customer' || dialog?.kind === 'giftcard';
  useWedgeScanner({ enabled: !scannerTypes, onScan, options: { prefix: status.scanner.prefix } });

  const onPick = useStableCallback((product: ProductView) => {
    // A gift card is sold with its code: the tile opens the gift card dialog.
    if (product.giftCard) return setDialog({ kind: 'giftcard' });
    if (keyedQty !== null) {
      // The keyed number is the count, or for a weighed product its weight in kg.
      const qty = parseQtyInput(keyedQty, product.unit);
      if (qty === null) {
        return notify('error', t(product.unit === 'kg' ? 'weight.invalid' : product.unit === 'each' ? 'cart.qtyInvalid' : 'measure.invalid'));
      }
      setKeyedQty(null);
      return actions.add(product.id, qty);
    }
    // Weighed and measured goods (kg, litres, metres) need how much before they are added.
    if (product.unit !== 'each') setDialog({ kind: 'weight', product });
    else actions.add(product.id);
  });
  const ringUp = useStableCallback(async (code: string): Promise<boolean> => {
    // A receipt number typed or scanned into the search box starts a return too.
    if (canReturn && isReceiptCode(code)) {
      setDialog({ kind: 'return', start: { code } });
      return true;
    }
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
  const forLine = (kind: 'discountLine' | 'price' | 'voidLine') => {
    if (paid === null && selected !== null) setDialog({ kind, line: selected });
  };
  const openPay = () => {
    // A double tap on Pay opens payment once: the second tap finds it open and does nothing.
    if (dialog?.kind === 'pay') return;
    if (paid === null && cart.data !== undefined && lines.length > 0) setDialog({ kind: 'pay', cartVersion: cart.data.version });
  };
  const whenLines = (open: TillDialog) => () => {
    if (paid === null && lines.length > 0) setDialog(open);
  };
  const openParked = () => {
    if (paid === null) setDialog({ kind: 'parked' });
  };
  // A sale left on screen at log-out must go somewhere on purpose: parked, kept or voided.
  const askLogout = () => {
    if (lines.length > 0 && paid === null) setDialog({ kind: 'logout' });
    else logout.mutate();
  };

  useTillShortcuts(dialog === null && !counting, {
    focusSearch: () => {
      newSale();
      // The search box only exists once the paid panel is gone: wait for that render.
      requestAnimationFrame(() => searchRef.current?.focus());
    },
    pay: openPay,
    voidSale: whenLines({ kind: 'voidSale' }),
    voidLine: () => forLine('voidLine'),
    discountLine: () => forLine('discountLine'),
    discountSale: whenLines({ kind: 'discountSale' }),
    overridePrice: () => forLine('price'),
    park: whenLines({ kind: 'park' }),
    parked: openParked,
    step,
    moveSelection,
    typeIntoSearch,
    enter: () => {
      if (paid !== null) {
        if (settled(paidAt.current)) newSale();
        return;
      }
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
    customer: () => paid === null && setDialog({ kind: 'customer' }),
    giftCard: () => paid === null && setDialog({ kind: 'giftcard' }),
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
        onBackOffice={onBackOffice}
        onLogout={askLogout}
        loggingOut={logout.isPending}
        onReturn={
          canReturn
            ? () => {
                newSale();
                setDialog({ kind: 'return', start: null });
              }
            : null
        }
        onHistory={permissions.includes('sale.reprint') ? () => setDialog({ kind: 'history' }) : null}
        onCountStock={permissions.includes('stock.count') ? () => setCounting(true) : null}
      />
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
              onDiscountLine={() => forLine('discountLine')}
              onPrice={() => forLine('price')}
              onVoidLine={() => forLine('voidLine')}
              onDiscountSale={whenLines({ kind: 'discountSale' })}
              onVoidSale={whenLines({ kind: 'voidSale' })}
              onPark={whenLines({ kind: 'park' })}
              onParked={openParked}
              onPay={openPay}
              customerBar={
                <CartCustomerBar
                  customer={cart.data?.customer ?? null}
                  onCustomer={() => setDialog({ kind: 'customer' })}
                  onGiftCard={() => setDialog({ kind: 'giftcard' })}
                />
              }
            />
          </>
        )}
      </main>
      <TillDialogs
        dialog={dialog}
        cart={cart.data}
        permissions={permissions}
        till={status.till}
        adjust={adjust}
        onClose={closeDialog}
        onPaid={(result) => {
          setDialog(null);
          setSelectedId(null);
          paidAt.current = performance.now();
          setPaid(result);
        }}
        onOpen={(next) => {
          if (next.kind === 'return' || next.kind === 'noReceiptReturn') newSale();
          setDialog(next);
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
        onCartReplaced={() => setSelectedId(null)}
        onLogout={() => {
          closeDialog();
          logout.mutate();
        }}
      />
      {approval.dialog}
      {counting && <CountStockScreen scannerPrefix={status.scanner.prefix} onClose={() => setCounting(false)} />}
    </div>
  );
}
