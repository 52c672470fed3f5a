import { readableTextOn } from '../app/contrast';

/** The theme's palettes (Mantine's `theme.colors`): ten shades per colour name. */
export type Palettes = Readonly<Record<string, readonly string[] | undefined>>;

export interface CategoryColor {
  /** The category's own colour, for a filled button or a tile's edge. */
  background: string;
  /** Black or white, whichever is readable on it (WCAG AA). */
  text: string;
}

// A palette name means this shade: the one Mantine fills buttons with.
const SHADE = 6;
const FALLBACK = '#868e96';

/**
 * A category's colour as the database holds it (a Mantine palette name such as "cyan",
 * or a #hex), as concrete colours. Text on it is picked by contrast, never assumed white.
 */
export function categoryColor(palettes: Palettes, color: string): CategoryColor {
  const background = color.startsWith('#') ? color : (palettes[color]?.[SHADE] ?? FALLBACK);
  return { background, text: readableTextOn(background) };
}
