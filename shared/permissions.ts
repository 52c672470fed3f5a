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
  /** Discounts up to the role's limit (SalesRules.discountLimits). */
  'sale.discount',
  /** Change a line's price, within the same limit. */
  'sale.priceOverride',
  /** Void a line or a whole sale before payment. */
  'sale.void',
  /** Returns and exchanges against a receipt. */
  'sale.return',
  /** Returns without a receipt. */
  'sale.returnNoReceipt',
  /** Find, create and edit customers at the till. */
  'customer.manage',
  /** Give a customer store credit outside a return. */
  'credit.issue',
  /** The back office's catalog: products, prices, categories, suppliers, labels, imports. */
  'catalog.manage',
  /** Locations, reorder figures, purchase orders, transfers, stock takes, stock reports. */
  'stock.manage',
  /** Adjust stock by hand with a reason code, and edit the store's reason codes. */
  'stock.adjust',
  /** Count goods for an open stock take, on any till. */
  'stock.count',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['cashier', 'manager', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  cashier: ['sale.sell', 'sale.reprint', 'catalog.read', 'sale.discount', 'sale.return', 'customer.manage', 'stock.count'],
  manager: [
    'sale.sell',
    'sale.reprint',
    'catalog.read',
    'journal.verify',
    'settings.manage',
    'sale.discount',
    'sale.priceOverride',
    'sale.void',
    'sale.return',
    'sale.returnNoReceipt',
    'customer.manage',
    'credit.issue',
    'catalog.manage',
    'stock.manage',
    'stock.adjust',
    'stock.count',
  ],
  owner: PERMISSIONS,
};
