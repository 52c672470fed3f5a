import { z } from 'zod';

/** Reusable input pieces, so every channel validates the same thing the same way. */
export const id = z.string().min(1).max(64);
export const pin = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits');
/** Integer thousandths; 1 each = 1000. Upper bound keeps money math inside safe integers. */
export const qty = z.number().int().min(1).max(1_000_000);
export const minor = z.number().int().min(0).max(1_000_000_000_00);
export const scanCode = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x20-\x7E]+$/, 'A code is printable ASCII');
export const noInput = z.object({}).strict().optional();
