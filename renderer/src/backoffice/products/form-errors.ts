import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';

/**
 * Which form field a failure belongs on. Input issues name their path; a domain failure
 * (a SKU or barcode already used, an unknown tax rate) carries only its code, so the field
 * is read from the code's words.
 */
const FIELD_BY_CODE_WORD: readonly [RegExp, string][] = [
  [/sku/, 'sku'],
  [/barcode|check_digit/, 'barcodes'],
  [/tax/, 'taxRateId'],
  [/categor/, 'categoryId'],
  [/supplier/, 'suppliers'],
  [/variant|parent/, 'variantLabel'],
  [/price/, 'price'],
];

/** The core's answer as messages per field; `form` holds what belongs on no field. */
export function serverErrors(t: TFunction, e: unknown): Partial<Record<string, string>> & { form?: string } {
  if (!(e instanceof ApiError)) return {};
  if (e.code === 'invalid_input' && e.issues.length > 0) {
    const out: Record<string, string> = {};
    for (const issue of e.issues) out[issue.path] ??= issue.message;
    return out;
  }
  const field = FIELD_BY_CODE_WORD.find(([word]) => word.test(e.code))?.[1];
  const message = t(`errors.${e.code}`);
  return field === undefined ? { form: message } : { [field]: message };
}

/** Whether a failure says someone else saved the product first (products.update's version check). */
export function isStaleProduct(e: unknown): boolean {
  // Compared as a string: the code arrives with the core's catalog handlers.
  return e instanceof ApiError && (e.code as string) === 'product_changed';
}
