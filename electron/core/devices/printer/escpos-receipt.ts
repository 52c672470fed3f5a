/**
 * A ReceiptDoc as ESC/POS bytes. Pure: same document and options, same bytes, so the
 * whole receipt is tested without a printer (tests/devices/escpos-receipt.test.ts).
 */
import type { ThermalPrinter } from 'node-thermal-printer';
import type { ReceiptDoc, ReceiptLine } from '../../../../shared/domain/receipt';
import { formatMoney, formatQty, type MoneyFormat } from '../../../../shared/money';
import { rateLabel } from '../../../../shared/tax';
import { QTY_ONE } from '../../../../shared/domain/units';
import type { DrawerPin } from './drawer-pulse';
import { drawerPulse } from './drawer-pulse';
import { leftRight, separator, table, wrap } from './escpos-layout';
import type { ReceiptLabels } from './receipt-labels';
import { ENGLISH_RECEIPT_LABELS } from './receipt-labels';
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
  const labels: ReceiptLabels = { ...ENGLISH_RECEIPT_LABELS, ...opts.labels };
  const format: MoneyFormat = {
    currency: doc.store.currency,
    currencyExponent: doc.store.currencyExponent,
    locale: doc.store.locale,
  };
  const { locale } = format;
  const money = (amount: number): string => formatMoney(amount, format);
  const p = createBufferPrinter(opts.type, columns);
  const lines = (texts: readonly string[]): void => texts.forEach((t) => p.println(t));

  p.alignCenter();
  // Size before bold: on EPSON, ESC ! also clears emphasis, so bold must come after it.
  p.setTextDoubleHeight();
  p.bold(true);
  lines(wrap(doc.store.name, columns));
  p.bold(false);
  p.setTextNormal();
  lines(doc.store.address.split('\n').flatMap((part) => wrap(part, columns)));
  p.alignLeft();
  p.newLine();
  lines(leftRight(`${labels.till} ${doc.tillCode}`, `${labels.receipt} ${doc.receiptNumber}`, columns));
  lines(leftRight(formatDateTime(doc.createdAt, locale), `${labels.cashier}: ${doc.cashierName}`, columns));

  if (doc.reprint) {
    p.alignCenter();
    p.setTextQuadArea();
    p.bold(true);
    lines(wrap(`*** ${labels.copy} ***`, Math.floor(columns / 2)));
    p.bold(false);
    p.setTextNormal();
    p.alignLeft();
  }

  p.println(separator(columns));
  for (const line of doc.lines) {
    lines(leftRight(line.name, `${money(line.amount)} ${line.taxCode}`, columns));
    const detail = quantityDetail(line, format);
    if (detail !== null) lines(wrap(detail, columns - 2).map((t) => `  ${t}`));
  }
  p.println(separator(columns));

  // Total, in double width and height: half as many characters fit.
  p.setTextQuadArea();
  p.bold(true);
  lines(leftRight(labels.total, money(doc.totals.total), Math.floor(columns / 2)));
  p.bold(false);
  p.setTextNormal();
  p.newLine();

  lines(
    table(
      [
        [labels.taxCode, labels.taxRate, labels.taxNet, labels.taxAmount, labels.taxGross],
        ...doc.totals.breakdown.map((row) => [
          row.code,
          rateLabel(row.rateBps, locale),
          money(row.net),
          money(row.tax),
          money(row.gross),
        ]),
      ],
      ['left', 'right', 'right', 'right', 'right'],
      columns,
    ),
  );
  p.println(separator(columns));

  lines(leftRight(labels.cashTendered, money(doc.tendered), columns));
  lines(leftRight(labels.change, money(doc.change), columns));
  p.newLine();

  // Receipt number as a barcode, so a return or reprint starts with a scan.
  p.alignCenter();
  const barcode = code128Data(doc.receiptNumber, opts.type);
  if (barcode !== null) {
    p.code128(
      barcode,
      opts.type === 'star'
        ? starCode128Settings(BARCODE_HEIGHT_DOTS)
        : epsonCode128Settings({ width: columns >= 42 ? 3 : 2, height: BARCODE_HEIGHT_DOTS }),
    );
    p.newLine();
  }
  lines(wrap(doc.receiptNumber, columns));
  p.newLine();
  lines(wrap(labels.thankYou, columns));
  p.alignLeft();

  // Before the cut: the drawer springs open while the paper feeds, not after it.
  if (opts.openDrawer) p.append(drawerPulse(opts.type, opts.drawerPin));
  p.cut();

  return Buffer.concat([INIT, bufferOf(p)]);
}

/**
 * "2 x £1.20" or "1.255 kg x £3.99/kg"; null for a single item, which needs no second line.
 * A weighed line always shows its weight, also when a price label set its amount: the cart
 * records the weight that price buys, so this never reads "1.000 kg" for a price label.
 */
function quantityDetail(line: ReceiptLine, format: MoneyFormat): string | null {
  if (line.unit === 'each' && line.qty === QTY_ONE) return null;
  const price = formatMoney(line.unitPrice, format);
  return `${formatQty(line.qty, line.unit, format.locale)} x ${price}${line.unit === 'kg' ? '/kg' : ''}`;
}

function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  // A bad timestamp must not cost the customer their receipt; print it as it came.
  if (Number.isNaN(date.getTime())) return iso;
  // No timeZone: the till's clock is the shop's clock, and that is the time a customer expects.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
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
