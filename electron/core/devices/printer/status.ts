/**
 * Real-time status (DLE EOT n) decoded. Bit meanings are in shared HARDWARE.md; the
 * fixed bits (1 and 4 set, 0 and 7 clear) are checked so that a stray byte from a
 * confused printer or the wrong device on the port is an error, not a "ready" status.
 */
import type { PrinterStatus } from '../types';
import { DeviceError } from '../types';

/** The three queries, in the order parseStatus takes the replies. */
export const STATUS_QUERY = Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);

const bit = (byte: number, n: number): boolean => (byte & (1 << n)) !== 0;

function assertStatusByte(byte: number, n: 1 | 2 | 4): void {
  const valid = Number.isInteger(byte) && byte >= 0 && byte <= 0xff && (byte & 0x93) === 0x12;
  if (!valid) {
    throw new DeviceError('device_error', `Receipt printer sent an unexpected status (DLE EOT ${n}: 0x${hex(byte)})`);
  }
}

/**
 * drawerOpenWhenHigh: whether pin 3 high means open depends on the drawer's switch, so
 * it is a till setting, not a guess made here.
 */
export function parseStatus(n1: number, n2: number, n4: number, drawerOpenWhenHigh: boolean): PrinterStatus {
  assertStatusByte(n1, 1);
  assertStatusByte(n2, 2);
  assertStatusByte(n4, 4);
  const pin3High = bit(n1, 2);
  return {
    online: !bit(n1, 3),
    coverOpen: bit(n2, 2),
    // Either report is enough: n=2 says printing stopped for it, n=4 says the sensor sees it.
    paperEnd: bit(n2, 5) || (n4 & 0x60) !== 0,
    paperNearEnd: (n4 & 0x0c) !== 0,
    drawerOpen: drawerOpenWhenHigh ? pin3High : !pin3High,
    error: bit(n2, 6),
  };
}

/**
 * What a cashier should be told, most specific cause first: a printer goes offline
 * because its cover is open or its paper ran out, and "offline" alone does not help.
 */
export function describeStatus(status: PrinterStatus): { ok: boolean; detail: string } {
  if (status.coverOpen) return { ok: false, detail: 'Receipt printer cover is open' };
  if (status.paperEnd) return { ok: false, detail: 'Receipt printer is out of paper' };
  if (status.error) return { ok: false, detail: 'Receipt printer reports an error' };
  if (!status.online) return { ok: false, detail: 'Receipt printer is offline' };
  if (status.paperNearEnd) return { ok: true, detail: 'Receipt paper is running low' };
  return { ok: true, detail: 'Ready' };
}

function hex(byte: number): string {
  return Number.isInteger(byte) ? byte.toString(16).padStart(2, '0') : String(byte);
}
