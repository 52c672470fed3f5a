import bwipjs from 'bwip-js/node';
import PDFDocument from 'pdfkit';
import type { ReceiptDoc } from '../../../shared/domain/receipt';
import { receiptBlocks } from '../devices/printer/receipt-layout';

/** The receipt on 80 mm paper: 42 characters of Courier, as the printer lays it out. */
const COLUMNS = 42;
const FONT_SIZE = 8;
const CHAR_WIDTH = FONT_SIZE * 0.6;
const LINE_HEIGHT = FONT_SIZE * 1.25;
const MARGIN = 12;
const BARCODE_HEIGHT = 40;
const PAGE_WIDTH = COLUMNS * CHAR_WIDTH + 2 * MARGIN;

/**
 * A receipt as a PDF: the same blocks of text the printer gets (devices/printer/
 * receipt-layout.ts), in a monospaced font, with the receipt number's CODE128, so a PDF
 * saved from the sales history or emailed later reads exactly like the paper receipt.
 * Courier covers Latin-1 and the euro sign; text outside it is printed as '?', never
 * allowed to fail the document.
 */
export async function receiptPdf(doc: ReceiptDoc): Promise<Buffer> {
  const blocks = receiptBlocks(doc, COLUMNS);
  const barcode = await barcodePng(doc.receiptNumber);
  let height = 2 * MARGIN;
  for (const b of blocks) {
    if (b.kind === 'feed') height += LINE_HEIGHT;
    else if (b.kind === 'barcode') height += barcode === null ? 0 : BARCODE_HEIGHT + LINE_HEIGHT / 2;
    else height += b.lines.length * LINE_HEIGHT * (b.size === 'normal' ? 1 : 2);
  }

  const pdf = new PDFDocument({
    size: [PAGE_WIDTH, height],
    margin: MARGIN,
    info: { Title: `Receipt ${doc.receiptNumber}`, Producer: 'Tillbox', Creator: 'Tillbox' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  let y = MARGIN;
  for (const b of blocks) {
    if (b.kind === 'feed') {
      y += LINE_HEIGHT;
    } else if (b.kind === 'barcode') {
      if (barcode === null) continue;
      const width = Math.min(PAGE_WIDTH - 2 * MARGIN, 180);
      pdf.image(barcode, (PAGE_WIDTH - width) / 2, y, { width, height: BARCODE_HEIGHT });
      y += BARCODE_HEIGHT + LINE_HEIGHT / 2;
    } else {
      const scaleX = b.size === 'quad' ? 2 : 1;
      const scaleY = b.size === 'normal' ? 1 : 2;
      pdf.font(b.bold ? 'Courier-Bold' : 'Courier').fontSize(FONT_SIZE * scaleY);
      for (const line of b.lines) {
        const text = latin1(line);
        // Courier is monospaced: a quad line's characters are as wide as two normal ones.
        const width = text.length * CHAR_WIDTH * scaleX;
        const x = b.align === 'center' ? (PAGE_WIDTH - width) / 2 : MARGIN;
        // Double height alone: a taller font squeezed back to one character's width.
        // (pdfkit supports horizontalScaling; its type declarations lag behind.)
        const options: PDFKit.Mixins.TextOptions & { horizontalScaling: number } = {
          lineBreak: false,
          horizontalScaling: b.size === 'tall' ? 50 : 100,
        };
        pdf.text(text, x, y, options);
        y += LINE_HEIGHT * scaleY;
      }
    }
  }
  pdf.end();
  return done;
}

async function barcodePng(value: string): Promise<Buffer | null> {
  if (!/^[\x20-\x7e]{1,80}$/.test(value)) return null;
  try {
    return await bwipjs.toBuffer({ bcid: 'code128', text: value, scale: 2, height: 10, includetext: false });
  } catch {
    // A number CODE128 cannot carry still gets its receipt, as text.
    return null;
  }
}

/** The standard PDF fonts carry WinAnsi: keep what it has, replace the rest. */
function latin1(text: string): string {
  return text.replace(/[^\x20-\x7e\u00a0-\u00ff\u20ac]/g, '?');
}
