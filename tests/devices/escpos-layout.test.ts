import { describe, expect, it } from 'vitest';
import { leftRight, printable, table, wrap } from '../../electron/core/devices/printer/escpos-layout';

describe('receipt layout', () => {
  it('wrap breaks at spaces and splits a word longer than the line', () => {
    expect(wrap('free range eggs', 10)).toEqual(['free range', 'eggs']);
    expect(wrap('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('leftRight puts the amount flush right on the first line and wraps the name beside it', () => {
    expect(leftRight('Milk', '£2.40 B', 20)).toEqual(['Milk         £2.40 B']);
    const lines = leftRight('Extra large brown eggs', '£2.40 B', 20);
    expect(lines[0]).toBe('Extra large  £2.40 B');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('leftRight gives an amount too wide for the line a line of its own', () => {
    expect(leftRight('Total', '£1,000,000.00', 12)).toEqual(['Total', '£1,000,000.00'.slice(0, 13)]);
  });

  it('table aligns figures at the right margin and falls back to plain rows when too wide', () => {
    const rows = [
      ['A', '20%', '£2.08'],
      ['B', '5%', '£17.06'],
    ];
    expect(table(rows, ['left', 'right', 'right'], 16)).toEqual(['A   20%    £2.08', 'B    5%   £17.06']);
    // An odd space left over goes to the rightmost gap.
    expect(table(rows, ['left', 'right', 'right'], 17)).toEqual(['A   20%     £2.08', 'B    5%    £17.06']);
    expect(table(rows, ['left', 'right', 'right'], 8)).toEqual(['A 20%', '£2.08', 'B 5%', '£17.06']);
  });

  it('printable turns locale spaces into plain spaces and strips control characters', () => {
    expect(printable('1\u202f234,56\u00a0€')).toBe('1 234,56 €');
    expect(printable('\u22121.00')).toBe('-1.00');
    expect(printable('Milk\x1bp\x00')).toBe('Milk p ');
  });
});
