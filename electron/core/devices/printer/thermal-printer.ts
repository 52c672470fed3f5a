/**
 * The one place that talks to node-thermal-printer's TypeScript types, which describe
 * the library loosely (interface typed as string only, STAR's code128 settings for every
 * type). Casts that paper over that live here, each with its reason, and nowhere else.
 */
import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';

export type PrinterCommandSet = 'epson' | 'star';

type ThermalConfig = ConstructorParameters<typeof ThermalPrinter>[0];
type Code128Settings = NonNullable<Parameters<ThermalPrinter['code128']>[1]>;

/** A buffer-only printer: no interface, so it never touches a device; getBuffer() gives the bytes. */
export function createBufferPrinter(type: PrinterCommandSet, columns: number): ThermalPrinter {
  const config: Omit<ThermalConfig, 'interface'> = {
    type: type === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    width: columns,
    // PC858 is PC850 with the euro sign: pound and euro in one code page, so the library
    // does not have to switch pages mid-receipt for the two currencies we print most.
    characterSet: CharacterSet.PC858_EURO,
    // Our layout already wraps to the column width. The library's own folding counts the
    // configured width even in double-width text and would wrap twice.
    breakLine: BreakLine.NONE,
  };
  // The types mark `interface` required, but the library only builds an interface when
  // one is given; leaving it out is the documented way to get bytes without a device.
  return new ThermalPrinter(config as ThermalConfig);
}

/**
 * EPSON's code128 reads a numeric module width (2-6 dots) and height; the published types
 * only know STAR's 'SMALL' | 'MEDIUM' | 'LARGE', which EPSON would send as a 0 byte.
 */
export function epsonCode128Settings(settings: { width: 2 | 3 | 4 | 5 | 6; height: number }): Code128Settings {
  return settings as unknown as Code128Settings;
}

/**
 * STAR emits each code128 option only if given once any settings object is passed, so
 * all three are always set here or the command comes out short.
 */
export function starCode128Settings(height: number): Code128Settings {
  // text 1: no human-readable line under the bars; the receipt prints the number itself.
  return { text: 1, width: 'MEDIUM', height };
}
