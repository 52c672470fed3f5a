import { describe, expect, it } from 'vitest';
import { createPrinter, parsePrinterUri } from '../../electron/core/devices/printer/create-printer';
import { EscPosPrinter } from '../../electron/core/devices/printer/escpos-printer';
import { NullPrinter } from '../../electron/core/devices/printer/null-printer';
import { SimulatedPrinter } from '../../electron/core/devices/printer/simulated-printer';
import { DeviceError } from '../../electron/core/devices/types';
import { gbpExponent, receiptFixture } from './fixtures';

const GBP = { currencyExponent: gbpExponent };

describe('createPrinter', () => {
  it('tcp://host defaults to port 9100', () => {
    expect(parsePrinterUri('tcp://192.168.1.50')).toEqual({ kind: 'tcp', host: '192.168.1.50', port: 9100 });
    expect(parsePrinterUri('tcp://printer.local:9101')).toEqual({ kind: 'tcp', host: 'printer.local', port: 9101 });
    expect(parsePrinterUri('tcp://[::1]:9100')).toEqual({ kind: 'tcp', host: '::1', port: 9100 });
    const printer = createPrinter('tcp://192.168.1.50', GBP);
    expect(printer).toBeInstanceOf(EscPosPrinter);
    expect(printer.name).toBe('tcp://192.168.1.50:9100');
  });

  it('sim: is the simulator and none is a printer that is never there', async () => {
    expect(createPrinter('sim:', GBP)).toBeInstanceOf(SimulatedPrinter);
    expect(createPrinter('sim:front', GBP).name).toBe('sim:front');

    const none = createPrinter('none', GBP);
    expect(none).toBeInstanceOf(NullPrinter);
    await none.open();
    await none.claim();
    await none.enable();
    const error = await none.printReceipt(receiptFixture(), { openDrawer: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect(error).toMatchObject({ code: 'device_offline', message: 'No receipt printer is configured' });
    expect(await none.checkHealth()).toEqual({ ok: false, state: 'enabled', detail: 'No receipt printer is configured' });
  });

  it('an unknown scheme is refused by name', () => {
    expect(() => createPrinter('usb://04b8:0202', GBP)).toThrow(/"usb:", which is not supported/);
    expect(() => createPrinter('serial:/dev/ttyUSB0', GBP)).toThrow(/not supported/);
  });

  it('a malformed address is refused at startup, not at the first sale', () => {
    for (const bad of ['', 'tcp://', 'tcp://host:0', 'tcp://host:70000', 'tcp://host:9100/path', 'tcp://a b', 'printer', 'tcp://host:port']) {
      expect(() => createPrinter(bad, GBP), bad).toThrow(/Printer address/);
    }
  });

  it('settings out of range are refused', () => {
    expect(() => createPrinter('sim:', { ...GBP, columns: 10 })).toThrow(RangeError);
    expect(() => createPrinter('sim:', { ...GBP, timeoutMs: 0 })).toThrow(RangeError);
    // Settings come from the database, where the type does not hold.
    expect(() => createPrinter('sim:', { ...GBP, drawerPin: 3 as 2 })).toThrow(RangeError);
  });
});
