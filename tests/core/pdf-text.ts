/**
 * Reads a PDF that pdfkit wrote back into pages of positioned text, for label tests: the
 * content streams are inflated with node:zlib and each text object's Tm position and its
 * TJ strings (hex, WinAnsi) are collected. Tests only: it knows pdfkit's output, not PDF.
 */
import zlib from 'node:zlib';

export interface PdfTextItem {
  /** From the left edge of the page, in points. */
  x: number;
  /** From the top edge of the page, in points (the baseline). */
  y: number;
  text: string;
}

export interface PdfPages {
  pageCount: number;
  mediaBoxes: string[];
  pages: PdfTextItem[][];
  valid: boolean;
}

const WIN_ANSI_EURO = 0x80;

export function readPdf(bytes: Buffer): PdfPages {
  const raw = bytes.toString('latin1');
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(zlib.inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (none in these PDFs, but never fail the reading on one).
    }
  }
  const pageHeight = 841.89;
  const pages = streams
    .filter((s) => s.includes(' cm'))
    .map((s) => {
      const items: PdfTextItem[] = [];
      const text = /1 0 0 1 ([\d.]+) ([\d.]+) Tm\n\/F\d+ [\d.]+ Tf\n\[(.*)\] TJ/g;
      for (let m = text.exec(s); m !== null; m = text.exec(s)) {
        const hexes = [...(m[3] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1] ?? '');
        const str = hexes
          .map((h) => [...Buffer.from(h, 'hex')].map((c) => (c === WIN_ANSI_EURO ? '€' : String.fromCharCode(c))).join(''))
          .join('');
        items.push({ x: Number(m[1]), y: pageHeight - Number(m[2]), text: str });
      }
      return items;
    });
  return {
    pageCount: (raw.match(/\/Type \/Page\b/g) ?? []).length,
    mediaBoxes: [...raw.matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => (m[1] ?? '').trim()),
    pages,
    valid: raw.startsWith('%PDF-') && raw.trimEnd().endsWith('%%EOF'),
  };
}
