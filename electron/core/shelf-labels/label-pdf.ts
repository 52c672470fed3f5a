/**
 * Labels on an A4 sheet as a PDF: one label per cell, row by row, starting after the
 * cells of the first sheet already used. Text in the standard Helvetica (no font file to
 * ship), bars as vector rectangles (barcode-bars.ts).
 */
import PDFDocument from 'pdfkit';
import type { LabelDoc } from '../../../shared/domain/shelf-labels';
import { LABEL_SHEETS, labelsPerSheet, type LabelSheetId } from '../../../shared/label-sheets';
import { printable } from '../devices/printer/escpos-layout';
import { barsOf } from './barcode-bars';

const MM = 72 / 25.4;
const A4: [number, number] = [595.28, 841.89];
const PAD = 2 * MM;
/** GS1's smallest EAN module is 0.264 mm (80 %); wider than 0.5 mm gains nothing on a shelf. */
const MAX_MODULE = 0.5 * MM;
const ELLIPSIS = '...';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export async function labelSheetPdf(labels: readonly LabelDoc[], sheetId: LabelSheetId, skip: number): Promise<{ bytes: Buffer; pages: number }> {
  const sheet = LABEL_SHEETS[sheetId];
  const per = labelsPerSheet(sheetId);
  const pages = Math.max(1, Math.ceil((skip + labels.length) / per));
  const pdf = new PDFDocument({
    size: A4,
    margin: 0,
    autoFirstPage: false,
    info: { Title: 'Labels', Producer: 'Tillbox', Creator: 'Tillbox' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (let page = 0; page < pages; page += 1) {
    pdf.addPage({ size: A4, margin: 0 });
    for (let cell = 0; cell < per; cell += 1) {
      const label = labels[page * per + cell - skip];
      if (label === undefined) continue;
      const col = cell % sheet.columns;
      const row = Math.floor(cell / sheet.columns);
      const box: Box = {
        x: (sheet.left + col * sheet.pitchX) * MM + PAD,
        y: (sheet.top + row * sheet.pitchY) * MM + PAD,
        w: sheet.width * MM - 2 * PAD,
        h: sheet.height * MM - 2 * PAD,
      };
      if (label.kind === 'shelf') drawShelfLabel(pdf, label, box);
      else drawBarcodeLabel(pdf, label, box);
    }
  }
  pdf.end();
  return { bytes: await done, pages };
}

/** Name at the top, the price as large as the room allows, the unit price, then barcode left and SKU and date right. */
function drawShelfLabel(pdf: PDFKit.PDFDocument, l: LabelDoc, b: Box): void {
  const nameSize = Math.min(10, Math.max(6, b.h / 9));
  const nameLines = b.h > 80 ? 2 : 1;
  let y = b.y;
  pdf.font('Helvetica-Bold').fontSize(nameSize);
  for (const line of fitLines(pdf, l.name, b.w, nameLines)) {
    text(pdf, line, b.x, y);
    y += nameSize * 1.15;
  }
  const bottom = b.h * 0.34;
  const smallSize = Math.max(5, Math.min(7, b.h / 12));
  const unitSize = smallSize * 1.3;
  const unitRoom = l.unitPrice === null ? 0 : unitSize * 1.3;
  const priceRoom = b.y + b.h - bottom - y - unitRoom;
  pdf.font('Helvetica-Bold');
  const priceSize = fitSize(pdf, l.price, b.w, Math.max(8, priceRoom / 1.05));
  pdf.fontSize(priceSize);
  text(pdf, l.price, b.x, y);
  y += priceSize * 1.02;
  if (l.unitPrice !== null) {
    pdf.font('Helvetica-Bold').fontSize(unitSize);
    text(pdf, l.unitPrice, b.x, y);
  }
  const band: Box = { x: b.x, y: b.y + b.h - bottom, w: b.w, h: bottom };
  const info = [`SKU ${l.sku}`, l.date];
  pdf.font('Helvetica').fontSize(smallSize);
  const infoWidth = Math.min(b.w * 0.4, Math.max(...info.map((s) => pdf.widthOfString(latin1(s)))));
  info.forEach((s, i) => {
    const fitted = shorten(pdf, s, b.w * 0.4);
    text(pdf, fitted, band.x + band.w - pdf.widthOfString(latin1(fitted)), band.y + band.h - (info.length - i) * smallSize * 1.2);
  });
  if (l.barcode !== null) drawBarcode(pdf, l, { ...band, w: band.w - infoWidth - PAD });
}

/** Name and price on top, then the barcode with its digits as wide as the label allows. */
function drawBarcodeLabel(pdf: PDFKit.PDFDocument, l: LabelDoc, b: Box): void {
  const size = Math.min(9, Math.max(5.5, b.h / 8));
  pdf.font('Helvetica-Bold').fontSize(size);
  const priceWidth = pdf.widthOfString(latin1(l.price));
  text(pdf, l.price, b.x + b.w - priceWidth, b.y);
  pdf.font('Helvetica').fontSize(size);
  text(pdf, shorten(pdf, l.name, b.w - priceWidth - PAD), b.x, b.y);
  const top = b.y + size * 1.4;
  drawBarcode(pdf, l, { x: b.x, y: top, w: b.w, h: b.y + b.h - top }, true);
}

/** Bars centred in the box, digits under them; a code the encoder refuses shows its digits alone. */
function drawBarcode(pdf: PDFKit.PDFDocument, l: LabelDoc, b: Box, centre = false): void {
  if (l.barcode === null) return;
  const digitsSize = Math.max(5, Math.min(8, b.h / 5));
  const barsHeight = b.h - digitsSize * 1.25;
  const bars = barsOf(l.barcode);
  pdf.font('Helvetica').fontSize(digitsSize);
  const digits = latin1(l.barcode.data);
  if (bars === null || barsHeight < 6) {
    text(pdf, digits, b.x, b.y + Math.max(0, barsHeight));
    return;
  }
  const module = Math.min(MAX_MODULE, b.w / (bars.modules + 2 * bars.quiet));
  const width = module * bars.modules;
  const x0 = centre ? b.x + (b.w - width) / 2 : b.x + module * bars.quiet;
  let x = x0;
  bars.widths.forEach((w, i) => {
    if (i % 2 === 0) pdf.rect(x, b.y, w * module, barsHeight);
    x += w * module;
  });
  pdf.fillColor('black').fill();
  const digitsWidth = pdf.widthOfString(digits);
  text(pdf, digits, x0 + (width - digitsWidth) / 2, b.y + barsHeight + digitsSize * 0.15);
}

function text(pdf: PDFKit.PDFDocument, s: string, x: number, y: number): void {
  pdf.text(latin1(s), x, y, { lineBreak: false });
}

/** The largest font size up to `max` at which `s` fits `width`. */
function fitSize(pdf: PDFKit.PDFDocument, s: string, width: number, max: number): number {
  pdf.fontSize(max);
  const w = pdf.widthOfString(latin1(s));
  return w <= width ? max : Math.max(6, (max * width) / w);
}

/** Words onto at most `lines` lines of `width`; what does not fit ends in "...". */
function fitLines(pdf: PDFKit.PDFDocument, s: string, width: number, lines: number): string[] {
  const words = latin1(s).split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const next = line === '' ? word : `${line} ${word}`;
    if (pdf.widthOfString(next) <= width || line === '') {
      line = next;
      continue;
    }
    if (out.length === lines - 1) return [...out, shorten(pdf, `${line} ${words.slice(i).join(' ')}`, width)];
    out.push(line);
    line = word;
  }
  return [...out, shorten(pdf, line, width)];
}

function shorten(pdf: PDFKit.PDFDocument, s: string, width: number): string {
  const t = latin1(s);
  if (pdf.widthOfString(t) <= width) return t;
  let n = t.length;
  while (n > 0 && pdf.widthOfString(t.slice(0, n) + ELLIPSIS) > width) n -= 1;
  return t.slice(0, n).trimEnd() + ELLIPSIS;
}

/**
 * The standard PDF fonts carry WinAnsi: locale spaces and minus signs become their ASCII
 * twins (fr-FR writes "12,90\u202f€"), control characters a space, anything else '?'.
 */
function latin1(s: string): string {
  return printable(s).replace(/[^\x20-\x7e\u00a0-\u00ff\u20ac]/g, '?');
}
