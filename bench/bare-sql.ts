import type Database from 'better-sqlite3';

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

/** The app's two search tiers: names starting with the text, then word-prefix matches. */
export const SEARCH_PREFIX = `select ${PRODUCT_COLUMNS}
  from products p
  join tax_rates t on t.id = p.tax_rate_id
  left join stock_levels s on s.product_id = p.id
  where p.active = 1 and p.name like ? escape '\\'
  order by p.name collate nocase limit ?`;

export const SEARCH_WORDS = `select ${PRODUCT_COLUMNS}
  from products p
  join tax_rates t on t.id = p.tax_rate_id
  left join stock_levels s on s.product_id = p.id
  where p.rowid in (select rowid from products_fts where products_fts match ? limit ?) and p.active = 1
  order by p.name, p.id limit ?`;

export const CART_VIEW = `select l.id, l.product_id, l.qty, l.unit_price, l.fixed_amount, p.name, p.sku, p.unit,
    p.tax_rate_id, t.rate_bps, t.code as tax_code, t.name as tax_name
  from cart_lines l
  join products p on p.id = l.product_id
  join tax_rates t on t.id = p.tax_rate_id
  where l.cart_id = ? order by l.position`;

/** Every write the bare till makes, prepared once as an app would at start-up. */
export function prepareWrites(sqlite: Database.Database) {
  const p = (sql: string) => sqlite.prepare(sql);
  return {
    lookup: p(LOOKUP),
    sameLine: p(
      `select id, qty from cart_lines where cart_id = ? and product_id = ? and fixed_amount is null and unit_price = ?`,
    ),
    raiseQty: p('update cart_lines set qty = qty + ? where id = ?'),
    lastPos: p('select max(position) as p from cart_lines where cart_id = ?'),
    addLine: p(`insert into cart_lines (id, cart_id, product_id, qty, unit_price, fixed_amount, position, created_at)
      values (?, ?, ?, ?, ?, null, ?, ?)`),
    touchCart: p('update carts set updated_at = ?, version = version + 1 where id = ?'),
    clearCart: p('delete from cart_lines where cart_id = ?'),
    cartView: p(CART_VIEW),
    tillCode: p('select code from tills where id = ?'),
    nextReceipt: p(
      "update number_series set next_no = next_no + 1 where till_id = ? and series = 'receipt' returning next_no - 1 as no",
    ),
    sale: p(`insert into sales (id, till_id, receipt_no, receipt_number, staff_id, cashier_name, store_snapshot,
      tax_inclusive, net, tax, total, tendered, change, created_at) values (@id, @tillId, @receiptNo, @receiptNumber,
      @staffId, 'Owner', '{}', 1, @net, @tax, @total, @tendered, @change, @at)`),
    line: p(`insert into sale_lines (id, sale_id, position, product_id, sku, name, unit, qty, unit_price, amount,
      tax_rate_id, tax_code, rate_bps) values (@lineId, @saleId, @position, @productId, @sku, @name, @unit, @qty,
      @price, @price, @taxRateId, @taxCode, @rateBps)`),
    movement: p(`insert into stock_movements (id, product_id, till_id, qty_delta, reason, doc_id, created_at)
      values (?, ?, ?, ?, 'sale', ?, ?)`),
    payment: p(`insert into payments (id, sale_id, method, amount, tendered, change, created_at)
      values (?, ?, 'cash', ?, ?, ?, ?)`),
    head: p('select seq, hash from journal_head where id = 1'),
    journal: p(`insert into journal (seq, id, till_id, kind, doc_id, payload, prev_hash, hash, created_at, format)
      values (@seq, @id, @till_id, @kind, @doc_id, @payload, @prev_hash, @hash, @created_at, @format)`),
    readSale: p('select * from sales where id = ?'),
    readLines: p('select * from sale_lines where sale_id = ?'),
    readPayments: p('select * from payments where sale_id = ?'),
    readMovements: p('select * from stock_movements where doc_id = ?'),
    outbox: p('insert into outbox (doc_id, kind, till_id, journal_seq, created_at) values (?, ?, ?, ?, ?)'),
  };
}
