/**
 * In-store label rules: which EAN-13 prefix carries a weight or a price in its five value
 * digits, and how many of those digits are decimals (see HARDWARE.md, "Barcode scanners").
 * They are store settings a manager edits; the same checks run in the form, in the
 * contract's zod schema and in the core, so a rule set that cannot be decoded exactly is
 * never saved.
 */

export type InStoreRuleKind = 'weight' | 'price';

export interface InStoreRule {
  /** Two digits from 20 to 29: GS1 keeps those EAN-13 prefixes for use inside one store. */
  prefix: string;
  kind: InStoreRuleKind;
  /** Decimal places of the embedded 5-digit value. */
  decimals: number;
}

export const INSTORE_PREFIXES: readonly string[] = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'];

/** One rule per prefix is all there can be, so ten is every prefix GS1 leaves to a store. */
export const MAX_INSTORE_RULES = INSTORE_PREFIXES.length;

/** Decimals of a quantity: Qty is thousandths, so a gram is the finest weight a line holds. */
const WEIGHT_MAX_DECIMALS = 3;

/**
 * The decimals a rule of this kind may have.
 * - Weight 0-3: three decimals is to the gram (99.999 kg at most), the resolution of Qty;
 *   a fourth would print tenths of a gram the line cannot hold, and decoding would round
 *   them away. Fewer is coarser but exact: 2 is to 10 g (up to 999.99 kg), 0 whole kilos.
 * - Price 0 to the store's currency exponent: a price label is what the customer pays, so
 *   it must land on a whole minor unit. A euro store may print 2 (999.99 at most) or fewer
 *   (whole euros up to 99999); 3 would print tenths of a cent that would be rounded off.
 *   A yen store's labels therefore carry whole yen.
 */
export function decimalsRange(kind: InStoreRuleKind, currencyExponent: number): { min: number; max: number } {
  return { min: 0, max: kind === 'weight' ? WEIGHT_MAX_DECIMALS : currencyExponent };
}

/**
 * Until a manager saves their own: 21 is a weight to the gram, 23 a price in the store's
 * own minor units, the usual split of the EAN-13 in-store range.
 */
export function defaultInStoreRules(currencyExponent: number): InStoreRule[] {
  return [
    { prefix: '21', kind: 'weight', decimals: WEIGHT_MAX_DECIMALS },
    { prefix: '23', kind: 'price', decimals: currencyExponent },
  ];
}

/** Why a rule set cannot be saved; `index` is the rule's position in the set. */
export type InStoreRuleProblem =
  | { problem: 'too_many'; max: number }
  | { problem: 'prefix'; index: number }
  | { problem: 'repeated_prefix'; index: number; prefix: string }
  | { problem: 'kind'; index: number }
  | { problem: 'decimals'; index: number; kind: InStoreRuleKind; min: number; max: number };

/** Everything wrong with a rule set for a store with this currency exponent; empty when it may be saved. */
export function inStoreRuleProblems(rules: readonly InStoreRule[], currencyExponent: number): InStoreRuleProblem[] {
  const problems: InStoreRuleProblem[] = [];
  if (rules.length > MAX_INSTORE_RULES) problems.push({ problem: 'too_many', max: MAX_INSTORE_RULES });
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (!INSTORE_PREFIXES.includes(rule.prefix)) problems.push({ problem: 'prefix', index });
    else if (seen.has(rule.prefix)) problems.push({ problem: 'repeated_prefix', index, prefix: rule.prefix });
    seen.add(rule.prefix);
    if (rule.kind !== 'weight' && rule.kind !== 'price') {
      problems.push({ problem: 'kind', index });
      return;
    }
    const { min, max } = decimalsRange(rule.kind, currencyExponent);
    if (!Number.isInteger(rule.decimals) || rule.decimals < min || rule.decimals > max) {
      problems.push({ problem: 'decimals', index, kind: rule.kind, min, max });
    }
  });
  return problems;
}

/** The field of the rule a problem is about, for a form or a zod issue path. */
export function problemField(p: InStoreRuleProblem): 'prefix' | 'kind' | 'decimals' | null {
  switch (p.problem) {
    case 'too_many':
      return null;
    case 'prefix':
    case 'repeated_prefix':
      return 'prefix';
    case 'kind':
      return 'kind';
    case 'decimals':
      return 'decimals';
  }
}

/** The problem in English, for the core's error message and the contract's issues. */
export function describeInStoreRuleProblem(p: InStoreRuleProblem): string {
  switch (p.problem) {
    case 'too_many':
      return `At most ${p.max} label rules, one per prefix 20-29`;
    case 'prefix':
      return `Rule ${p.index + 1}: a prefix is two digits from 20 to 29`;
    case 'repeated_prefix':
      return `Rule ${p.index + 1}: prefix ${p.prefix} already has a rule`;
    case 'kind':
      return `Rule ${p.index + 1}: a label carries a weight or a price`;
    case 'decimals':
      return p.kind === 'weight'
        ? `Rule ${p.index + 1}: a weight has ${p.min} to ${p.max} decimals (${p.max} is to the gram)`
        : p.max === 0
          ? `Rule ${p.index + 1}: a price in this currency has no decimals`
          : `Rule ${p.index + 1}: a price in this currency has ${p.min} to ${p.max} decimals`;
  }
}
