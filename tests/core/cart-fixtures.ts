import type { Core } from '../../electron/core/core';

/** Reason ids seeded by migration 004, the same in every store. */
export const REASONS = {
  priceMatch: '00000000-0000-7000-8000-000000000102',
  loyalCustomer: '00000000-0000-7000-8000-000000000103',
  shelfPrice: '00000000-0000-7000-8000-000000000201',
  changedMind: '00000000-0000-7000-8000-000000000301',
  scannedInError: '00000000-0000-7000-8000-000000000302',
} as const;

export const SOURDOUGH = '5010029032307'; // 3.25, rate B 5%, 43 in stock
export const COLA = '5449000004178'; // 1.25, rate A 20%, 15 in stock
export const MANAGER = { pin: '9999' } as const;

/** Journal entries of one kind, payload parsed, oldest first. */
export function journalOf(core: Core, kind: string): Record<string, unknown>[] {
  const rows = core.db.sqlite.prepare('select payload from journal where kind = ? order by seq').all(kind) as { payload: string }[];
  return rows.map((r) => JSON.parse(r.payload) as Record<string, unknown>);
}

export function staffId(core: Core, name: string): string {
  return (core.db.sqlite.prepare('select id from staff where name = ?').get(name) as { id: string }).id;
}
