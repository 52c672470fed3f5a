/** Why a discount, a price override, a void or a return was given: a list the store edits. */
export const REASON_KINDS = ['discount', 'price_override', 'void', 'return'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface ReasonCodeView {
  id: string;
  kind: ReasonKind;
  /** Short stable code for reports (price_match). */
  code: string;
  /** What the cashier picks and the receipt and journal show (Price match). */
  label: string;
  position: number;
}
