import type { CartView } from '../../../shared/domain/cart';
import type { ProductView, Unit } from '../../../shared/domain/catalog';
import { MAX_CART_LINES, MAX_LINE_QTY, QTY_ONE, type Minor, type Qty } from '../../../shared/domain/units';
import { weightFromPrice } from '../../../shared/money';
import { localDate, newId, nowIso, type Clock } from '../clock';
import type { CatalogService } from '../catalog/catalog-service';
import { prepared, type Arg } from '../db/prepared';
import type { SqlDb } from '../db/sql';
import { fail } from '../errors';
import { loadCartView } from './cart-view';
import { tillLocationId } from '../inventory/locations';
import { assertSellableLots } from '../inventory/lots';
import { onHandAt } from '../inventory/stock';
import type { SettingsStore } from '../settings/settings-store';

/**
 * The open cart of a till lives in the database, not in the renderer: a crash or a
 * restart brings it back exactly as it was. One open cart per till.
 */
export class CartService {
  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly settings: SettingsStore,
  ) {}

  view(tillId: string): CartView {
    return loadCartView(this.db, tillId, this.store().taxInclusive);
  }

  /**
   * A scanned or typed code: barcode, SKU, or an in-store weight/price label. A label must
   * carry something to sell: a zero price or weight is refused, and so is a weight on an
   * item sold each. A price label on a product sold by weight records the weight that price
   * buys (shared/money.ts weightFromPrice) and keeps the label's price as the line's amount,
   * so the receipt shows the real weight, never "1.000 kg".
   *
   * `qty` is what the cashier keyed before scanning: a count for an item sold each (12 x
   * scan), or the weight of a product sold by weight read off a scale. A label already
   * carries its quantity, so a keyed one with it is refused rather than guessed at.
   */
  scan(tillId: string, staffId: string, code: string, qty?: Qty, ageChecked = false): CartView {
    const store = this.store();
    const exponent = store.currencyExponent;
    const match =
      this.catalog.lookupCode(code, this.settings.instoreRules(exponent), exponent) ??
      fail('unknown_barcode', `Unknown barcode ${code}`);
    const { product } = match;
    if (qty !== undefined && (match.price !== undefined || match.weight !== undefined)) {
      fail('invalid_input', `The label on ${product.name} carries its own quantity: scan it without keying one`);
    }
    if (match.price !== undefined) {
      if (match.price <= 0) fail('invalid_label', `The price label for ${product.name} shows a price of zero`);
      if (product.unit === 'each') return this.addLine(tillId, staffId, product, QTY_ONE, match.price, ageChecked);
      if (product.price <= 0) {
        fail('no_unit_price', `${product.name} has no price per kg, so a price label cannot tell its weight`);
      }
      const weight = weightFromPrice(match.price, product.price);
      if (weight <= 0) fail('invalid_label', `The price label for ${product.name} is worth less than a gram`);
      return this.addLine(tillId, staffId, product, weight, match.price, ageChecked);
    }
    if (match.weight !== undefined) {
      if (product.unit !== 'kg') fail('invalid_label', `${product.name} is sold each, not by weight: a weight label cannot sell it`);
      if (match.weight <= 0) fail('invalid_label', `The weight label for ${product.name} shows a weight of zero`);
      return this.addLine(tillId, staffId, product, match.weight, null, ageChecked);
    }
    if (qty === undefined) assertNeedsNoKeyedQty(product);
    return this.addLine(tillId, staffId, product, qty ?? QTY_ONE, null, ageChecked);
  }

  addProduct(tillId: string, staffId: string, productId: string, qty: Qty | undefined, ageChecked = false): CartView {
    const product = this.catalog.get(productId) ?? fail('not_found', 'No such product');
    if (qty === undefined) assertNeedsNoKeyedQty(product);
    return this.addLine(tillId, staffId, product, qty ?? QTY_ONE, null, ageChecked);
  }

  setQty(tillId: string, lineId: string, qty: Qty): CartView {
    const line = this.line(tillId, lineId);
    if (line.fixed_amount !== null) fail('fixed_amount_line', 'A price-labelled line cannot change quantity');
    assertWholeForEach(line.unit, qty);
    this.db.tx(() => {
      // Lowering a quantity is always allowed; raising it must find the stock.
      if (qty > line.qty) this.assertStock(tillId, line.cart_id, line.product_id, qty - line.qty);
      this.db.run(this.db.q.updateTable('cart_lines').set({ qty }).where('id', '=', lineId));
      this.touch(line.cart_id);
    });
    return this.view(tillId);
  }

  /**
   * Empties the cart for the next sale, raising its version: lines, tenders taken, and the
   * sale-level discount, customer and return approval. The sale that paid for it calls this
   * in its transaction; so do a void and a park.
   */
  empty(cartId: string): void {
    this.db.run(deleteLinesQuery.with({ cartId }));
    this.db.run(deleteTendersQuery.with({ cartId }));
    this.db.run(clearSaleFieldsQuery.with({ cartId }));
    this.touch(cartId);
  }

  private addLine(
    tillId: string,
    staffId: string,
    product: ProductView,
    qty: Qty,
    fixedAmount: Minor | null,
    ageChecked: boolean,
  ): CartView {
    if (!product.active) fail('inactive_product', `${product.name} is no longer sold`);
    if (product.giftCard) fail('gift_card_code_required', `${product.name} is sold with its card's code (cart.addGiftCard)`);
    assertWholeForEach(product.unit, qty);
    if (qty > MAX_LINE_QTY) fail('qty_limit', lineLimitMessage(product.name));
    this.db.tx(() => {
      const cartId = this.ensureCart(tillId, staffId);
      if (product.ageRestricted) this.assertAgeChecked(cartId, staffId, product.name, ageChecked);
      this.assertStock(tillId, cartId, product.id, qty, product);
      // Scanning the same item again raises its quantity, as a cashier expects;
      // weighed and price-labelled items stay one line per label.
      const same =
        product.unit === 'each' && fixedAmount === null
          ? this.db.first(sameLineQuery.with({ cartId, productId: product.id, price: product.price }))
          : undefined;
      if (same) {
        // Repeated scans add up; the line limit holds however the quantity is reached.
        if (same.qty + qty > MAX_LINE_QTY) fail('qty_limit', lineLimitMessage(product.name));
        this.db.run(setQtyQuery.with({ id: same.id, qty: same.qty + qty }));
      } else {
        const position = this.nextPosition(cartId);
        this.db.insert('cart_lines', {
          id: newId(this.clock),
          cart_id: cartId,
          product_id: product.id,
          qty,
          unit_price: product.price,
          fixed_amount: fixedAmount,
          position,
          created_at: nowIso(this.clock),
          // Who rang it: a cart handed from one cashier to the next keeps each line's.
          staff_id: staffId,
        });
      }
      this.touch(cartId);
    });
    return this.view(tillId);
  }

  /**
   * Where a new line of the cart goes, refusing it once the cart holds MAX_CART_LINES lines:
   * every way a line enters a cart (a scan, a return, a gift card) passes here.
   */
  nextPosition(cartId: string): number {
    const last = this.db.first(positionQuery.with({ cartId }));
    if ((last?.n ?? 0) >= MAX_CART_LINES) fail('cart_full', `A cart holds at most ${MAX_CART_LINES} lines`);
    return (last?.p ?? 0) + 1;
  }

  /** The till's open cart, made if there is none. */
  ensureCart(tillId: string, staffId: string): string {
    const cart = this.cartRow(tillId);
    if (cart) return cart.id;
    const id = newId(this.clock);
    const at = nowIso(this.clock);
    // Versions never repeat on a till, across parked and new carts, so a payment naming the
    // version of one cart can never be taken against another: a new cart starts at the
    // till's highest and its first change (in this transaction) takes it above.
    const top = this.db.first(
      this.db.q
        .selectFrom('carts')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('till_id', '=', tillId),
    );
    this.db.run(
      this.db.q
        .insertInto('carts')
        .values({ id, till_id: tillId, staff_id: staffId, created_at: at, updated_at: at, version: top?.v ?? 0 }),
    );
    return id;
  }

  /** Every change of a cart raises its version (see CartView.version). */
  touch(cartId: string): void {
    this.db.run(touchQuery.with({ cartId, at: nowIso(this.clock) }));
  }

  /** The till's open cart row, if it has one. */
  cartRow(tillId: string) {
    return this.db.first(openCartRowQuery.with({ tillId }));
  }

  /** A line of the till's open cart, or not_found. */
  line(tillId: string, lineId: string) {
    return (
      this.db.first(
        this.db.q
          .selectFrom('cart_lines as l')
          .innerJoin('carts as c', 'c.id', 'l.cart_id')
          .innerJoin('products as p', 'p.id', 'l.product_id')
          .select(['l.id', 'l.cart_id', 'l.fixed_amount', 'l.qty', 'l.product_id', 'p.unit'])
          .where('l.id', '=', lineId)
          .where('c.till_id', '=', tillId)
          .where('c.parked_at', 'is', null),
      ) ?? fail('not_found', 'That line is no longer in the cart')
    );
  }

  /**
   * An age-restricted product goes in only once the cashier has checked the customer's age:
   * the first one of a sale is refused (age_check_required) until the call says so, and the
   * cart then remembers who checked, for the rest of the sale and for its journal entry.
   */
  private assertAgeChecked(cartId: string, staffId: string, name: string, ageChecked: boolean): void {
    const cart = this.db.first(this.db.q.selectFrom('carts').select('age_checked_by').where('id', '=', cartId));
    if (cart?.age_checked_by != null) return;
    if (!ageChecked) fail('age_check_required', `${name} is age-restricted: check the customer's age, then add it`);
    this.db.run(this.db.q.updateTable('carts').set({ age_checked_by: staffId }).where('id', '=', cartId));
  }

  /**
   * Stock at the till's own location. With overselling off (till setting
   * allowNegativeStock false), a line is refused when it is added or raised, never after
   * the cash is taken: what every line of this cart already holds of the product, plus
   * `more`, must be on hand there. Whatever the setting, goods only an expired lot can
   * cover are refused (lot_expired), naming the lot for the shelf.
   */
  private assertStock(
    tillId: string,
    cartId: string,
    productId: string,
    more: Qty,
    known?: Pick<ProductView, 'giftCard' | 'tracksLots'>,
  ): void {
    const oversellAllowed = this.settings.tillSettings().allowNegativeStock;
    // A scan already read the product: the common case (overselling allowed, no batches) reads nothing more.
    if (known !== undefined && (known.giftCard || (oversellAllowed && !known.tracksLots))) return;
    const product = this.db.first(stockProductQuery.with({ productId })) ?? fail('not_found', 'No such product');
    if (product.gift_card === 1) return;
    if (oversellAllowed && product.tracks_lots === 0) return;
    const held = this.db.first(heldQuery.with({ cartId, productId }));
    const wanted = (held?.q ?? 0) + more;
    const locationId = tillLocationId(this.db, tillId);
    if (product.tracks_lots === 1) {
      assertSellableLots(this.db, productId, locationId, wanted, localDate(this.clock), product.name);
    }
    if (oversellAllowed) return;
    const left = onHandAt(this.db, productId, locationId);
    if (wanted > left) {
      fail('out_of_stock', `Only ${stockLeft(left, product.unit)} of ${product.name} left`);
    }
  }

  store() {
    return this.settings.get('store') ?? fail('not_set_up', 'The store is not set up yet');
  }
}

