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
