/**
 * The number kinds Tillbox uses. They are plain integers on purpose: no float ever
 * carries money, quantity or a tax rate. The rounding rules live in shared/money.ts.
 */
/** Money in the currency's minor unit (cents, pence, yen). */
export type Minor = number;
/** A quantity in thousandths: 1 each = 1000, 1.250 kg = 1250. */
export type Qty = number;
/** A tax rate in basis points: 20% = 2000. */
export type Bps = number;
/** An ISO-8601 timestamp in UTC. */
export type Iso = string;

export const QTY_ONE: Qty = 1000;

/**
 * The most one cart line may hold: 1,000 items or 1,000 kg. Far above any real basket,
 * and low enough that a line amount (price x quantity) stays an exact integer.
 * Enforced however the quantity is reached: typed, scanned again and again, or added.
 */
export const MAX_LINE_QTY: Qty = 1000 * QTY_ONE;
/** The most lines one cart may hold; a hostile client cannot grow a cart without bound. */
export const MAX_CART_LINES = 500;
