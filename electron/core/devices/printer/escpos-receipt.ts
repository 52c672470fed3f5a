/**
 * A ReceiptDoc as ESC/POS bytes. Pure: same document and options, same bytes, so the
 * whole receipt is tested without a printer (tests/devices/escpos-receipt.test.ts).
 */
import type { ThermalPrinter } from 'node-thermal-printer';
import type { ReceiptDoc } from '../../../../shared/domain/receipt';
import type { DrawerPin } from './drawer-pulse';
import { drawerPulse } from './drawer-pulse';
import { receiptBlocks } from './receipt-layout';
import type { ReceiptLabels } from './receipt-labels';
import type { PrinterCommandSet } from './thermal-printer';
import { createBufferPrinter, epsonCode128Settings, starCode128Settings } from './thermal-printer';

export interface ReceiptRenderOptions {
  /** Characters per line in the normal font: 42 or 48 on 80 mm paper, 32 on 58 mm. */
  columns: number;
  openDrawer: boolean;
  drawerPin: DrawerPin;
  type: PrinterCommandSet;
  labels?: Partial<ReceiptLabels>;
}

const MIN_COLUMNS = 20;
// Resets modes a previous, interrupted job may have left on (double height, bold).
const INIT = Buffer.from([0x1b, 0x40]);
const BARCODE_HEIGHT_DOTS = 80;

export function renderReceipt(doc: ReceiptDoc, opts: ReceiptRenderOptions): Buffer {
  const { columns } = opts;
  if (!Number.isInteger(columns) || columns < MIN_COLUMNS) {
    throw new RangeError(`columns must be an integer of at least ${MIN_COLUMNS}, got ${columns}`);
  }
  const p = createBufferPrinter(opts.type, columns);
  for (const block of receiptBlocks(doc, columns, opts.labels)) {
    if (block.kind === 'feed') {
      p.newLine();
    } else if (block.kind === 'barcode') {
      p.alignCenter();
      const barcode = code128Data(block.data, opts.type);
      if (barcode !== null) {
        p.code128(
          barcode,
          opts.type === 'star'
            ? starCode128Settings(BARCODE_HEIGHT_DOTS)
            : epsonCode128Settings({ width: columns >= 42 ? 3 : 2, height: BARCODE_HEIGHT_DOTS }),
        );
        p.newLine();
      }
      p.alignLeft();
    } else {
      if (block.align === 'center') p.alignCenter();
      // Size before bold: on EPSON, ESC ! also clears emphasis, so bold must come after it.
      if (block.size === 'tall') p.setTextDoubleHeight();
      if (block.size === 'quad') p.setTextQuadArea();
      if (block.bold) p.bold(true);
      block.lines.forEach((t) => p.println(t));
      if (block.bold) p.bold(false);
      if (block.size !== 'normal') p.setTextNormal();
      if (block.align === 'center') p.alignLeft();
    }
  }
  // Before the cut: the drawer springs open while the paper feeds, not after it.
  if (opts.openDrawer) p.append(drawerPulse(opts.type, opts.drawerPin));
  p.cut();

  return Buffer.concat([INIT, bufferOf(p)]);
}

/**
 * The bytes code128() will carry, or null when the number cannot be a CODE128-B symbol
 * (outside printable ASCII, or too long for the one length byte). Then the receipt
 * prints the number as text only, rather than failing to print at all.
 */
function code128Data(receiptNumber: string, type: PrinterCommandSet): string | null {
  if (!/^[\x20-\x7e]+$/.test(receiptNumber)) return null;
  // EPSON prefixes the data with "{B" to select code set B; a literal "{" must be doubled.
  const data = type === 'epson' ? receiptNumber.replace(/\{/g, '{{') : receiptNumber;
  return data.length <= 253 ? data : null;
}

function bufferOf(p: ThermalPrinter): Buffer {
  // getBuffer() is typed Buffer but is null until something is appended; the code page
  // command from the constructor guarantees that has happened, this just says so.
  const buffer = p.getBuffer() as Buffer | null;
  if (buffer === null) throw new Error('node-thermal-printer produced no bytes');
  return buffer;
}
