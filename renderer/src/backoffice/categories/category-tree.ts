import type { CategoryNodeView } from '../../../../shared/domain/products';

export interface TreeRow {
  node: CategoryNodeView;
  /** 0 at the top level, 1 under it, and so on. */
  depth: number;
}

/**
 * The categories in tree order (each parent followed by its children, by position then
 * name), with their depth. Worked out here rather than trusted from the reply's order, so
 * a child whose parent is archived and filtered out still shows, at the top level.
 */
export function treeRows(nodes: readonly CategoryNodeView[]): TreeRow[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, CategoryNodeView[]>();
  for (const n of nodes) {
    const parent = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(n);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const rows: TreeRow[] = [];
  // A parent cycle in bad data would loop forever; each node is placed once.
  const placed = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      if (placed.has(node.id)) continue;
      placed.add(node.id);
      rows.push({ node, depth });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** A category and everything under it: the parents it cannot be moved under. */
export function subtreeIds(nodes: readonly CategoryNodeView[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId !== null && out.has(n.parentId) && !out.has(n.id)) {
        out.add(n.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Select options with the tree's indent drawn in the label ("— — Shirts"), so a flat list reads as a tree. */
export function treeOptions(nodes: readonly CategoryNodeView[], exclude: ReadonlySet<string> = new Set()) {
  return treeRows(nodes)
    .filter((r) => !exclude.has(r.node.id))
    .map((r) => ({ value: r.node.id, label: `${'\u2014 '.repeat(r.depth)}${r.node.name}` }));
}