// A scan's reads and writes, prepared once (db/prepared.ts): a scan is the till's most frequent call.
const openCartRowQuery = prepared((q, arg: Arg<{ tillId: string }>) =>
  q.selectFrom('carts').select(['id', 'updated_at']).where('till_id', '=', arg('tillId')).where('parked_at', 'is', null),
);
const touchQuery = prepared((q, arg: Arg<{ cartId: string; at: string }>) =>
  q
    .updateTable('carts')
    .set((eb) => ({ updated_at: arg('at'), version: eb('version', '+', 1) }))
    .where('id', '=', arg('cartId')),
);
/** The plain line of this product at its catalog price, which a repeated scan raises. */
const sameLineQuery = prepared((q, arg: Arg<{ cartId: string; productId: string; price: number }>) =>
  q
    .selectFrom('cart_lines')
    .select(['id', 'qty'])
    .where('cart_id', '=', arg('cartId'))
    .where('product_id', '=', arg('productId'))
    .where('fixed_amount', 'is', null)
    .where('list_price', 'is', null)
    .where('return_of', 'is', null)
    .where('unit_price', '=', arg('price')),
);
const setQtyQuery = prepared((q, arg: Arg<{ id: string; qty: number }>) =>
  q.updateTable('cart_lines').set({ qty: arg('qty') }).where('id', '=', arg('id')),
);
const positionQuery = prepared((q, arg: Arg<{ cartId: string }>) =>
  q
    .selectFrom('cart_lines')
    .select((eb) => [eb.fn.max('position').as('p'), eb.fn.countAll<number>().as('n')])
    .where('cart_id', '=', arg('cartId')),
);
const stockProductQuery = prepared((q, arg: Arg<{ productId: string }>) =>
  q.selectFrom('products').select(['name', 'unit', 'gift_card', 'tracks_lots']).where('id', '=', arg('productId')),
);
const heldQuery = prepared((q, arg: Arg<{ cartId: string; productId: string }>) =>
  q
    .selectFrom('cart_lines')
    .select((eb) => eb.fn.sum<number>('qty').as('q'))
    .where('cart_id', '=', arg('cartId'))
    .where('product_id', '=', arg('productId')),
);

