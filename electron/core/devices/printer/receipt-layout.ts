/**
 * What a receipt says, as fixed-width blocks of text: the printer (escpos-receipt.ts) and
 * the PDF (receipts/receipt-pdf.ts) render the same blocks, so a PDF of a receipt is the
 * receipt, line for line. Pure and printer-free.
 */
import type { ReceiptDoc, ReceiptLine, ReceiptPayment } from '../../../../shared/domain/receipt';
import { QTY_ONE } from '../../../../shared/domain/units';
import { formatMoney, formatQty, type MoneyFormat } from '../../../../shared/money';
import { rateLabel } from '../../../../shared/tax';
import { leftRight, separator, table, wrap } from './escpos-layout';
import { ENGLISH_RECEIPT_LABELS, type ReceiptLabels } from './receipt-labels';

/**
 * normal: one line of `columns`; tall: double height, same width; quad: double width and
 * height, half as many characters per line.
 */
export type BlockSize = 'normal' | 'tall' | 'quad';

export type ReceiptBlock =
  | { kind: 'text'; lines: string[]; align: 'left' | 'center'; size: BlockSize; bold: boolean }
  | { kind: 'feed' }
  | { kind: 'barcode'; data: string };

export function receiptBlocks(doc: ReceiptDoc, columns: number, partial?: Partial<ReceiptLabels>): ReceiptBlock[] {
  const labels: ReceiptLabels = { ...ENGLISH_RECEIPT_LABELS, ...partial };
  const format: MoneyFormat = { currency: doc.store.currency, currencyExponent: doc.store.currencyExponent, locale: doc.store.locale };
  const { locale } = format;
  const money = (amount: number): string => formatMoney(amount, format);
  const half = Math.floor(columns / 2);
  const out: ReceiptBlock[] = [];
  const text = (lines: string[], opts: { align?: 'left' | 'center'; size?: BlockSize; bold?: boolean } = {}): void => {
    if (lines.length === 0) return;
    out.push({ kind: 'text', lines, align: opts.align ?? 'left', size: opts.size ?? 'normal', bold: opts.bold ?? false });
  };
  const paragraphs = (s: string, width: number): string[] =>
    s === '' ? [] : s.split('\n').flatMap((part) => wrap(part, width));

  text(wrap(doc.store.name, columns), { align: 'center', size: 'tall', bold: true });
  const contact = [
    ...paragraphs(doc.store.address, columns),
    ...(doc.store.phone !== '' ? wrap(`${labels.phone} ${doc.store.phone}`, columns) : []),
    ...(doc.store.taxNumber !== '' ? wrap(`${labels.taxNumber} ${doc.store.taxNumber}`, columns) : []),
  ];
  text(contact, { align: 'center' });
  if (doc.store.header !== '') {
    out.push({ kind: 'feed' });
    text(paragraphs(doc.store.header, columns), { align: 'center' });
  }
  out.push({ kind: 'feed' });
  text([
    ...leftRight(`${labels.till} ${doc.tillCode}`, `${labels.receipt} ${doc.receiptNumber}`, columns),
    ...leftRight(formatDateTime(doc.createdAt, locale), `${labels.cashier}: ${doc.cashierName}`, columns),
  ]);

  if (doc.reprint) text(wrap(`*** ${labels.copy} ***`, half), { align: 'center', size: 'quad', bold: true });
  // A refund must be unmistakable: the customer and the auditor read it at a glance.
  if (doc.refund) text(wrap(`*** ${labels.refund} ***`, half), { align: 'center', size: 'quad', bold: true });
  if (doc.returnOf !== null) text(wrap(`${labels.returnOf} ${doc.returnOf}`, columns), { bold: true });
  if (doc.customer !== null) {
    text([
      ...wrap(`${labels.customer}: ${doc.customer.name}`, columns),
      ...(doc.customer.taxId !== '' ? wrap(`${labels.customerTaxId}: ${doc.customer.taxId}`, columns) : []),
    ]);
  }

  const body: string[] = [separator(columns)];
  for (const line of doc.lines) {
    body.push(...leftRight(line.name, `${money(line.amount)} ${line.taxCode}`, columns));
    for (const detail of lineDetails(line, format, labels)) body.push(...wrap(detail, columns - 2).map((t) => `  ${t}`));
  }
  body.push(separator(columns));
  if (doc.itemCount > 0 || doc.itemsReturned === 0) body.push(...wrap(itemCountText(doc.itemCount, locale, labels), columns));
  if (doc.itemsReturned > 0) body.push(...wrap(itemCountText(-doc.itemsReturned, locale, labels), columns));
  if (doc.discountTotal !== 0) {
    body.push(...leftRight(labels.discounts, money(-doc.discountTotal), columns));
    if (doc.saleDiscountReason !== null) body.push(...wrap(doc.saleDiscountReason, columns - 2).map((t) => `  ${t}`));
  }
  if (doc.rounding !== 0) body.push(...leftRight(labels.rounding, money(doc.rounding), columns));
  text(body);

  text(leftRight(labels.total, money(doc.totals.total), half), { size: 'quad', bold: true });
  out.push({ kind: 'feed' });

  text([
    ...table(
      [
        [labels.taxCode, labels.taxRate, labels.taxNet, labels.taxAmount, labels.taxGross],
        ...doc.totals.breakdown.map((row) => [row.code, rateLabel(row.rateBps, locale), money(row.net), money(row.tax), money(row.gross)]),
      ],
      ['left', 'right', 'right', 'right', 'right'],
      columns,
    ),
    separator(columns),
    ...tenderLines(doc, columns, money, labels),
  ]);
  out.push({ kind: 'feed' });

  // Receipt number as a barcode, so a return or reprint starts with a scan.
  out.push({ kind: 'barcode', data: doc.receiptNumber });
  text(wrap(doc.receiptNumber, columns), { align: 'center' });
  out.push({ kind: 'feed' });
  text(doc.store.footer !== '' ? paragraphs(doc.store.footer, columns) : wrap(labels.thankYou, columns), { align: 'center' });
  return out;
}

