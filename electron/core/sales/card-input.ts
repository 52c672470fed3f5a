import { fail } from '../errors';

/**
 * A full card number (a PAN: 13 to 19 digits, often typed with spaces or dashes) is never
 * accepted in any field, so it can reach neither the database nor the journal nor a log.
 */
export function assertNoCardNumber(fields: readonly (string | undefined)[]): void {
  for (const f of fields) {
    if (f === undefined) continue;
    const digits = f.replace(/[\s-]/g, '');
    if (/\d{13,19}/.test(digits)) fail('card_number_refused', 'Never key a card number: enter only the last 4 digits');
  }
}

/** The last four digits of the card, exactly four, or null when not given. */
export function checkedLast4(last4: string | undefined): string | null {
  if (last4 === undefined || last4 === '') return null;
  if (!/^\d{4}$/.test(last4)) fail('invalid_input', 'The last 4 digits of the card are exactly 4 digits');
  return last4;
}

/** An approval code from the slip: letters and digits, up to 12. */
export function checkedSlipText(text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  if (!/^[A-Za-z0-9]{1,12}$/.test(text)) fail('invalid_input', 'An approval code is up to 12 letters or digits');
  return text;
}
