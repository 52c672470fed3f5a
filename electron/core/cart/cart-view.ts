import type { CartLineView, CartView } from '../../../shared/domain/cart';
import { lineAmount } from '../../../shared/money';
import { computeTotals } from '../../../shared/tax';
import type { SqlDb } from '../db/sql';

/** The open cart of a till as the screen shows it: lines with amounts, and the totals with tax. */
export function loadCartView(db: SqlDb, tillId: string, taxInclusive: boolean): CartView {
  const cart = db.first(db.q.selectFrom('carts').select(['id', 'version']).where('till_id', '=', tillId));
  const rows = cart
    ? db.all(
        db.q
          .selectFrom('cart_lines as l')
          .innerJoin('products as p', 'p.id', 'l.product_id')
          .innerJoin('tax_rates as t', 't.id', 'p.tax_rate_id')
          .select([
            'l.id',
            'l.product_id',
            'l.qty',
            'l.unit_price',
            'l.fixed_amount',
            'p.name',
            'p.sku',
            'p.unit',
            'p.tax_rate_id',
            't.rate_bps',
            't.code as tax_code',
            't.name as tax_name',
          ])
          .where('l.cart_id', '=', cart.id)
          .orderBy('l.position'),
      )
    : [];
  const lines: CartLineView[] = rows.map((r) => ({
    id: r.id,
    productId: r.product_id,
    name: r.name,
    sku: r.sku,
    unit: r.unit,
    qty: r.qty,
    unitPrice: r.unit_price,
    amount: r.fixed_amount ?? lineAmount(r.unit_price, r.qty),
    taxRateId: r.tax_rate_id,
    rateBps: r.rate_bps,
    taxCode: r.tax_code,
    fixedAmount: r.fixed_amount !== null,
  }));
  const totals = computeTotals(
    rows.map((r, i) => ({
      amount: lines[i]?.amount ?? 0,
      taxRateId: r.tax_rate_id,
      rateBps: r.rate_bps,
      rateName: r.tax_name,
      rateCode: r.tax_code,
    })),
    taxInclusive,
  );
  return { id: cart?.id ?? '', lines, totals, version: cart?.version ?? 0 };
}
