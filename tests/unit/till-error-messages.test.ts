/**
 * What the till tells a cashier when the core refuses a scan of an expired batch: the
 * facts that only travel in the core's message (which product, which batch, which day)
 * reach the screen, with what to do.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { lotExpiredFacts } from '../../renderer/src/i18n/lot-expired';

/** i18next's {{name}} interpolation, enough for one English message. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

describe('till error messages', () => {
  it('an expired lot names the product, the batch and its date, and what to do', () => {
    const facts = lotExpiredFacts('Milk 1 l: batch L-0425 expired on 2026-11-25 and cannot be sold');
    expect(facts).toEqual({ name: 'Milk 1 l', batch: 'L-0425', date: new Date(2026, 10, 25).toLocaleDateString() });
    const text = fill(en.cart.lotExpired, facts ?? {});
    expect(text).toContain('Milk 1 l: batch L-0425 expired on');
    expect(text).toContain('take it off the shelf');
  });

  it('a message of another shape gives no facts, so the plain explanation shows', () => {
    expect(lotExpiredFacts('something else')).toBeNull();
  });
});
