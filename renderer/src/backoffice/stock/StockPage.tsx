/** Stock: locations, adjustments, transfers, movements, valuation, expiry (being built). */
export function StockPage() {
  return null;
}
