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
/** Money in the currency's minor unit (cents, pence; yen are their own minor unit). */
export const minor = z
  .number()
  .int('money is a whole number of minor units (cents)')
  .min(0)
  .max(1_000_000_000_00)
  .describe('Money in minor units of the store currency: 1.25 is 125.');
/** A tax rate in basis points: 20% = 2000. */
export const bps = z
  .number()
  .int('a rate is a whole number of basis points: 20% is 2000')
  .min(0)
  .max(10_000)
  .describe('A rate in basis points: 20% is 2000, 5.5% is 550.');
/** How many rows to return. */
export const limit = (max: number, fallback: number) =>
  z.number().int().min(1).max(max).default(fallback).describe(`How many rows at most (a count, 1 to ${max}).`);
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

/** A manager's PIN typed on the cashier's screen, for a call refused with approval_required. */
export const approval = z.object({ pin }).strict().optional();
export const discountKind = z.enum(['percent', 'amount']);
export const discountValue = z
  .number()
  .int('a discount is a whole number of basis points or minor units')
  .min(0)
  .max(1_000_000_000_00)
  .describe('Basis points when kind is percent (10% is 1000, at most 10000); minor units when kind is amount. 0 removes the discount.');
/** A percentage discount is at most 100% (10000 basis points). */
export function percentAtMost100(v: { kind: 'percent' | 'amount'; value: number }, ctx: z.RefinementCtx): void {
  if (v.kind === 'percent' && v.value > 10_000) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'A percentage discount is at most 100% (10000 basis points)' });
  }
}
