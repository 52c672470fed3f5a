import { Button, createTheme, Modal, PasswordInput, SegmentedControl, Select, Switch, TextInput } from '@mantine/core';

/** Touch-first defaults: a cashier's finger needs 48 px targets; `lg` is 50 px in Mantine. */
export const theme = createTheme({
  primaryColor: 'indigo',
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
