import { describeInStoreRuleProblem, inStoreRuleProblems } from '../../../shared/instore-rules';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import type { HandlersOf } from '../router';

/** labels.*: the store's in-store label rules, which decide what a 20-29 barcode carries. */
export function labelsDomain(ctx: CoreContext) {
  const exponent = () => ctx.settings.currencyExponent();
  const handlers: HandlersOf<'labels'> = {
    'labels.get': () => [...ctx.settings.instoreRules(exponent())],
    'labels.replace': (input) => {
      // zod has checked the shape; only the core knows the store's exponent, which bounds a
      // price's decimals, and it checks the whole set again so no other caller can skip it.
      const problems = inStoreRuleProblems(input.rules, exponent());
      if (problems.length > 0) fail('invalid_label_rules', problems.map(describeInStoreRuleProblem).join('; '));
      const rules = input.rules.map(({ prefix, kind, decimals }) => ({ prefix, kind, decimals }));
      ctx.settings.set('instoreRules', rules);
      return rules;
    },
  };
  return { handlers };
}
