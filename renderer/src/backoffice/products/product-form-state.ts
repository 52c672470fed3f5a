import type { InputOf } from '../../../../shared/contract';
import type { Unit } from '../../../../shared/domain/catalog';
import type { ProductDetailView } from '../../../../shared/domain/products';
import { isMisreadGtin } from '../../../../shared/barcode';
import { parseMoneyInput } from '../../../../shared/money';
import { minorToText, qtyToUnits, unitsToQty } from './number-text';

export interface SupplierLinkForm {
  supplierId: string;
  supplierCode: string;
  /** Money and pack size as typed: the supplier's cost, and units per pack. */
  cost: string;
  packSize: string;
  preferred: boolean;
}

/** The product form as typed: money and quantities stay text until the form is sent. */
export interface ProductForm {
  sku: string;
  name: string;
  brand: string;
  categoryId: string | null;
  unit: Unit;
  soldByWeight: boolean;
  ageRestricted: boolean;
  /** Tracked by batch with expiry dates (stock tab); switched off by the core only once no batch holds stock. */
  tracksLots: boolean;
  active: boolean;
  price: string;
  cost: string;
  taxRateId: string | null;
  reorderPoint: string;
  reorderQty: string;
  barcodes: string[];
  parentId: string | null;
  variantLabel: string;
  suppliers: SupplierLinkForm[];
}

export type ProductInput = InputOf<'products.create'>;
/** The i18n keys of what the form finds wrong before sending. */
export type FormMessage =
  'boForm.moneyInvalid' | 'boForm.qtyInvalid' | 'boForm.badCheckDigit' | 'boForm.barcodeTwice' | 'boForm.tax';
/** Field name (as the core names it in an issue path) -> i18n key of the message. */
export type FormErrors = Partial<Record<string, FormMessage>>;

export function emptyForm(taxRateId: string | null, parent: ProductDetailView | null = null): ProductForm {
  return {
    sku: '',
    name: parent?.name ?? '',
    brand: parent?.brand ?? '',
    categoryId: parent?.categoryId ?? null,
    unit: parent?.unit ?? 'each',
    soldByWeight: parent?.soldByWeight ?? false,
    ageRestricted: parent?.ageRestricted ?? false,
    tracksLots: parent?.tracksLots ?? false,
    active: true,
    price: '',
    cost: '',
    taxRateId: parent?.taxRateId ?? taxRateId,
    reorderPoint: '',
    reorderQty: '',
    barcodes: [],
    parentId: parent?.id ?? null,
    variantLabel: '',
    suppliers: [],
  };
}

export function formFromProduct(p: ProductDetailView, exponent: number): ProductForm {
  return {
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    categoryId: p.categoryId,
    unit: p.unit,
    soldByWeight: p.soldByWeight,
    ageRestricted: p.ageRestricted,
    tracksLots: p.tracksLots,
    active: p.active,
    price: minorToText(p.price, exponent),
    cost: p.cost === null ? '' : minorToText(p.cost, exponent),
    taxRateId: p.taxRateId,
    reorderPoint: p.reorderPoint === null ? '' : qtyToUnits(p.reorderPoint),
    reorderQty: p.reorderQty === null ? '' : qtyToUnits(p.reorderQty),
    barcodes: [...p.barcodes],
    parentId: p.parentId,
    variantLabel: p.variantLabel ?? '',
    suppliers: p.suppliers.map((s) => ({
      supplierId: s.supplierId,
      supplierCode: s.supplierCode,
      cost: s.cost === null ? '' : minorToText(s.cost, exponent),
      packSize: qtyToUnits(s.packSize),
      preferred: s.preferred,
    })),
  };
}

/** A barcode typed into the form: null when fine, else the i18n key of what is wrong. */
export function barcodeProblem(code: string): FormMessage | null {
  // Only all-digit codes of GTIN length carry a check digit; other codes (a shop's own) pass.
  if (isMisreadGtin(code)) return 'boForm.badCheckDigit';
  return null;
}

/**
 * The form as products.create / products.update input, or the fields that cannot be sent
 * as typed. Only what the renderer can know is checked here; the core checks the rest
 * (unique SKU and barcodes, the tax rate) and names the field in its reply.
 */
export function formToInput(f: ProductForm, exponent: number): { input: ProductInput } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const money = (text: string, field: string, required: boolean): number | null => {
    if (text.trim() === '') {
      if (required) errors[field] = 'boForm.moneyInvalid';
      return null;
    }
    const v = parseMoneyInput(text, exponent);
    if (v === null) errors[field] = 'boForm.moneyInvalid';
    return v;
  };
  const qty = (text: string, field: string): number | null => {
    if (text.trim() === '') return null;
    const v = unitsToQty(text);
    if (v === null) errors[field] = 'boForm.qtyInvalid';
    return v;
  };
  const price = money(f.price, 'price', true);
  const cost = money(f.cost, 'cost', false);
  const reorderPoint = qty(f.reorderPoint, 'reorderPoint');
  const reorderQty = qty(f.reorderQty, 'reorderQty');
  f.barcodes.forEach((code, i) => {
    const problem = barcodeProblem(code);
    if (problem !== null) errors[`barcodes.${i}`] = problem;
  });
  const suppliers = f.suppliers.map((s, i) => ({
    supplierId: s.supplierId,
    supplierCode: s.supplierCode,
    cost: money(s.cost, `suppliers.${i}.cost`, false),
    packSize: unitsToQty(s.packSize) ?? ((errors[`suppliers.${i}.packSize`] = 'boForm.qtyInvalid'), 0),
    preferred: s.preferred,
  }));
  if (f.taxRateId === null) errors.taxRateId = 'boForm.tax';
  if (Object.keys(errors).length > 0 || price === null || f.taxRateId === null) return { errors };
  return {
    input: {
      sku: f.sku,
      name: f.name,
      brand: f.brand,
      categoryId: f.categoryId,
      price,
      cost,
      taxRateId: f.taxRateId,
      unit: f.unit,
      barcodes: f.barcodes,
      // A weighed product is one sold per kg: the flag means nothing for other units.
      soldByWeight: f.unit === 'kg' && f.soldByWeight,
      ageRestricted: f.ageRestricted,
      tracksLots: f.tracksLots,
      active: f.active,
      reorderPoint,
      reorderQty,
      parentId: f.parentId,
      variantLabel: f.parentId === null || f.variantLabel.trim() === '' ? null : f.variantLabel.trim(),
      suppliers,
    },
  };
}
