/**
 * A purchase order as the supplier receives it: an A4 PDF with the store's name and
 * address, the supplier and its contact, the reference and date, one row per line
 * (supplier code, product, quantity, packs, unit cost, line total) and the total.
 * Standard Helvetica, like the label sheets: no font file to ship.
 */
import PDFDocument from 'pdfkit';
import type { PurchaseOrderView } from '../../../shared/domain/purchasing';
import { formatMoney, formatQty, type MoneyFormat } from '../../../shared/money';
import { printable } from '../devices/printer/escpos-layout';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const ROW = 16;

export interface OrderPdfParties {
  store: { name: string; address: string };
  supplier: { name: string; contact: string; address: string };
  deliverTo: { name: string; address: string };
  date: string;
  money: MoneyFormat;
}

/** Columns: x of each column's left edge and its width; numbers right-aligned. */
const COLS = [
  { key: 'code', x: MARGIN, w: 80, right: false },
  { key: 'name', x: MARGIN + 84, w: 196, right: false },
  { key: 'qty', x: MARGIN + 284, w: 50, right: true },
  { key: 'packs', x: MARGIN + 338, w: 50, right: true },
  { key: 'cost', x: MARGIN + 392, w: 52, right: true },
  { key: 'total', x: MARGIN + 448, w: 51, right: true },
] as const;

export async function orderPdf(o: PurchaseOrderView, parties: OrderPdfParties): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: A4,
    margin: MARGIN,
    info: { Title: o.reference, Producer: 'Tillbox', Creator: 'Tillbox' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const money = (n: number) => formatMoney(n, parties.money);
  const locale = parties.money.locale;

  pdf.font('Helvetica-Bold').fontSize(18);
  text(pdf, 'Purchase order', MARGIN, MARGIN);
  pdf.font('Helvetica').fontSize(10);
  text(pdf, `Reference: ${o.reference}`, 360, MARGIN);
  text(pdf, `Date: ${parties.date}`, 360, MARGIN + 14);
  if (o.expectedOn !== null) text(pdf, `Expected: ${o.expectedOn}`, 360, MARGIN + 28);
  if (o.backorderOf !== null) text(pdf, `Backorder of ${o.backorderOf.reference}`, 360, MARGIN + 42);

  let y = MARGIN + 70;
  y = block(pdf, 'From', [parties.store.name, ...lines(parties.store.address)], MARGIN, y);
  const supplierEnd = block(
    pdf,
    'To',
    [parties.supplier.name, parties.supplier.contact, ...lines(parties.supplier.address)].filter((s) => s !== ''),
    MARGIN,
    y,
  );
  const deliverEnd = block(pdf, 'Deliver to', [parties.deliverTo.name, ...lines(parties.deliverTo.address)], 320, y);
  y = Math.max(supplierEnd, deliverEnd) + 10;

  const header = {
    code: 'Supplier code',
    name: 'Product',
    qty: 'Qty',
    packs: 'Packs',
    cost: 'Unit cost',
    total: 'Line total',
  };
  const drawHeader = () => {
    pdf.font('Helvetica-Bold').fontSize(9);
    row(pdf, header, y);
    y += ROW;
    pdf
      .moveTo(MARGIN, y - 4)
      .lineTo(A4[0] - MARGIN, y - 4)
      .lineWidth(0.5)
      .stroke();
    pdf.font('Helvetica').fontSize(9);
  };
  drawHeader();
  for (const l of o.lineItems) {
    if (y > A4[1] - MARGIN - 3 * ROW) {
      pdf.addPage();
      y = MARGIN;
      drawHeader();
    }
    row(
      pdf,
      {
        code: l.supplierCode,
        name: l.name,
        qty: formatQty(l.qtyOrdered, l.unit, locale),
        packs:
          l.packSize === 1000
            ? ''
            : `${formatQty(Math.ceil((l.qtyOrdered * 1000) / l.packSize), 'each', locale)} x ${formatQty(l.packSize, l.unit, locale)}`,
        cost: money(l.unitCost),
        total: money(l.lineTotal),
      },
      y,
    );
    y += ROW;
  }
  pdf
    .moveTo(MARGIN, y)
    .lineTo(A4[0] - MARGIN, y)
    .lineWidth(0.5)
    .stroke();
  y += 8;
  pdf.font('Helvetica-Bold').fontSize(11);
  const total = latin1(money(o.total));
  text(pdf, 'Total', COLS[4].x, y);
  text(pdf, total, A4[0] - MARGIN - pdf.widthOfString(total), y);
  if (o.note !== '') {
    pdf.font('Helvetica').fontSize(9);
    pdf.text(latin1(o.note), MARGIN, y + 30, { width: A4[0] - 2 * MARGIN });
  }
  pdf.end();
  return done;
}

function block(pdf: PDFKit.PDFDocument, title: string, body: string[], x: number, y: number): number {
  pdf.font('Helvetica-Bold').fontSize(9);
  text(pdf, title, x, y);
  pdf.font('Helvetica').fontSize(10);
  let at = y + 13;
  for (const s of body.slice(0, 8)) {
    text(pdf, shorten(pdf, s, 240), x, at);
    at += 13;
  }
  return at + 6;
}

function row(pdf: PDFKit.PDFDocument, cells: Record<(typeof COLS)[number]['key'], string>, y: number): void {
  for (const c of COLS) {
    const s = shorten(pdf, cells[c.key], c.w);
    text(pdf, s, c.right ? c.x + c.w - pdf.widthOfString(s) : c.x, y);
  }
}

function lines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function text(pdf: PDFKit.PDFDocument, s: string, x: number, y: number): void {
  pdf.text(latin1(s), x, y, { lineBreak: false });
}

function shorten(pdf: PDFKit.PDFDocument, s: string, width: number): string {
  const t = latin1(s);
  if (pdf.widthOfString(t) <= width) return t;
  let n = t.length;
  while (n > 0 && pdf.widthOfString(`${t.slice(0, n)}...`) > width) n -= 1;
  return `${t.slice(0, n).trimEnd()}...`;
}

/** The standard fonts carry WinAnsi: anything else becomes '?', control characters a space. */
function latin1(s: string): string {
  return printable(s).replace(/[^\x20-\x7e\u00a0-\u00ff\u20ac]/g, '?');
}
