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
} as const satisfies Record<string, { series: NumberSeries | null; outbox: boolean }>;

export const EVENT_KINDS = ['store.created', 'catalog.imported'] as const;

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
