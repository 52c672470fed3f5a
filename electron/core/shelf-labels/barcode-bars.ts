import bwipjs from 'bwip-js/node';
import type { LabelBarcode } from '../../../shared/domain/shelf-labels';

export interface Bars {
  /** Widths in modules, bar first, then space, bar, space... */
  widths: number[];
  /** The symbol's width in modules, quiet zones not included. */
  modules: number;
  /** Modules of blank space a scanner needs on each side (EAN-13: 11 left, 7 right; rounded up to the larger). */
  quiet: number;
}

const BCID: Record<LabelBarcode['symbology'], string> = { ean13: 'ean13', ean8: 'ean8', upca: 'upca', code128: 'code128' };
const QUIET: Record<LabelBarcode['symbology'], number> = { ean13: 11, ean8: 7, upca: 9, code128: 10 };

/**
 * The bars of a code as module widths, from bwip-js's encoder, so the PDF draws them as
 * vector rectangles: sharp at any printer's resolution, a few bytes each, and no image
 * per label. null when the encoder refuses the code; the label then shows its digits only.
 */
export function barsOf(barcode: LabelBarcode): Bars | null {
  try {
    const [symbol] = bwipjs.raw({ bcid: BCID[barcode.symbology], text: barcode.data });
    if (symbol === undefined || !('sbs' in symbol)) return null;
    const widths = symbol.sbs;
    return { widths, modules: widths.reduce((a, b) => a + b, 0), quiet: QUIET[barcode.symbology] };
  } catch {
    return null;
  }
}
