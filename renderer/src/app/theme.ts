import {
  Button,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  Modal,
  parseThemeColor,
  PasswordInput,
  SegmentedControl,
  Select,
  Switch,
  TextInput,
  type VariantColorsResolver,
} from '@mantine/core';

// Variants that draw coloured text on white or on a pale tint of the colour.
const TEXT_VARIANTS = new Set(['light', 'subtle', 'outline', 'white', 'transparent']);

/**
 * Mantine draws light/subtle/outline text in shade 6-9, which misses 4.5:1 for green,
 * yellow, orange, teal and others on their own tint. Text in these variants is the
 * colour's darkest shade darkened further: the same hue, and over 5:1 on any tint.
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (!TEXT_VARIANTS.has(input.variant)) return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const darkest = parsed.isThemeColor ? input.theme.colors[parsed.color]?.[9] : undefined;
  if (darkest === undefined) return colors;
  const text = darken(darkest, 0.4);
  return { ...colors, color: text, hoverColor: text };
};

/** Touch-first defaults: a cashier's finger needs 48 px targets; `lg` is 50 px in Mantine. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // WCAG AA (4.5:1) on filled buttons: shade 8 of most colours carries white text, and
  // autoContrast switches to black text on the light ones (green, yellow, lime, cyan,
  // orange, teal). 0.179 is the luminance where black and white contrast equally, so the
  // better of the two is always chosen, and the better of the two always reaches 4.58:1.
  primaryShade: 8,
  autoContrast: true,
  luminanceThreshold: 0.179,
  variantColorResolver: readableVariants,
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", sans-serif',
  components: {
    Button: Button.extend({ defaultProps: { size: 'lg' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'lg' } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { size: 'lg' } }),
    Select: Select.extend({ defaultProps: { size: 'lg' } }),
    Switch: Switch.extend({ defaultProps: { size: 'lg' } }),
    // Mantine's lg segments are 42 px tall and as narrow as their text; each is a target of its own.
    SegmentedControl: SegmentedControl.extend({
      defaultProps: { size: 'lg' },
      styles: {
        label: { minHeight: 48, minWidth: 48, display: 'flex', alignItems: 'center', justifyContent: 'center' },
      },
    }),
    Modal: Modal.extend({ styles: { title: { fontSize: 22, fontWeight: 700 } } }),
  },
});
