import { useTranslation } from 'react-i18next';
import type { CartLineView, CartView } from '../../../shared/domain/cart';
import type { ProductView } from '../../../shared/domain/catalog';
import type { SaleResult } from '../../../shared/domain/sale';
import type { Qty } from '../../../shared/domain/units';
import type { Permission } from '../../../shared/permissions';
import type { TillInfo } from '../../../shared/domain/store';
import { CustomerDialog } from '../customers/CustomerDialog';
import { GiftCardDialog } from '../customers/GiftCardDialog';
import { ManagerDialog } from '../manager/ManagerDialog';
import { ReturnDialogs, type ReturnsDialog } from '../returns/ReturnDialogs';
import { PaymentDialog } from '../payment/PaymentDialog';
import { AgeCheckDialog } from './AgeCheckDialog';
import { CodeKeypadDialog } from './CodeKeypadDialog';
import { DiscountDialog } from './DiscountDialog';
import { LogoutDialog } from './LogoutDialog';
import { ParkDialog } from './ParkDialog';
import { ParkedDialog } from './ParkedDialog';
import { PriceDialog } from './PriceDialog';
import { QuantityDialog } from './QuantityDialog';
import type { CartAdjust } from './use-cart-adjust';
import { VoidDialog } from './VoidDialog';

export type TillDialog =
  /** cartVersion: the cart the cashier decided to take payment for. */
  | { kind: 'pay'; cartVersion: number }
  | { kind: 'manager' }
  | { kind: 'weight'; product: ProductView }
  | { kind: 'qty'; line: CartLineView }
  | { kind: 'customer' }
  | { kind: 'giftcard' }
  | { kind: 'discountLine'; line: CartLineView }
  | { kind: 'discountSale' }
  | { kind: 'price'; line: CartLineView }
  | { kind: 'voidLine'; line: CartLineView }
  /** thenLogout: asked for by the log-out button with a sale on screen. */
  | { kind: 'voidSale'; thenLogout?: boolean }
  | { kind: 'park'; thenLogout?: boolean }
  | { kind: 'parked' }
  | { kind: 'logout' }
  /** The on-screen keypad: a barcode or a quantity keyed by touch. */
  | { kind: 'keypad' }
  /** The sale's first age-restricted product: confirm runs the add again, checked. */
  | { kind: 'ageCheck'; message: string; confirm: () => void }
  | ReturnsDialog;

interface TillDialogsProps {
  dialog: TillDialog | null;
  cart: CartView | undefined;
  permissions: readonly Permission[];
  till: TillInfo | null;
  adjust: CartAdjust;
  onOpen: (dialog: TillDialog) => void;
  onClose: () => void;
  onPaid: (result: SaleResult) => void;
  onAddWeighed: (productId: string, qty: Qty) => void;
  onKeyedCode: (code: string) => void;
  onKeyedQty: (text: string) => void;
  onSetQty: (lineId: string, qty: Qty) => void;
  /** The line it acted on is gone (voided), or the whole sale changed (void, park, resume). */
  onCartReplaced: () => void;
  onLogout: () => void;
}

