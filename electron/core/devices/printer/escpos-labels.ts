/**
 * Shelf and barcode labels as ESC/POS bytes for the receipt printer: one label after
 * another, each ending in a cut (a printer without a cutter ignores it and the labels are
 * torn off at the feed). Pure, like escpos-receipt.ts: same labels, same bytes.
 */
import type { ThermalPrinter } from 'node-thermal-printer';
import type { LabelDoc } from '../../../../shared/domain/shelf-labels';
import { barcodeCommand } from './escpos-barcode';
import { leftRight, printable, wrap } from './escpos-layout';
import type { PrinterCommandSet } from './thermal-printer';
import { createBufferPrinter } from './thermal-printer';

export interface LabelRenderOptions {
  columns: number;
  type: PrinterCommandSet;
}

const INIT = Buffer.from([0x1b, 0x40]);
const MIN_COLUMNS = 20;
const ELLIPSIS = '...';

export function renderLabels(labels: readonly LabelDoc[], opts: LabelRenderOptions): Buffer {
  const { columns } = opts;
  if (!Number.isInteger(columns) || columns < MIN_COLUMNS) {
    throw new RangeError(`columns must be an integer of at least ${MIN_COLUMNS}, got ${columns}`);
  }
  // Each label is its own buffer: the cut ends in ESC @, which resets the code page, and a
  // fresh buffer printer selects it again, so the second label's "£" is still a pound sign.
  return Buffer.concat([INIT, ...labels.map((l) => renderLabel(l, opts))]);
}

function renderLabel(l: LabelDoc, { columns, type }: LabelRenderOptions): Buffer {
  const p = createBufferPrinter(type, columns);
  p.alignCenter();
  const half = Math.floor(columns / 2);
  if (l.kind === 'shelf') {
    p.bold(true);
    fitLines(l.name, columns, 2).forEach((line) => p.println(line));
    p.bold(false);
    printPrice(p, l.price, half);
    if (l.unitPrice !== null) p.println(printable(l.unitPrice));
    printBarcode(p, l, type, columns);
    p.alignLeft();
    leftRight(`SKU ${l.sku}`, l.date, columns).forEach((line) => p.println(line));
  } else {
    fitLines(l.name, columns, 1).forEach((line) => p.println(line));
    p.bold(true);
    p.println(printable(l.price));
    p.bold(false);
    printBarcode(p, l, type, columns);
  }
  p.cut();
  return bufferOf(p);
}

/** The price in double width and height when it fits half the columns, else bold at normal size. */
function printPrice(p: ThermalPrinter, price: string, half: number): void {
  const text = printable(price);
  if (text.length <= half) {
    // Size before bold: on EPSON, ESC ! also clears emphasis.
    p.setTextQuadArea();
    p.bold(true);
    p.println(text);
    p.bold(false);
    p.setTextNormal();
  } else {
    p.bold(true);
    p.println(text);
    p.bold(false);
  }
}

function printBarcode(p: ThermalPrinter, l: LabelDoc, type: PrinterCommandSet, columns: number): void {
  if (l.barcode === null) return;
  const command = barcodeCommand(l.barcode, type, columns);
  if (command === null) {
    p.println(printable(l.barcode.data));
    return;
  }
  p.append(command);
  // STAR's ESC b feeds a line itself (n2 = 2); EPSON's GS k leaves the head after the HRI.
  if (type === 'epson') p.newLine();
}

/** At most `lines` lines; when the name goes on, the last one ends in "..." after a whole word. */
function fitLines(name: string, columns: number, lines: number): string[] {
  const all = wrap(name, columns);
  if (all.length <= lines) return all;
  const rest = all.slice(lines - 1).join(' ');
  const last = wrap(rest, columns - ELLIPSIS.length)[0] ?? '';
  return [...all.slice(0, lines - 1), `${last}${ELLIPSIS}`];
}

function bufferOf(p: ThermalPrinter): Buffer {
  // getBuffer() is typed Buffer but is null until something is appended; the code page
  // command from the constructor guarantees that has happened, this just says so.
  const buffer = p.getBuffer() as Buffer | null;
  if (buffer === null) throw new Error('node-thermal-printer produced no bytes');
  return buffer;
}
