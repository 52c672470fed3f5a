import type { PrinterCommandSet } from './thermal-printer';

/**
 * The drawer kick, written out byte by byte because node-thermal-printer's
 * openCashDrawer() sends `1b 70 00 1b 70 01` on EPSON: two ESC p commands missing their
 * timing bytes, which a printer reads as one malformed pulse that swallows what follows.
 *
 * EPSON ESC p m t1 t2: 25 x 2 ms on, 250 x 2 ms off keeps the duty cycle under the 20%
 * a drawer solenoid tolerates.
 */
const EPSON_PIN_2 = [0x1b, 0x70, 0x00, 0x19, 0xfa];
const EPSON_PIN_5 = [0x1b, 0x70, 0x01, 0x19, 0xfa];
// STAR line mode: ESC BEL sets the pulse times, the trailing BEL fires the drawer. It has
// no pin choice in this form; the drawer port is wired per printer.
const STAR_PULSE = [0x1b, 0x07, 0x0b, 0x37, 0x07];

export type DrawerPin = 2 | 5;

export function drawerPulse(type: PrinterCommandSet, pin: DrawerPin): Buffer {
  if (type === 'star') return Buffer.from(STAR_PULSE);
  return Buffer.from(pin === 5 ? EPSON_PIN_5 : EPSON_PIN_2);
}
