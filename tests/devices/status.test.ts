import { describe, expect, it } from 'vitest';
import { describeStatus, parseStatus } from '../../electron/core/devices/printer/status';
import { DeviceError } from '../../electron/core/devices/types';

const READY = 0x12;

describe('parseStatus', () => {
  it('0x12 on all three queries means a ready printer with the drawer shut', () => {
    expect(parseStatus(READY, READY, READY, true)).toEqual({
      online: true,
      coverOpen: false,
      paperEnd: false,
      paperNearEnd: false,
      drawerOpen: false,
      error: false,
    });
  });

  it('drawer polarity is a setting: pin 3 high is open for one drawer and shut for another', () => {
    const pin3High = READY | 0x04;
    expect(parseStatus(pin3High, READY, READY, true).drawerOpen).toBe(true);
    expect(parseStatus(pin3High, READY, READY, false).drawerOpen).toBe(false);
    expect(parseStatus(READY, READY, READY, false).drawerOpen).toBe(true);
  });

  it('n=1 bit 3 means offline', () => {
    expect(parseStatus(READY | 0x08, READY, READY, true).online).toBe(false);
  });

  it('n=2 reports cover open, stopped at paper end and error', () => {
    expect(parseStatus(READY, READY | 0x04, READY, true).coverOpen).toBe(true);
    expect(parseStatus(READY, READY | 0x20, READY, true).paperEnd).toBe(true);
    expect(parseStatus(READY, READY | 0x40, READY, true).error).toBe(true);
  });

  it('n=4 bits 2-3 are paper near end and bits 5-6 paper end', () => {
    const nearEnd = parseStatus(READY, READY, 0x1e, true);
    expect(nearEnd.paperNearEnd).toBe(true);
    expect(nearEnd.paperEnd).toBe(false);
    const out = parseStatus(READY, READY, READY | 0x60, true);
    expect(out.paperEnd).toBe(true);
    expect(out.paperNearEnd).toBe(false);
  });

  it('a byte without bits 1 and 4 set, or with 0 or 7 set, is not a status and is refused', () => {
    for (const bad of [0x00, 0x10, 0x02, 0x13, 0x92, 0xff, 256, -1, 1.5]) {
      expect(() => parseStatus(bad, READY, READY, true)).toThrow(DeviceError);
      expect(() => parseStatus(READY, bad, READY, true)).toThrow(DeviceError);
      expect(() => parseStatus(READY, READY, bad, true)).toThrow(DeviceError);
    }
    try {
      parseStatus(0x00, READY, READY, true);
    } catch (err) {
      expect((err as DeviceError).code).toBe('device_error');
    }
  });
});

describe('describeStatus', () => {
  const ready = parseStatus(READY, READY, READY, true);

  it('names the cause a cashier can fix before the generic offline', () => {
    expect(describeStatus({ ...ready, online: false, coverOpen: true })).toEqual({
      ok: false,
      detail: 'Receipt printer cover is open',
    });
    expect(describeStatus({ ...ready, online: false, paperEnd: true }).detail).toBe('Receipt printer is out of paper');
    expect(describeStatus({ ...ready, online: false }).detail).toBe('Receipt printer is offline');
  });

  it('paper running low still prints', () => {
    expect(describeStatus({ ...ready, paperNearEnd: true })).toEqual({ ok: true, detail: 'Receipt paper is running low' });
    expect(describeStatus(ready)).toEqual({ ok: true, detail: 'Ready' });
  });
});
