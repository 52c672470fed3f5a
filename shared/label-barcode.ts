/**
 * Which of a product's barcodes goes on its label, and as what symbology. Pure, so the
 * rule is tested on its own (tests/unit/label-barcode.test.ts).
 */
import { isValidGtin, parseInStoreCode } from './barcode';
import type { InStoreRule } from './instore-rules';
import type { LabelBarcode } from './domain/shelf-labels';

// Code 128 set B carries printable ASCII; longer codes would not fit a label's width.
const CODE128_TEXT = /^[\x20-\x7e]{1,40}$/;

/** A code as its bars: a GTIN as itself, any other printable code as Code 128, null if it cannot be drawn. */
export function labelBarcode(code: string): LabelBarcode | null {
  if (isValidGtin(code)) {
    if (code.length === 13) return { symbology: 'ean13', data: code };
    if (code.length === 12) return { symbology: 'upca', data: code };
    if (code.length === 8) return { symbology: 'ean8', data: code };
  }
  return CODE128_TEXT.test(code) ? { symbology: 'code128', data: code } : null;
}

const RANK: Record<LabelBarcode['symbology'], number> = { ean13: 0, upca: 1, ean8: 2, code128: 3 };

/**
 * The code a label carries: a retail GTIN before anything else, then the lowest code, so
 * the same product always gets the same label. A code that an in-store rule claims (the
 * 21… base code of goods weighed at a scale) is left out: scanned from a shelf it reads
 * as a label for zero kg, which the till refuses.
 */
export function pickLabelBarcode(
  codes: readonly string[],
  rules: readonly InStoreRule[],
  currencyExponent: number,
): LabelBarcode | null {
  const candidates = codes
    .filter((c) => parseInStoreCode(c, rules, currencyExponent) === null)
    .map(labelBarcode)
    .filter((b): b is LabelBarcode => b !== null)
    .sort((a, b) => RANK[a.symbology] - RANK[b.symbology] || (a.data < b.data ? -1 : a.data > b.data ? 1 : 0));
  return candidates[0] ?? null;
}
