import { describe, expect, it } from 'vitest';
import { parseQtyInput, qtyKeypadText } from '../../renderer/src/till/quantity-input';

describe('keyed quantities', () => {
  it('an item sold each takes a whole count; weighed and measured goods take up to three decimals', () => {
    expect(parseQtyInput('3', 'each')).toBe(3000);
    expect(parseQtyInput('1.5', 'each')).toBeNull();
    expect(parseQtyInput('0.75', 'kg')).toBe(750);
    expect(parseQtyInput('1,25', 'l')).toBe(1250);
    expect(parseQtyInput('2.125', 'm')).toBe(2125);
    expect(parseQtyInput('2.1255', 'm')).toBeNull();
    expect(parseQtyInput('0', 'l')).toBeNull();
  });

  it('the keypad opens on a line quantity in its own unit', () => {
    expect(qtyKeypadText(3000, 'each')).toBe('3');
    expect(qtyKeypadText(1500, 'l')).toBe('1.5');
    expect(qtyKeypadText(2000, 'm')).toBe('2');
  });
});
