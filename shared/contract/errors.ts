/** Failure codes the UI can translate. A new code needs a message in renderer i18n. */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_logged_in',
  'permission_denied',
  'not_set_up',
  'already_set_up',
  'setup_not_allowed',
  'bad_setup_token',
  'bad_pin',
  'locked_out',
  'pin_in_use',
  'not_found',
  'unknown_barcode',
  'misread_barcode',
  'inactive_product',
  'cart_empty',
  'insufficient_tender',
  'out_of_stock',
  'fixed_amount_line',
  'weight_required',
  'device_offline',
  'internal',
  'cart_changed',
  'qty_limit',
  'cart_full',
  'till_code_locked',
  'busy',
  'too_many_requests',
  'rate_limited',
  'unknown_currency',
  'invalid_label_rules',
  'invalid_label',
  'no_unit_price',
  'approval_required',
  'approval_denied',
  'customer_archived',
  'loyalty_code_in_use',
  'gift_card_code_required',
  'no_gift_card_product',
  'reason_required',
  'tenders_taken',
  'cart_not_empty',
  'over_tender',
  'unknown_tender',
  'tender_inactive',
  'card_number_refused',
  'insufficient_balance',
  'customer_required',
  'refund_not_allowed',
  'refund_exceeds_payment',
  'return_exceeds_sale',
  'terminal_busy',
  'tender_not_allowed',
  'builtin_tender',
  'reversal_failed',
  'not_returnable',
  'no_barcode',
  'file_too_large',
  'import_refused',
  'sku_taken',
  'bad_check_digit',
  'barcode_taken',
  'product_changed',
  'schedule_in_past',
  'category_cycle',
  'category_in_use',
  'qty_required',
  'age_check_required',
  'location_archived',
  'lot_expired',
  'lot_required',
  'wrong_status',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface InputIssue {
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: InputIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
