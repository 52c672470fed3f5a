import type { InputOf } from '../../../../shared/contract';
import type { Unit } from '../../../../shared/domain/catalog';
import type { PurchaseOrderView } from '../../../../shared/domain/purchasing';
import { parseMoneyInput } from '../../../../shared/money';
import { qtyToUnits, unitsToQty } from '../products/number-text';

/** A line as typed: blank cost, code and pack size come from the supplier's link on saving. */
export interface FormLine {
  productId: string;
  name: string;
  sku: string;
  unit: Unit;
  qty: string;
  unitCost: string;
  supplierCode: string;
  packSize: string;
}

export interface OrderForm {
  supplierId: string | null;
  locationId: string | null;
  expectedOn: string;
  note: string;
  lines: FormLine[];
}

export function formFromOrder(o: PurchaseOrderView | null, exponent: number): OrderForm {
  if (o === null) return { supplierId: null, locationId: null, expectedOn: '', note: '', lines: [] };
  return {
    supplierId: o.supplierId,
    locationId: o.locationId,
    expectedOn: o.expectedOn ?? '',
    note: o.note,
    lines: o.lineItems.map((l) => ({
      productId: l.productId,
      name: l.name,
      sku: l.sku,
      unit: l.unit,
      qty: qtyToUnits(l.qtyOrdered),
      unitCost: moneyText(l.unitCost, exponent),
      supplierCode: l.supplierCode,
      packSize: qtyToUnits(l.packSize),
    })),
  };
}

export function moneyText(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const s = String(minor).padStart(exponent + 1, '0');
  return `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
}

/** The i18n keys of what the form finds wrong before sending. */
export type OrderFormMessage =
  | 'purchasing.order.needSupplier'
  | 'purchasing.order.badDate'
  | 'purchasing.order.noLines'
  | 'purchasing.order.badQty'
  | 'purchasing.order.badCost'
  | 'purchasing.order.badPack';
export type OrderFormErrors = Partial<Record<string, OrderFormMessage>>;

/** Where a form is wrong: a message key per field ("lines.2.qty"), or the input to send. */
export function formToInput(
  f: OrderForm,
  exponent: number,
): { errors: OrderFormErrors } | { input: InputOf<'purchasing.create'> } {
  const errors: OrderFormErrors = {};
  if (f.supplierId === null) errors.supplierId = 'purchasing.order.needSupplier';
  if (f.expectedOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(f.expectedOn)) errors.expectedOn = 'purchasing.order.badDate';
  if (f.lines.length === 0) errors.lines = 'purchasing.order.noLines';
  const lines = f.lines.map((l, i) => {
    const qty = unitsToQty(l.qty);
    if (qty === null || qty <= 0) errors[`lines.${i}.qty`] = 'purchasing.order.badQty';
    const cost = l.unitCost.trim() === '' ? undefined : parseMoneyInput(l.unitCost, exponent);
    if (cost === null) errors[`lines.${i}.unitCost`] = 'purchasing.order.badCost';
    const pack = l.packSize.trim() === '' ? undefined : unitsToQty(l.packSize);
    if (pack === null || pack === 0) errors[`lines.${i}.packSize`] = 'purchasing.order.badPack';
    return {
      productId: l.productId,
      qty: qty ?? 0,
      ...(cost === undefined || cost === null ? {} : { unitCost: cost }),
      ...(l.supplierCode.trim() === '' ? {} : { supplierCode: l.supplierCode.trim() }),
      ...(pack === undefined || pack === null ? {} : { packSize: pack }),
    };
  });
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      supplierId: f.supplierId ?? '',
      ...(f.locationId === null ? {} : { locationId: f.locationId }),
      expectedOn: f.expectedOn === '' ? null : f.expectedOn,
      note: f.note,
      lines,
    },
  };
}
