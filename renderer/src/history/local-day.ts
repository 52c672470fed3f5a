/**
 * A day picked on the till's screen is the shop's day: from its local midnight to the
 * next, sent to the core as UTC instants (sales are stored in UTC).
 */
export function dayStartIso(day: string): string {
  return localDate(day).toISOString();
}

export function dayEndIso(day: string): string {
  const d = localDate(day);
  d.setDate(d.getDate() + 1);
  return new Date(d.getTime() - 1).toISOString();
}

function localDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
