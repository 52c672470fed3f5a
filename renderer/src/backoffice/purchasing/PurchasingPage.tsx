/** Purchasing: low stock, suggested and purchase orders, receiving (being built). */
export function PurchasingPage() {
  return null;
}
