/** Every query key in one place, so pushes and mutations update exactly what screens read. */
export const keys = {
  status: ['app', 'status'] as const,
  cart: ['cart'] as const,
  categories: ['catalog', 'categories'] as const,
  products: (categoryId: string | null) => ['catalog', 'products', categoryId] as const,
  search: (query: string) => ['catalog', 'search', query] as const,
  printJob: (id: string) => ['printJob', id] as const,
  printerStatus: ['devices', 'printerStatus'] as const,
  unprinted: ['receipts', 'unprinted'] as const,
  settings: ['settings'] as const,
  labelRules: ['labels'] as const,
  customers: (query: string) => ['customers', 'search', query] as const,
  customer: (id: string) => ['customers', 'one', id] as const,
  creditHistory: (id: string) => ['customers', 'credit', id] as const,
  reasons: (kind: string) => ['reasons', kind] as const,
  parked: ['cart', 'parked'] as const,
};
