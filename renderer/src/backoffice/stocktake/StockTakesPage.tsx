/** Stock takes: counts, variance report, posting (being built). */
export function StockTakesPage() {
  return null;
}
