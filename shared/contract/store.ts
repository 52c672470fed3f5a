import { z } from 'zod';
import type { StoreSettings } from '../domain/store';
import { channel } from './define';

/** Header and footer: a few short lines the printer can hold, no control characters. */
export const RECEIPT_TEXT_LINES = 4;
export const RECEIPT_TEXT_WIDTH = 48;

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Strips control characters (newlines stay), trims each line, drops trailing empty lines. */
export function cleanReceiptText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_EXCEPT_NEWLINE, '')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n+$/, '');
}

export const receiptText = z
  .string()
  .max(RECEIPT_TEXT_LINES * (RECEIPT_TEXT_WIDTH + 1))
  .transform(cleanReceiptText)
  .refine((t) => t === '' || t.split('\n').length <= RECEIPT_TEXT_LINES, `At most ${RECEIPT_TEXT_LINES} lines`)
  .refine(
    (t) => t.split('\n').every((l) => l.length <= RECEIPT_TEXT_WIDTH),
    `Each line at most ${RECEIPT_TEXT_WIDTH} characters`,
  );

const oneLine = (max: number) =>
  z
    .string()
    .max(max)
    .transform((t) => cleanReceiptText(t).replace(/\n/g, ' ').trim());

/** What a receipt prints about the store besides its name and address. */
export const storeReceiptInput = z.object({
  taxNumber: oneLine(40).optional(),
  phone: oneLine(40).optional(),
  receiptHeader: receiptText.optional(),
  receiptFooter: receiptText.optional(),
});

export const storeChannels = {
  'store.update': channel<StoreSettings>()({
    input: storeReceiptInput
      .extend({
        name: z.string().trim().min(1).max(80).optional(),
        address: z.string().trim().max(200).optional(),
        expiryWarningDays: z.number().int().min(0).max(365).optional().describe('How many days ahead the expiry list warns: a count of days, 0 to 365.'),
      })
      .strict(),
    access: 'settings.manage',
    summary:
      "Edit the store's name, address, tax registration number, phone and receipt header and footer (up to 4 lines of 48 characters). Sales made from now on print them; older receipts keep theirs.",
  }),
};
