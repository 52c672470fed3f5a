/**
 * The device contract the rest of the core programs against. Modelled on UnifiedPOS so
 * a driver for a new printer, drawer or scale slots in without the sale code noticing:
 * closed -> opened -> claimed -> enabled, and a health check that never throws.
 */
import type { ReceiptDoc } from '../../../shared/domain/receipt';
import type { LabelDoc } from '../../../shared/domain/shelf-labels';

export type DeviceState = 'closed' | 'opened' | 'claimed' | 'enabled';

export interface DeviceHealth {
  ok: boolean;
  state: DeviceState;
  /** Readable by a cashier: "Ready", "Paper low", "Receipt printer at ... is not reachable". */
  detail: string;
}

export interface PrinterStatus {
  online: boolean;
  coverOpen: boolean;
  paperEnd: boolean;
  paperNearEnd: boolean;
  /** null when the device cannot tell (no sensor, or no printer). */
  drawerOpen: boolean | null;
  error: boolean;
}

export type DeviceErrorCode = 'device_offline' | 'device_timeout' | 'device_not_enabled' | 'device_error';

/**
 * The code is what the UI and the print queue act on (retry, queue, tell the cashier);
 * the message is already fit to show a cashier, so nobody has to translate errno names.
 */
export class DeviceError extends Error {
  readonly code: DeviceErrorCode;

  constructor(code: DeviceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeviceError';
    this.code = code;
  }
}

export function isDeviceError(err: unknown): err is DeviceError {
  return err instanceof DeviceError;
}

export interface ReceiptPrinter {
  /** Where the printer is, e.g. 'tcp://127.0.0.1:9100' or 'sim:'. */
  readonly name: string;
  readonly state: DeviceState;
  open(): Promise<void>;
  claim(timeoutMs?: number): Promise<void>;
  enable(): Promise<void>;
  disable(): Promise<void>;
  release(): Promise<void>;
  close(): Promise<void>;
  /** Rejects with DeviceError; never hangs past the configured timeout. */
  printReceipt(doc: ReceiptDoc, opts: { openDrawer: boolean }): Promise<void>;
  /** Shelf or barcode labels, one after another with a cut between, as one job; rejects with DeviceError. */
  printLabels(labels: readonly LabelDoc[]): Promise<void>;
  /** A drawer pulse and nothing else (no-sale). */
  openDrawer(): Promise<void>;
  /** Rejects with DeviceError when the printer cannot be reached. */
  status(): Promise<PrinterStatus>;
  /** Never rejects: a failed check is reported in the result. */
  checkHealth(): Promise<DeviceHealth>;
}
