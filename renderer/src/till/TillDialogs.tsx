import { useTranslation } from 'react-i18next';
import type { CartLineView, CartView } from '../../../shared/domain/cart';
import type { ProductView } from '../../../shared/domain/catalog';
import type { SaleResult } from '../../../shared/domain/sale';
import type { Qty } from '../../../shared/domain/units';
import type { Permission } from '../../../shared/permissions';
import type { TillInfo } from '../../../shared/domain/store';
import { ManagerDialog } from '../manager/ManagerDialog';
import { PaymentDialog } from '../payment/PaymentDialog';
import { ClearCartDialog } from './ClearCartDialog';
import { CodeKeypadDialog } from './CodeKeypadDialog';
import { QuantityDialog } from './QuantityDialog';

export type TillDialog =
  /** cartVersion: the cart the cashier decided to take payment for. */
  | { kind: 'pay'; cartVersion: number }
  | { kind: 'clear' }
  | { kind: 'manager' }
  | { kind: 'weight'; product: ProductView }
  | { kind: 'qty'; line: CartLineView }
  /** The on-screen keypad: a barcode or a quantity keyed by touch. */
  | { kind: 'keypad' };

interface TillDialogsProps {
  dialog: TillDialog | null;
  cart: CartView | undefined;
  permissions: readonly Permission[];
  till: TillInfo | null;
  clearing: boolean;
  onClose: () => void;
  onPaid: (result: SaleResult) => void;
  onAddWeighed: (productId: string, qty: Qty) => void;
  onKeyedCode: (code: string) => void;
  onKeyedQty: (text: string) => void;
  onSetQty: (lineId: string, qty: Qty) => void;
  onClear: () => void;
}

/** At most one dialog at a time; each is mounted only while open so it starts fresh. */
export function TillDialogs(props: TillDialogsProps) {
  const { dialog, cart, onClose } = props;
  const { t } = useTranslation();
  switch (dialog?.kind) {
    case 'pay':
      return cart === undefined ? null : (
        <PaymentDialog
          total={cart.totals.total}
          cartVersion={dialog.cartVersion}
          cartChanged={cart.version !== dialog.cartVersion}
          onClose={onClose}
          onPaid={props.onPaid}
        />
      );
    case 'weight':
      return (
        <QuantityDialog
          title={t('weight.title', { name: dialog.product.name })}
          unit="kg"
          confirmLabel={(weight) => t('weight.add', { weight })}
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
    case 'clear':
      return (
        <ClearCartDialog
          lineCount={cart?.lines.length ?? 0}
          busy={props.clearing}
          onClose={onClose}
          onConfirm={props.onClear}
        />
      );
    case 'manager':
      return <ManagerDialog permissions={props.permissions} till={props.till} onClose={onClose} />;
    default:
      return null;
  }
}
