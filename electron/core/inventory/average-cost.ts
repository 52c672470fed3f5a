/**
 * The weighted average cost after a receipt: what was on hand at the old average plus
 * what arrives at its purchase cost, over the new quantity, rounded half up to the minor
 * unit. Stock below zero counts as none (goods sold before they were received carry no
 * cost of their own), and with no average yet the receipt's cost is the average.
 * Quantities in thousandths cancel out of the ratio; BigInt because on hand x cost can
 * pass 2^53.
 */
export function averageAfterReceipt(onHandBefore: number, avgBefore: number | null, qty: number, unitCost: number): number {
  if (qty <= 0) return avgBefore ?? unitCost;
  const held = avgBefore === null ? 0n : BigInt(Math.max(0, onHandBefore));
  const num = held * BigInt(avgBefore ?? 0) + BigInt(qty) * BigInt(unitCost);
  const den = held + BigInt(qty);
  return Number((num * 2n + den) / (den * 2n));
}
