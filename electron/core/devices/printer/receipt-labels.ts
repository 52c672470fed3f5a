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
};
