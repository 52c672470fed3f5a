/**
 * Shelf-edge and barcode labels: what one printed label says, already worded for the
 * store (money in its currency and locale, the date in its locale), so the PDF sheet and
 * the receipt printer lay out the same facts and neither formats money on its own.
 */

export type LabelKind = 'shelf' | 'barcode';

/** How the bars are drawn: retail GTINs as themselves (scanners and shoppers expect them), anything else as Code 128. */
export type LabelSymbology = 'ean13' | 'ean8' | 'upca' | 'code128';

export interface LabelBarcode {
  symbology: LabelSymbology;
  /** The code as printed under the bars and scanned back: digits for GTINs, printable ASCII for Code 128. */
  data: string;
}

export interface LabelDoc {
  kind: LabelKind;
  productId: string;
  name: string;
  sku: string;
  /** The shelf price, e.g. "£12.90". */
  price: string;
  /** For goods sold by kg, litre or metre: "£12.90 / kg"; null for goods sold each. */
  unitPrice: string | null;
  barcode: LabelBarcode | null;
  /** The day the label was printed, in the store's locale: a shopper can tell an old label. */
  date: string;
}

/** One product of a label run as the dialog lists it, with what would stop it printing. */
export interface LabelProductView {
  productId: string;
  name: string;
  sku: string;
  price: string;
  unitPrice: string | null;
  /** The code the label would carry; null if the product has none a till can scan. */
  barcode: string | null;
  problem: null | 'not_found' | 'inactive';
}

export interface LabelPdf {
  /** The PDF file, base64 (replies travel as JSON). */
  pdf: string;
  fileName: string;
  labels: number;
  pages: number;
}
