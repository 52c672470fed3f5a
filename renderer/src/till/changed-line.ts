import type { CartView } from '../../../shared/domain/cart';

/**
 * The line a scan or tap just added or raised, so it can be selected and +/- act on it
 * straight away, as cashiers expect after ringing up several of one item.
 */
export function changedLineId(prev: CartView | undefined, next: CartView): string | null {
  const before = new Map((prev?.lines ?? []).map((l) => [l.id, l.qty]));
  const added = next.lines.find((l) => !before.has(l.id));
  if (added !== undefined) return added.id;
  return next.lines.find((l) => before.get(l.id) !== l.qty)?.id ?? null;
}
