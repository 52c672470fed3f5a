/**
 * What the till tells a cashier when the core refuses a scan: the facts that only travel
 * in the core's message (which product, which batch, how many left) reach the screen.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/api/client';
import { errorMessage } from '../../renderer/src/i18n/error-message';
import { initI18n } from '../../renderer/src/i18n';

beforeAll(initI18n);

describe('till error messages', () => {
  it('an expired lot names the product, the batch and its date, and what to do', () => {
    const e = new ApiError({ code: 'lot_expired', message: 'Milk 1 l: batch L-0425 expired on 2026-11-25 and cannot be sold' });
    const text = errorMessage(i18next.t, e);
    expect(text).toContain('Milk 1 l: batch L-0425 expired on');
    expect(text).toContain(new Date(2026, 10, 25).toLocaleDateString());
    expect(text).toContain('take it off the shelf');
  });

  it('an unexpected message shape still gives the plain explanation', () => {
    const e = new ApiError({ code: 'lot_expired', message: 'something else' });
    expect(errorMessage(i18next.t, e)).toBe(i18next.t('errors.lot_expired'));
  });
});