/** At most one dialog at a time; each is mounted only while open so it starts fresh. */
export function TillDialogs(props: TillDialogsProps) {
  const { dialog, cart, onClose, adjust } = props;
  const { t } = useTranslation();
  const replaced = (thenLogout?: boolean) => (ok: boolean) => {
    if (ok) props.onCartReplaced();
    if (ok && thenLogout === true) props.onLogout();
    return ok;
  };
  switch (dialog?.kind) {
    case 'pay':
      return cart === undefined ? null : (
        <PaymentDialog
          cart={cart}
          cartVersion={dialog.cartVersion}
          onClose={onClose}
          onPaid={props.onPaid}
        />
      );
    case 'weight':
      return (
        <QuantityDialog
          title={
            dialog.product.unit === 'kg'
              ? t('weight.title', { name: dialog.product.name })
              : t('measure.title', { name: dialog.product.name, unit: dialog.product.unit })
          }
          unit={dialog.product.unit}
          confirmLabel={(qty) => (dialog.product.unit === 'kg' ? t('weight.add', { weight: qty }) : t('measure.add', { qty }))}
          onClose={onClose}
          onConfirm={(qty) => {
            props.onAddWeighed(dialog.product.id, qty);
            onClose();
          }}
        />
      );
    case 'qty':
      return (
        <QuantityDialog
          title={t('cart.qtyTitle', { name: dialog.line.name })}
          unit={dialog.line.unit}
          confirmLabel={() => t('cart.qtyApply')}
          current={dialog.line.qty}
          onClose={onClose}
          onConfirm={(qty) => {
            props.onSetQty(dialog.line.id, qty);
            onClose();
          }}
        />
      );
    case 'keypad':
      return <CodeKeypadDialog onClose={onClose} onCode={props.onKeyedCode} onQty={props.onKeyedQty} />;
    case 'ageCheck':
      return <AgeCheckDialog message={dialog.message} onConfirm={dialog.confirm} onClose={onClose} />;
    case 'discountLine':
      return (
        <DiscountDialog
          title={t('discount.lineTitle', { name: dialog.line.name })}
          current={dialog.line.discount}
          onApply={(kind, value, reasonId) => adjust.discountLine(dialog.line, kind, value, reasonId)}
          onClose={onClose}
        />
      );
    case 'discountSale':
      return (
        <DiscountDialog
          title={t('discount.saleTitle')}
          current={cart?.saleDiscount ?? null}
          onApply={(kind, value, reasonId) => adjust.discountSale(kind, value, reasonId)}
          onClose={onClose}
        />
      );
    case 'price':
      return (
        <PriceDialog
          line={dialog.line}
          onApply={(price, reasonId) => adjust.overridePrice(dialog.line, price, reasonId)}
          onClose={onClose}
        />
      );
    case 'voidLine':
      return (
        <VoidDialog
          title={t('void.lineTitle', { name: dialog.line.name })}
          text={t('void.lineText')}
          confirmLabel={t('void.lineConfirm')}
          onConfirm={(reasonId) => adjust.voidLine(dialog.line, reasonId).then(replaced())}
          onClose={onClose}
        />
      );
    case 'voidSale':
      return (
        <VoidDialog
          title={t('void.saleTitle')}
          text={t('void.saleText', { count: cart?.lines.length ?? 0 })}
          confirmLabel={t('void.saleConfirm')}
          onConfirm={(reasonId) => adjust.voidSale(reasonId).then(replaced(dialog.thenLogout))}
          onClose={onClose}
        />
      );
    case 'park':
      return <ParkDialog onPark={(note) => adjust.park(note).then(replaced(dialog.thenLogout))} onClose={onClose} />;
    case 'parked':
      return (
        <ParkedDialog
          cartHasLines={(cart?.lines.length ?? 0) > 0}
          onResume={(cartId) => adjust.resume(cartId).then(replaced())}
          onDiscard={(cartId, reasonId) => adjust.discardParked(cartId, reasonId)}
          onClose={onClose}
        />
      );
    case 'logout':
      return (
        <LogoutDialog
          lineCount={cart?.lines.length ?? 0}
          onPark={() => props.onOpen({ kind: 'park', thenLogout: true })}
          onKeep={props.onLogout}
          onVoid={() => props.onOpen({ kind: 'voidSale', thenLogout: true })}
          onClose={onClose}
        />
      );
    case 'manager':
      return <ManagerDialog permissions={props.permissions} till={props.till} onClose={onClose} />;
    case 'customer':
      return <CustomerDialog attachedId={cart?.customer?.id ?? null} permissions={props.permissions} onClose={onClose} />;
    case 'giftcard':
      return <GiftCardDialog onClose={onClose} />;
    case 'return':
    case 'noReceiptReturn':
    case 'history':
      return (
        <ReturnDialogs
          dialog={dialog}
          canReturn={props.permissions.includes('sale.return')}
          onOpen={props.onOpen}
          onClose={onClose}
        />
      );
    default:
      return null;
  }
}
