import { describe, expect, it } from 'vitest';
import {
  decimalsRange,
  defaultInStoreRules,
  describeInStoreRuleProblem,
  inStoreRuleProblems,
  type InStoreRule,
} from '../../shared/instore-rules';

const weight = (prefix: string, decimals = 3): InStoreRule => ({ prefix, kind: 'weight', decimals });
const price = (prefix: string, decimals = 2): InStoreRule => ({ prefix, kind: 'price', decimals });

describe('in-store label rules', () => {
  it("the default rules are 21 a weight to the gram and 23 a price in the store's exponent", () => {
    expect(defaultInStoreRules(2)).toEqual([weight('21', 3), price('23', 2)]);
    expect(defaultInStoreRules(0)).toEqual([weight('21', 3), price('23', 0)]);
    expect(defaultInStoreRules(3)).toEqual([weight('21', 3), price('23', 3)]);
    for (const exponent of [0, 2, 3, 4])
      expect(inStoreRuleProblems(defaultInStoreRules(exponent), exponent)).toEqual([]);
  });

  it('a weight has 0 to 3 decimals (3 is to the gram); a price 0 up to the currency exponent', () => {
    expect(decimalsRange('weight', 2)).toEqual({ min: 0, max: 3 });
    expect(decimalsRange('weight', 0)).toEqual({ min: 0, max: 3 });
    expect(decimalsRange('price', 2)).toEqual({ min: 0, max: 2 });
    expect(decimalsRange('price', 0)).toEqual({ min: 0, max: 0 });
    expect(decimalsRange('price', 3)).toEqual({ min: 0, max: 3 });
  });

  it('a rule set is refused unless each prefix is two digits from 20 to 29, once, with decimals in range', () => {
    expect(inStoreRuleProblems([], 2)).toEqual([]);
    expect(inStoreRuleProblems([weight('20', 0), price('29', 0), price('25', 1)], 2)).toEqual([]);

    expect(inStoreRuleProblems([weight('19'), weight('2'), weight('210'), weight('2A')], 2)).toEqual([
      { problem: 'prefix', index: 0 },
      { problem: 'prefix', index: 1 },
      { problem: 'prefix', index: 2 },
      { problem: 'prefix', index: 3 },
    ]);
    expect(inStoreRuleProblems([weight('21'), price('21')], 2)).toEqual([
      { problem: 'repeated_prefix', index: 1, prefix: '21' },
    ]);
    expect(inStoreRuleProblems([weight('21', 4), price('23', 3), weight('24', 1.5), weight('25', -1)], 2)).toEqual([
      { problem: 'decimals', index: 0, kind: 'weight', min: 0, max: 3 },
      { problem: 'decimals', index: 1, kind: 'price', min: 0, max: 2 },
      { problem: 'decimals', index: 2, kind: 'weight', min: 0, max: 3 },
      { problem: 'decimals', index: 3, kind: 'weight', min: 0, max: 3 },
    ]);
    // A yen store's price labels carry whole yen.
    expect(inStoreRuleProblems([price('23', 1)], 0)).toEqual([
      { problem: 'decimals', index: 0, kind: 'price', min: 0, max: 0 },
    ]);
    const volume = { prefix: '22', kind: 'volume', decimals: 3 } as unknown as InStoreRule;
    expect(inStoreRuleProblems([volume], 2)).toEqual([{ problem: 'kind', index: 0 }]);
  });

  it('at most ten rules, one per prefix', () => {
    const all = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'].map((p) => weight(p));
    expect(inStoreRuleProblems(all, 2)).toEqual([]);
    expect(inStoreRuleProblems([...all, weight('21')], 2)).toEqual([
      { problem: 'too_many', max: 10 },
      { problem: 'repeated_prefix', index: 10, prefix: '21' },
    ]);
  });

  it('says what is wrong in a sentence naming the rule', () => {
    expect(describeInStoreRuleProblem({ problem: 'repeated_prefix', index: 1, prefix: '21' })).toBe(
      'Rule 2: prefix 21 already has a rule',
    );
    expect(describeInStoreRuleProblem({ problem: 'decimals', index: 0, kind: 'price', min: 0, max: 0 })).toBe(
      'Rule 1: a price in this currency has no decimals',
    );
    expect(describeInStoreRuleProblem({ problem: 'decimals', index: 2, kind: 'weight', min: 0, max: 3 })).toBe(
      'Rule 3: a weight has 0 to 3 decimals (3 is to the gram)',
    );
  });
});
