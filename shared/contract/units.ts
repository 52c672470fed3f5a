/**
 * The unit of every number in replies and pushes, by field name, for docs/ipc.md. Inputs
 * carry theirs in their schema's description. A test reads shared/domain and
 * shared/contract and fails when a numeric field is missing here, or when one typed
 * Minor, Qty or Bps is listed with another unit.
 */
export const NUMBER_UNITS = {
  // Money, in minor units of the store currency (cents).
  price: 'minor units',
  unitPrice: 'minor units',
  amount: 'minor units',
  net: 'minor units',
  tax: 'minor units',
  gross: 'minor units',
  total: 'minor units',
  tendered: 'minor units',
  change: 'minor units',
  listPrice: 'minor units',
  discount: 'minor units',
  lineDiscount: 'minor units',
  saleDiscount: 'minor units',
  discountTotal: 'minor units',
  rounding: 'minor units',
  paid: 'minor units',
  remaining: 'minor units',
  creditBalance: 'minor units',
  balance: 'minor units',
  delta: 'minor units',
  cashDue: 'minor units',
  cashRounding: 'minor units',
  noReceiptCashLimit: 'minor units',
  timeoutMs: 'milliseconds',
  soldAmount: 'minor units',
  leftAmount: 'minor units',
  refunded: 'minor units',
  cost: 'minor units',
  lastCost: 'minor units',
  avgCost: 'minor units',
  oldPrice: 'minor units',
  newPrice: 'minor units',
  /** A discount as given: basis points when its kind is percent, else minor units. */
  value: 'basis points (kind percent) or minor units (kind amount)',
  // Discount limits per role (SalesRules.discountLimits).
  cashier: 'basis points',
  manager: 'basis points',
  owner: 'basis points',
  // Quantities, in thousandths (1 each = 1000, 1 kg = 1000).
  qty: 'thousandths',
  onHand: 'thousandths',
  soldQty: 'thousandths',
  returnedQty: 'thousandths',
  inCartQty: 'thousandths',
  reorderPoint: 'thousandths',
  reorderQty: 'thousandths',
  packSize: 'thousandths',
  leftQty: 'thousandths',
  // Rates.
  rateBps: 'basis points',
  // Counts and positions.
  position: 'position (1 = first)',
  attempts: 'count',
  count: 'count',
  updated: 'count of products',
  productCount: 'count of products',
  movements: 'count',
  itemCount: 'count of units sold (a weighed line counts as one)',
  itemsReturned: 'count of units taken back (a weighed line counts as one)',
  entries: 'count',
  lines: 'count of lines',
  labels: 'count of labels',
  // Catalog import and export.
  bytes: 'bytes',
  rows: 'count of data rows (the header row not counted)',
  row: 'row number in the file (the header is row 1)',
  creates: 'count of rows',
  updates: 'count of rows',
  created: 'count of products',
  done: 'count of rows',
  more: 'count of issues',
  next: 'byte offset',
  pages: 'count of pages',
  documentsChecked: 'count',
  printerColumns: 'characters per line',
  drawerPin: 'pin number (2 or 5)',
  version: 'counter (raised by 1 on every change)',
  seq: 'journal sequence number',
  brokenAt: 'journal sequence number',
  ms: 'milliseconds',
  // Currencies and labels.
  currencyExponent: 'digits (decimals of the currency: EUR 2, JPY 0)',
  decimals: 'digits (decimals of the value a label carries)',
} as const;

export type NumberUnit = (typeof NUMBER_UNITS)[keyof typeof NUMBER_UNITS];
