import { describe, expect, it } from 'vitest';
import { SETTLE_MS, settled } from '../../renderer/src/payment/settle-guard';

describe('the paid screen settles before it acts', () => {
  it('a second Enter or tap within a second of the sale does nothing; after it, it does', () => {
    expect(settled(1000, 1000 + SETTLE_MS - 1)).toBe(false);
    expect(settled(1000, 1000 + SETTLE_MS)).toBe(true);
    // Before the screen has painted, nothing counts as settled.
    expect(settled(Number.POSITIVE_INFINITY, 5000)).toBe(false);
  });
});
