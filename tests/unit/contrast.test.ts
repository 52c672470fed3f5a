import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { categoryColor } from '../../renderer/src/till/category-color';
import { contrastRatio, readableTextOn } from '../../renderer/src/app/contrast';

// Loaded untyped: Mantine's types would pull the DOM library into the Node test project.
const { DEFAULT_THEME } = createRequire(import.meta.url)('@mantine/core') as {
  DEFAULT_THEME: { colors: Record<string, string[]> };
};

describe('text on a category colour', () => {
  it('reaches WCAG AA (4.5:1) on every Mantine colour and shade, and on any hex colour', () => {
    const colors = Object.values(DEFAULT_THEME.colors).flat();
    for (let v = 0; v < 0x1000000; v += 0x010203) colors.push(`#${v.toString(16).padStart(6, '0')}`);
    for (const bg of colors) expect(contrastRatio(bg, readableTextOn(bg)), bg).toBeGreaterThanOrEqual(4.5);
  });

  it('a category colour given by name or hex resolves to a background and a readable text colour', () => {
    for (const name of ['orange', 'blue', 'green', 'cyan', 'yellow', 'indigo', 'teal', 'red', 'grape', 'pink', 'lime', '#ffeeaa', 'nonsense']) {
      const c = categoryColor(DEFAULT_THEME.colors, name);
      expect(contrastRatio(c.background, c.text), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('white is 21:1 on black', () => {
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
  });
});