const deleteLinesQuery = prepared((q, arg: Arg<{ cartId: string }>) => q.deleteFrom('cart_lines').where('cart_id', '=', arg('cartId')));
const deleteTendersQuery = prepared((q, arg: Arg<{ cartId: string }>) =>
  q.deleteFrom('cart_tenders').where('cart_id', '=', arg('cartId')),
);
const clearSaleFieldsQuery = prepared((q, arg: Arg<{ cartId: string }>) =>
  q
    .updateTable('carts')
    .set({
      discount_kind: null,
      discount_value: null,
      discount_reason: null,
      discount_approved_by: null,
      customer_id: null,
      return_approved_by: null,
      age_checked_by: null,
    })
    .where('id', '=', arg('cartId')),
);

/**
 * Only an item sold each is one of it when nothing was keyed. A product sold by weight is
 * weighed; one measured in litres or metres (or in kg but not off a scale) is keyed, since
 * a guessed 1.000 would sell the wrong amount.
 */
function assertNeedsNoKeyedQty(product: ProductView): void {
  if (product.soldByWeight) fail('weight_required', `Weigh ${product.name} and enter its weight`);
  if (product.unit !== 'each') fail('qty_required', `Key how much of ${product.name} (in ${product.unit})`);
}

function assertWholeForEach(unit: Unit, qty: Qty): void {
  if (unit === 'each' && qty % QTY_ONE !== 0) {
    // The usual mistake is sending a count (3) where thousandths (3000) are meant: say so.
    const asItems = `${Math.floor(qty / QTY_ONE)}.${String(qty % QTY_ONE).padStart(3, '0')}`;
    const hint = qty < QTY_ONE ? ` For ${qty} items send qty ${qty * QTY_ONE}.` : '';
    fail(
      'invalid_input',
      `Items sold each come in whole numbers, and qty is in thousandths (1 each = 1000): qty ${qty} is ${asItems} of an item.${hint}`,
    );
  }
}

function lineLimitMessage(name: string): string {
  return `One line holds at most ${MAX_LINE_QTY / QTY_ONE} of ${name} (qty ${MAX_LINE_QTY} in thousandths)`;
}

/** What is left, as a cashier says it: whole items, or kilograms (litres, metres) for measured goods. */
export function stockLeft(onHandQty: Qty, unit: Unit): string {
  const q = Math.max(0, onHandQty);
  if (unit === 'each') return String(Math.floor(q / QTY_ONE));
  const thousandths = String(q % QTY_ONE).padStart(3, '0').replace(/0+$/, '');
  return `${Math.floor(q / QTY_ONE)}${thousandths ? `.${thousandths}` : ''} ${unit}`;
}
