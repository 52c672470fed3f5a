import { z } from 'zod';
import { MAX_LINE_QTY } from '../domain/units';

/** Reusable input pieces, so every channel validates the same thing the same way. */
export const id = z.string().min(1).max(64);
export const pin = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits');
/** Integer thousandths; 1 each = 1000. Upper bound keeps money math inside safe integers. */
export const qty = z
  .number()
  .int('qty is a whole number of thousandths: 1 each = 1000, 1.250 kg = 1250')
  .min(1, 'qty is in thousandths and at least 1 (0.001)')
  .max(MAX_LINE_QTY, `qty is in thousandths and at most ${MAX_LINE_QTY} (1,000 items or 1,000 kg)`)
  .describe('Quantity in thousandths: 1 each = 1000, 1.250 kg = 1250.');
export const minor = z.number().int().min(0).max(1_000_000_000_00);
export const scanCode = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x20-\x7E]+$/, 'A code is printable ASCII');
export const noInput = z.object({}).strict().optional();

/**
 * A till's short code, printed in every human number it makes (T01-000042): 1 to 8
 * capital letters or digits, unique among the tills of one store.
 */
export const tillCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9]{1,8}$/, 'A till code is 1 to 8 capital letters or digits, e.g. T01');
