import { z } from 'zod';
import { MAX_CURRENCY_EXPONENT } from '../iso-4217';
import {
  describeInStoreRuleProblem,
  inStoreRuleProblems,
  MAX_INSTORE_RULES,
  problemField,
  type InStoreRule,
} from '../instore-rules';
import { channel } from './define';
import { noInput } from './inputs';

const rule = z
  .object({
    prefix: z.string().regex(/^2\d$/, 'A prefix is two digits from 20 to 29'),
    kind: z.enum(['weight', 'price']),
    decimals: z
      .number()
      .int()
      .min(0)
      .max(MAX_CURRENCY_EXPONENT)
      .describe('How many of the five value digits are decimals (a count of digits): 3 for grams, the currency exponent for a price.'),
  })
  .strict();

/**
 * The same checks the core makes, but without the store: a price's decimals are only
 * bounded by the largest exponent any currency has here, and the core then holds them to
 * the store's own (shared/instore-rules.ts explains the ranges).
 */
const ruleSet = z
  .array(rule)
  .max(MAX_INSTORE_RULES, `At most ${MAX_INSTORE_RULES} label rules, one per prefix 20-29`)
  .superRefine((rules, ctx) => {
    for (const p of inStoreRuleProblems(rules, MAX_CURRENCY_EXPONENT)) {
      // Shape problems already have their own issue from the object schema above.
      if (p.problem === 'too_many' || p.problem === 'prefix' || p.problem === 'kind') continue;
      const field = problemField(p);
      ctx.addIssue({
        code: 'custom',
        path: field === null ? [] : [p.index, field],
        message: describeInStoreRuleProblem(p),
      });
    }
  });

export const labelChannels = {
  'labels.get': channel<InStoreRule[]>()({
    input: noInput,
    access: 'settings.manage',
    summary:
      "The store's in-store label rules, in the order they are matched: the saved set, or the defaults (21 a weight to the gram, 23 a price in the store's minor units).",
  }),
  'labels.replace': channel<InStoreRule[]>()({
    input: z.object({ rules: ruleSet }),
    access: 'settings.manage',
    summary:
      'Replace the in-store label rules. Prefixes 20-29, each once; a weight has 0-3 decimals, a price 0 up to the currency exponent; at most 10 rules. A bad set changes nothing.',
  }),
};
