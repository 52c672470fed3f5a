/**
 * "20" -> 2000, "5.5" -> 550, "7,25" -> 725 basis points, or null if it is not a
 * percentage from 0 to 100 with at most two decimals. Done on the digits as text:
 * 5.55 * 100 in floating point is 554.9999999999999.
 */
export function percentToBps(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(text.trim());
  if (m === null) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}
