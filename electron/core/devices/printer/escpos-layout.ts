/**
 * Fixed-width text layout for receipts: plain strings in, plain lines out, no printer
 * involved, so column maths can be tested on its own. A line never exceeds `width`
 * characters; the printer would otherwise wrap it wherever it liked.
 */

// Intl separates thousands and currency with thin or no-break spaces (fr-FR: "1 234,56 €")
// and uses a real minus sign in some locales. Code pages lack most of them, and
// node-thermal-printer would switch code page mid-line to find one.
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const MINUS = /\u2212/g;
// A product name is data typed by staff: an ESC or GS in it would be executed by the
// printer (a stray 1B 70 opens the drawer), so control characters never reach the bytes.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function printable(text: string): string {
  return text.replace(SPACES, ' ').replace(MINUS, '-').replace(CONTROL, ' ');
}

/** Word-wraps to width; a word longer than a line is split. Always at least one line. */
export function wrap(text: string, width: number): string[] {
  assertWidth(width);
  const lines: string[] = [];
  let line = '';
  for (const word of printable(text).split(' ').filter((w) => w !== '')) {
    let rest = word;
    while (rest.length > 0) {
      const room = line === '' ? width : width - line.length - 1;
      if (rest.length <= room) {
        line = line === '' ? rest : `${line} ${rest}`;
        rest = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Left text wrapped in its own column, right text flush right on the first line:
 * "Milk                   £2.40 B". If the right text leaves no room, it gets a line of its own.
 */
export function leftRight(left: string, right: string, width: number): string[] {
  assertWidth(width);
  const r = printable(right);
  const room = width - r.length - 1;
  if (room < 1) return [...wrap(left, width), padStart(r, width)];
  const lines = wrap(left, room);
  const first = lines[0] ?? '';
  return [first + ' '.repeat(width - first.length - r.length) + r, ...lines.slice(1)];
}

export type Align = 'left' | 'right';

/**
 * Rows of cells as aligned columns, each as wide as its widest cell and the spare room
 * shared out between them. A row too wide for the paper falls back to one line per
 * row with single spaces, then wraps, rather than losing a figure.
 */
export function table(rows: readonly (readonly string[])[], aligns: readonly Align[], width: number): string[] {
  assertWidth(width);
  const cells = rows.map((row) => row.map(printable));
  const count = Math.max(0, ...cells.map((row) => row.length));
  const widths = Array.from({ length: count }, (_, i) => Math.max(0, ...cells.map((row) => (row[i] ?? '').length)));
  const content = widths.reduce((a, b) => a + b, 0);
  const gaps = count - 1;
  if (gaps < 0) return [];
  if (content + gaps > width) return cells.flatMap((row) => wrap(row.join(' '), width));

  const spare = width - content;
  // Extra room goes to the gaps from the right, so figures line up at the right margin.
  const gapWidths = Array.from({ length: gaps }, (_, i) => Math.floor(spare / gaps) + (gaps - i <= spare % gaps ? 1 : 0));
  return cells.map((row) =>
    widths
      .map((w, i) => {
        const text = row[i] ?? '';
        const cell = aligns[i] === 'right' ? padStart(text, w) : text.padEnd(w);
        return i < gaps ? cell + ' '.repeat(gapWidths[i] ?? 1) : cell;
      })
      .join('')
      .trimEnd(),
  );
}

export function separator(width: number, char = '-'): string {
  assertWidth(width);
  return char.repeat(width);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function assertWidth(width: number): void {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`width must be a positive integer, got ${width}`);
}
