/**
 * The baseline's SQL, written by hand as someone without Kysely, zod or a router
 * would: same tables, same rows returned, same durability.
 */
export const PRODUCT_COLUMNS = `p.id, p.sku, p.name, p.category_id, p.price, p.tax_rate_id, t.rate_bps,
  t.code as tax_code, p.unit, p.active, coalesce(s.on_hand, 0) as on_hand,
  (select group_concat(b.code, '|') from barcodes b where b.product_id = p.id) as codes`;

export const LOOKUP = `select ${PRODUCT_COLUMNS}
  from barcodes bc
  join products p on p.id = bc.product_id
  join tax_rates t on t.id = p.tax_rate_id
  left join stock_levels s on s.product_id = p.id
  where bc.code = ?`;

/** Picks the page of matches first, so only 20 rows are joined and get their barcodes. */
export const SEARCH = `with page as (
    select p.rowid as rid, p.name as name from products_fts f
    join products p on p.rowid = f.rowid
    where products_fts match ? and p.active = 1
    order by p.name limit ?)
  select ${PRODUCT_COLUMNS}
  from page
  join products p on p.rowid = page.rid
  join tax_rates t on t.id = p.tax_rate_id
  left join stock_levels s on s.product_id = p.id
  order by page.name`;

export const CART_VIEW = `select l.id, l.product_id, l.qty, l.unit_price, l.fixed_amount, p.name, p.sku, p.unit,
    p.tax_rate_id, t.rate_bps, t.code as tax_code, t.name as tax_name
  from cart_lines l
  join products p on p.id = l.product_id
  join tax_rates t on t.id = p.tax_rate_id
  where l.cart_id = ? order by l.position`;
