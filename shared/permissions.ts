/**
 * What each role may do. The router checks these against the session bound to the
 * connection; the renderer only uses them to hide buttons, never to decide.
 */
export const PERMISSIONS = [
  'sale.sell',
  'sale.reprint',
  'catalog.read',
  'journal.verify',
  'settings.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['cashier', 'manager', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  cashier: ['sale.sell', 'sale.reprint', 'catalog.read'],
  manager: ['sale.sell', 'sale.reprint', 'catalog.read', 'journal.verify', 'settings.manage'],
  owner: PERMISSIONS,
};
