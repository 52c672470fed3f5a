/** How many products are at or below their reorder point, on the Purchasing tab (being built). */
export function LowStockBadge() {
  return null;
}
