/**
 * The fixed words on a receipt. English by default; the device manager passes the store
 * language's translations in, since the core has no i18n of its own.
 */
export interface ReceiptLabels {
  till: string;
  receipt: string;
  cashier: string;
  copy: string;
  total: string;
  taxCode: string;
  taxRate: string;
  taxNet: string;
  taxAmount: string;
  taxGross: string;
  cashTendered: string;
  change: string;
  thankYou: string;
  phone: string;
  taxNumber: string;
  refund: string;
  returnOf: string;
  customer: string;
  customerTaxId: string;
  listPrice: string;
  discount: string;
  discounts: string;
  rounding: string;
  tendered: string;
  refunded: string;
  approval: string;
  /** "{n}" is replaced by the count; which form is chosen by the store locale's plural rules. */
  items: { one: string; other: string };
  itemsReturned: { one: string; other: string };
}

export const ENGLISH_RECEIPT_LABELS: ReceiptLabels = {
  till: 'Till',
  receipt: 'Receipt',
  cashier: 'Cashier',
  copy: 'COPY',
  total: 'TOTAL',
  taxCode: 'Code',
  taxRate: 'Rate',
  taxNet: 'Net',
  taxAmount: 'Tax',
  taxGross: 'Gross',
  cashTendered: 'Cash tendered',
  change: 'Change',
  thankYou: 'Thank you for shopping with us',
  phone: 'Tel.',
  taxNumber: 'Tax no.',
  refund: 'REFUND',
  returnOf: 'Return of',
  customer: 'Customer',
  customerTaxId: 'Tax ID',
  listPrice: 'Price was',
  discount: 'Discount',
  discounts: 'Discounts',
  rounding: 'Cash rounding',
  tendered: 'tendered',
  refunded: 'refunded',
  approval: 'Auth',
  items: { one: '{n} item', other: '{n} items' },
  itemsReturned: { one: '{n} item returned', other: '{n} items returned' },
};
