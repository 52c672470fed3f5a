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
  saleFind: (query: object) => ['sales', 'find', query] as const,
  receipt: (saleId: string) => ['sales', 'receipt', saleId] as const,
  returnReasons: ['returns', 'reasons'] as const,
};