/** Every tender by name, refunds as negative amounts, card and gift card last 4, then change. */
function tenderLines(
  doc: ReceiptDoc,
  columns: number,
  money: (n: number) => string,
  labels: ReceiptLabels,
): string[] {
  if (doc.payments.length === 0) {
    return [...leftRight(labels.cashTendered, money(doc.tendered), columns), ...leftRight(labels.change, money(doc.change), columns)];
  }
  const out: string[] = [];
  for (const p of doc.payments) {
    out.push(...leftRight(tenderName(p, labels), money(p.kind === 'cash' && p.tendered > 0 ? p.tendered : p.amount), columns));
    const ref = [
      p.cardLast4 !== null ? `**** ${p.cardLast4}` : null,
      p.giftCardLast4 !== null ? `**** ${p.giftCardLast4}` : null,
      p.approvalCode !== null ? `${labels.approval} ${p.approvalCode}` : null,
    ].filter((s): s is string => s !== null);
    if (ref.length > 0) out.push(...wrap(ref.join(' '), columns - 2).map((t) => `  ${t}`));
  }
  if (doc.change !== 0 || doc.payments.some((p) => p.kind === 'cash' && p.amount > 0)) {
    out.push(...leftRight(labels.change, money(doc.change), columns));
  }
  return out;
}

function tenderName(p: ReceiptPayment, labels: ReceiptLabels): string {
  if (p.amount < 0) return `${p.methodName} ${labels.refunded}`;
  return p.kind === 'cash' && p.tendered > 0 ? `${p.methodName} ${labels.tendered}` : p.methodName;
}

/**
 * "2 x £1.20", "-1 x £1.20" on a return, "1.255 kg x £3.99/kg"; the catalog price when it
 * was overridden; the discount and its reason. A single item sold needs no quantity line.
 */
function lineDetails(line: ReceiptLine, format: MoneyFormat, labels: ReceiptLabels): string[] {
  const out: string[] = [];
  if (!(line.unit === 'each' && line.qty === QTY_ONE)) {
    const price = formatMoney(line.unitPrice, format);
    out.push(`${formatQty(line.qty, line.unit, format.locale)} x ${price}${line.unit === 'kg' ? '/kg' : ''}`);
  }
  if (line.listPrice !== null && line.listPrice !== line.unitPrice) {
    out.push(`${labels.listPrice} ${formatMoney(line.listPrice, format)}`);
  }
  if (line.discount !== 0) {
    const reason = line.discountReason !== null && line.discountReason !== '' ? ` (${line.discountReason})` : '';
    out.push(`${labels.discount} ${formatMoney(-line.discount, format)}${reason}`);
  }
  return out;
}

/** "1 item", "3 items", "2 items returned": English words, the store locale's plural rules. */
export function itemCountText(count: number, locale: string, labels: ReceiptLabels = ENGLISH_RECEIPT_LABELS): string {
  const n = Math.abs(count);
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(locale).select(n);
  } catch {
    // An unknown locale must not cost the customer a receipt.
  }
  const words = count < 0 ? labels.itemsReturned : labels.items;
  const template = category === 'one' ? words.one : words.other;
  return template.replace('{n}', String(n));
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  // A bad timestamp must not cost the customer their receipt; print it as it came.
  if (Number.isNaN(date.getTime())) return iso;
  // No timeZone: the till's clock is the shop's clock, and that is the time a customer expects.
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
  } catch {
    return iso;
  }
}
