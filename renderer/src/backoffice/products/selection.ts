/**
 * Row selection as file managers do it: a click toggles one row and becomes the anchor;
 * a shift-click sets every row between the anchor and it to the clicked row's new state.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function clickRow(sel: Selection, order: readonly string[], id: string, shift: boolean): Selection {
  const ids = new Set(sel.ids);
  const on = !ids.has(id);
  const from = sel.anchor === null ? -1 : order.indexOf(sel.anchor);
  const to = order.indexOf(id);
  if (shift && from >= 0 && to >= 0) {
    const [lo, hi] = from < to ? [from, to] : [to, from];
    for (const rowId of order.slice(lo, hi + 1)) {
      if (on) ids.add(rowId);
      else ids.delete(rowId);
    }
  } else if (on) ids.add(id);
  else ids.delete(id);
  return { ids, anchor: id };
}

/** Selects every loaded row, or clears them all when they already are. */
export function toggleAll(sel: Selection, order: readonly string[]): Selection {
  const all = order.length > 0 && order.every((id) => sel.ids.has(id));
  return { ids: all ? new Set() : new Set(order), anchor: null };
}
