/**
 * The tables that hold finalized documents, and for each the column naming the
 * document a row belongs to and the order its rows take in the canonical form.
 * Triggers refuse UPDATE, DELETE and REPLACE on all of them (migration 003), and only
 * the document writer inserts into them.
 *
 * Rule for later migrations: a column added to one of these tables must be nullable
 * with no default. The canonical form leaves NULLs out, so documents written before the
 * column existed keep their hash.
 */
export const FINALIZED_TABLES = {
  sales: { docColumn: 'id', order: ['id'] },
  sale_lines: { docColumn: 'sale_id', order: ['position', 'id'] },
  sale_taxes: { docColumn: 'sale_id', order: ['tax_rate_id'] },
  payments: { docColumn: 'sale_id', order: ['id'] },
  stock_movements: { docColumn: 'doc_id', order: ['id'] },
  sale_adjustments: { docColumn: 'sale_id', order: ['id'] },
  gift_card_movements: { docColumn: 'doc_id', order: ['id'] },
  store_credit_movements: { docColumn: 'doc_id', order: ['id'] },
  price_changes: { docColumn: 'doc_id', order: ['id'] },
} as const;

export type FinalizedTable = keyof typeof FINALIZED_TABLES;
export const FINALIZED_TABLE_NAMES = Object.keys(FINALIZED_TABLES) as FinalizedTable[];
