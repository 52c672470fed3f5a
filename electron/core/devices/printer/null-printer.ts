/**
 * The printer of a till that has none. It goes through the lifecycle like any other so
 * the device manager needs no special case, and fails every job the way an offline
 * printer does, so the sale still commits and the receipt waits in the queue.
 */
import { DeviceLifecycle } from '../lifecycle';
import type { DeviceHealth, DeviceState, PrinterStatus, ReceiptPrinter } from '../types';
import { DeviceError } from '../types';

const NOT_CONFIGURED = 'No receipt printer is configured';

export class NullPrinter implements ReceiptPrinter {
  readonly name = 'none';
  private readonly lifecycle = new DeviceLifecycle('receipt printer none');

  get state(): DeviceState {
    return this.lifecycle.state;
  }

  async open(): Promise<void> {
    this.lifecycle.step('open');
  }

  async claim(_timeoutMs?: number): Promise<void> {
    this.lifecycle.step('claim');
  }

  async enable(): Promise<void> {
    this.lifecycle.step('enable');
  }

  async disable(): Promise<void> {
    this.lifecycle.step('disable');
  }

  async release(): Promise<void> {
    this.lifecycle.step('release');
  }

  async close(): Promise<void> {
    this.lifecycle.step('close');
  }

  async printReceipt(): Promise<void> {
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
