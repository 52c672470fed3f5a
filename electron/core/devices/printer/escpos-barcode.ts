/**
 * A label's barcode as the printer's own barcode command, so the printer draws the bars
 * at its full resolution and prints the digits under them (HRI) itself. A raster image
 * would be hundreds of times the bytes, blur at the printer's dot pitch unless scaled to
 * whole dots anyway, and cannot be checked by reading the digits back from the bytes.
 *
 * EPSON: GS H/f/w/h set HRI, module width and height, then GS k m n d1..dn (function B,
 * m 65 UPC-A, 67 EAN-13, 68 EAN-8, 73 CODE128 with a "{B" code-set prefix).
 * STAR line mode: ESC b n1 n2 n3 n4 d1..dk RS (n1 1 UPC-A, 2 EAN-8, 3 EAN-13, 6 Code128).
 */
import type { LabelBarcode, LabelSymbology } from '../../../../shared/domain/shelf-labels';
import type { PrinterCommandSet } from './thermal-printer';

const GS = 0x1d;
const ESC = 0x1b;
const HEIGHT_DOTS = 80;
/** A character of font A is 12 dots wide, so a line of `columns` characters is the printable width. */
const DOTS_PER_COLUMN = 12;

const EPSON_TYPE: Record<LabelSymbology, number> = { upca: 65, ean13: 67, ean8: 68, code128: 73 };
const STAR_TYPE: Record<LabelSymbology, number> = { upca: 1, ean8: 2, ean13: 3, code128: 6 };

/** Modules wide, quiet zones included: what decides whether a code fits the paper. */
function modulesOf(b: LabelBarcode): number {
  switch (b.symbology) {
    case 'ean13':
    case 'upca':
      return 95 + 18;
    case 'ean8':
      return 67 + 14;
    case 'code128':
      // Start, one symbol per character (set B), check and stop (13 modules), quiet zones of 10.
      return 11 * (b.data.length + 2) + 13 + 20;
  }
}

/**
 * The bytes that print `barcode` with its digits under it, or null when it is too wide for
 * the paper even at the thinnest module: the label then prints the code as text only.
 */
export function barcodeCommand(barcode: LabelBarcode, type: PrinterCommandSet, columns: number): Buffer | null {
  const dots = columns * DOTS_PER_COLUMN;
  const modules = modulesOf(barcode);
  const module = [3, 2].find((m) => m * modules <= dots);
  if (module === undefined) return null;
  const data = Buffer.from(barcode.data, 'latin1');
  if (type === 'star') {
    // n2 2: digits under the bars, then a line feed; n3 1/2: a 2- or 3-dot module.
    return Buffer.concat([Buffer.from([ESC, 0x62, STAR_TYPE[barcode.symbology], 2, module - 1, HEIGHT_DOTS]), data, Buffer.from([0x1e])]);
  }
  const payload =
    barcode.symbology === 'code128' ? Buffer.from(`{B${barcode.data.replace(/\{/g, '{{')}`, 'latin1') : data;
  if (payload.length > 255) return null;
  return Buffer.concat([
    Buffer.from([GS, 0x48, 2, GS, 0x66, 0, GS, 0x77, module, GS, 0x68, HEIGHT_DOTS]),
    Buffer.from([GS, 0x6b, EPSON_TYPE[barcode.symbology], payload.length]),
    payload,
  ]);
}
