/**
 * Customer details end up on receipts, documents and the printer: control characters
 * (which could, on a printer, kick the drawer or cut paper) are taken out. Address and
 * notes keep their line breaks; every other field is one line.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function multiLine(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/** The digits of a phone number, which search compares however it was written. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}
