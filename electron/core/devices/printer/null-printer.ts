/**
 * The printer of a till that has none. It goes through the lifecycle like any other so
 * the device manager needs no special case, and fails every job the way an offline
 * printer does, so the sale still commits and the receipt waits in the queue.
 */
import { LifecycleDevice } from '../lifecycle';
import type { DeviceHealth, PrinterStatus, ReceiptPrinter } from '../types';
import { DeviceError } from '../types';

const NOT_CONFIGURED = 'No receipt printer is configured';

export class NullPrinter extends LifecycleDevice implements ReceiptPrinter {
  readonly name = 'none';

  constructor() {
    super('receipt printer none');
  }

  async printReceipt(): Promise<void> {
    throw new DeviceError('device_offline', NOT_CONFIGURED);
  }

  async printLabels(): Promise<void> {
    throw new DeviceError('device_offline', NOT_CONFIGURED);
  }

  async openDrawer(): Promise<void> {
    throw new DeviceError('device_offline', NOT_CONFIGURED);
  }

  async status(): Promise<PrinterStatus> {
    throw new DeviceError('device_offline', NOT_CONFIGURED);
  }

  async checkHealth(): Promise<DeviceHealth> {
    return { ok: false, state: this.state, detail: NOT_CONFIGURED };
  }
}
