/**
 * Every kind of finalized document, and every kind of journal entry that records an event
 * rather than a document. Each is a row of journal_kinds (migration 003 on): a new kind is
 * added here and by a migration that inserts its row.
 */
export const DOCUMENT_KINDS = {
  /** A completed sale: sales, sale_lines, sale_taxes, payments, stock_movements. */
  'sale.completed': { series: 'receipt', outbox: true },
  /** Opening stock of newly imported products: stock_movements. */
  'stock.opening': { series: null, outbox: true },
  /**
   * A return or an exchange: a sale document whose return lines have negative quantities
   * and point at the lines they take back; numbered in the same receipt series.
   */
  'sale.returned': { series: 'receipt', outbox: true },
  /** Store credit given by a manager outside a return: store_credit_movements. */
  'credit.issued': { series: null, outbox: true },
  /** New prices for one or more products, now or as a schedule falls due: price_changes. */
  'price.changed': { series: null, outbox: true },
  /** Goods received against a purchase order, per lot where the product tracks lots: stock_movements. */
  'stock.received': { series: null, outbox: true },
  /** Stock adjusted by hand with a reason (damage, theft, expiry, own use, found, ...): stock_movements. */
  'stock.adjusted': { series: null, outbox: true },
  /** A transfer sent: goods leave the sending location into transit: stock_movements. */
  'stock.transfer_sent': { series: null, outbox: true },
  /** A transfer received: goods leave transit into the receiving location; what is missing is written off: stock_movements. */
  'stock.transfer_received': { series: null, outbox: true },
  /** A stock take posted: one movement per variance: stock_movements. */
  'stock.counted': { series: null, outbox: true },
} as const satisfies Record<string, { series: NumberSeries | null; outbox: boolean }>;

export const EVENT_KINDS = [
  'store.created',
  'catalog.imported',
  /** A cart voided before payment (or a parked one discarded), with its lines, reason and approver. */
  'cart.voided',
  'cart.line_voided',
  'cart.parked',
  /** Money moved at the card terminal before the sale completed, and its reversal. */
  'card.approved',
  'card.reversed',
  /** Master data changed in the back office: products created, edited, archived; categories; suppliers. */
  'catalog.changed',
  /** Stock paperwork changed without moving goods: locations, reorder figures, reasons, orders drafted, sent, closed. */
  'stock.changed',
] as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Human number series, per till and gap-free. Receipts are numbered T01-000042: the till
 * code, then six digits (more once a till passes a million).
 */
export type NumberSeries = 'receipt';

export function formatNumber(series: NumberSeries, tillCode: string, no: number): string {
  switch (series) {
    case 'receipt':
      return `${tillCode}-${String(no).padStart(6, '0')}`;
  }
}
