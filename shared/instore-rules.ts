/**
 * In-store label rules: which EAN-13 prefix carries a weight or a price in its five value
 * digits, and how many of those digits are decimals (see HARDWARE.md, "Barcode scanners").
 * They are store settings, matched in order.
 */

export type InStoreRuleKind = 'weight' | 'price';

export interface InStoreRule {
  /** Two digits from 20 to 29: GS1 keeps those EAN-13 prefixes for use inside one store. */
  prefix: string;
  kind: InStoreRuleKind;
  /** Decimal places of the embedded 5-digit value. */
  decimals: number;
}

/**
 * Until a manager saves their own: 21 is a weight to the gram, 23 a price in the store's
 * own minor units, the usual split of the EAN-13 in-store range.
 */
export function defaultInStoreRules(currencyExponent: number): InStoreRule[] {
  return [
    { prefix: '21', kind: 'weight', decimals: 3 },
    { prefix: '23', kind: 'price', decimals: currencyExponent },
  ];
}
