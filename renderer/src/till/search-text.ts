import type { Qty } from '../../../shared/domain/units';
import { QTY_ONE } from '../../../shared/domain/units';

/**
 * Digits only, 6 to 14 of them: what barcodes look like (EAN-8, UPC-A, EAN-13, GTIN-14,
 * in-store labels, short internal codes). A name never does, and a SKU with letters is
 * found among the results instead.
 */
export function looksLikeBarcode(text: string): boolean {
  return /^\d{6,14}$/.test(text);
}

/** A count (12) or a weight (0.750, 0,750) keyed before a scan. */
export function looksLikeQty(text: string): boolean {
  return /^\d{1,4}([.,]\d{1,3})?$/.test(text) && keyedQty(text) !== null;
}

/** Keyed text to thousandths: "12" -> 12000, "0.750" -> 750; null for none or zero. */
export function keyedQty(text: string): Qty | null {
  const m = /^(\d{1,4})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (m === null) return null;
  const qty = Number(m[1]) * QTY_ONE + Number((m[2] ?? '').padEnd(3, '0'));
  return qty > 0 ? qty : null;
}
