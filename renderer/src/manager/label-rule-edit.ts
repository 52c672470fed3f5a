import { decimalsRange, INSTORE_PREFIXES, MAX_INSTORE_RULES } from '../../../shared/instore-rules';
import type { InStoreRule, InStoreRuleKind } from '../../../shared/instore-rules';

/**
 * The form's edits as pure steps, so each change leaves a rule that can be saved unless
 * two rules share a prefix (which the form then shows).
 */

/** A rule switched to another kind keeps its decimals where they still fit, else takes the finest. */
export function withKind(rule: InStoreRule, kind: InStoreRuleKind, currencyExponent: number): InStoreRule {
  const { min, max } = decimalsRange(kind, currencyExponent);
  const decimals = rule.decimals >= min && rule.decimals <= max ? rule.decimals : max;
  return { ...rule, kind, decimals };
}

/** A new rule on the first prefix no rule has, or null when every prefix is taken. */
export function newRule(rules: readonly InStoreRule[]): InStoreRule | null {
  if (rules.length >= MAX_INSTORE_RULES) return null;
  const prefix = INSTORE_PREFIXES.find((p) => !rules.some((r) => r.prefix === p));
  return prefix === undefined ? null : { prefix, kind: 'weight', decimals: 3 };
}

/** The decimals a manager may pick for this kind, as the segmented control's values. */
export function decimalsChoices(kind: InStoreRuleKind, currencyExponent: number): string[] {
  const { min, max } = decimalsRange(kind, currencyExponent);
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
}

/** The sample value digits the form explains a rule with: "01234" in the label's value field. */
export const SAMPLE_DIGITS = '01234';

/**
 * What the sample digits mean under a rule: grams for a weight, minor units for a price;
 * null for decimals the rule may not have. Integers moved by powers of ten, as the scan
 * itself decodes them (shared/barcode.ts).
 */
export function sampleValue(rule: InStoreRule, currencyExponent: number): number | null {
  const to = rule.kind === 'weight' ? 3 : currencyExponent;
  if (!Number.isInteger(rule.decimals) || rule.decimals < 0 || rule.decimals > to) return null;
  return Number(SAMPLE_DIGITS) * 10 ** (to - rule.decimals);
}
