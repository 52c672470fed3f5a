/**
 * The facts of a lot_expired refusal, which travel only in the core's message
 * ("Milk 1 l: batch L-0425 expired on 2026-11-25 and cannot be sold"); null when the
 * message has another shape. The date comes back as the shop reads dates.
 */
export function lotExpiredFacts(message: string): { name: string; batch: string; date: string } | null {
  const m = /^(.+): batch (.+) expired on (\d{4})-(\d{2})-(\d{2}) and cannot be sold$/.exec(message);
  if (!m) return null;
  const date = new Date(Number(m[3]), Number(m[4]) - 1, Number(m[5])).toLocaleDateString();
  return { name: m[1] ?? '', batch: m[2] ?? '', date };
}
