/**
 * A real ESC/POS receipt printer: the lifecycle, rendering and status over any
 * PrinterTransport. Jobs to one printer run one at a time (see SerialQueue).
 */
import type { ReceiptDoc } from '../../../../shared/domain/receipt';
import type { LabelDoc } from '../../../../shared/domain/shelf-labels';
import { LifecycleDevice } from '../lifecycle';
import { SerialQueue } from '../../serial-queue';
import type { DeviceHealth, PrinterStatus, ReceiptPrinter } from '../types';
import { DeviceError } from '../types';
import type { DrawerPin } from './drawer-pulse';
import { drawerPulse } from './drawer-pulse';
import { renderLabels } from './escpos-labels';
import { renderReceipt } from './escpos-receipt';
import type { ReceiptLabels } from './receipt-labels';
import { describeStatus, parseStatus, STATUS_QUERY } from './status';
import type { PrinterCommandSet } from './thermal-printer';
import type { PrinterTransport } from './transport';

export interface EscPosPrinterOptions {
  columns: number;
  drawerPin: DrawerPin;
  type: PrinterCommandSet;
  drawerOpenWhenHigh: boolean;
  /** How long a status query may take. */
  timeoutMs: number;
  labels?: Partial<ReceiptLabels>;
}

export class EscPosPrinter extends LifecycleDevice implements ReceiptPrinter {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly transport: PrinterTransport,
    private readonly options: EscPosPrinterOptions,
  ) {
    super(`receipt printer ${transport.name}`);
  }

  get name(): string {
    return this.transport.name;
  }

  async printReceipt(doc: ReceiptDoc, opts: { openDrawer: boolean }): Promise<void> {
    this.lifecycle.require('print a receipt', 'enabled');
    let bytes: Buffer;
    try {
      bytes = renderReceipt(doc, {
        columns: this.options.columns,
        openDrawer: opts.openDrawer,
        drawerPin: this.options.drawerPin,
        type: this.options.type,
        labels: this.options.labels,
      });
    } catch (err) {
      // Callers handle DeviceError only; a document that cannot be laid out is still a
      // receipt that did not print, and the cause stays attached for the log.
      throw new DeviceError('device_error', 'The receipt could not be prepared for printing', { cause: err });
    }
    await this.queue.run(() => this.transport.send(bytes));
  }

  async printLabels(labels: readonly LabelDoc[]): Promise<void> {
    this.lifecycle.require('print labels', 'enabled');
    let bytes: Buffer;
    try {
      bytes = renderLabels(labels, { columns: this.options.columns, type: this.options.type });
    } catch (err) {
      throw new DeviceError('device_error', 'The labels could not be prepared for printing', { cause: err });
    }
    // One send: the whole run is one connection, so nothing else can land between two labels.
    await this.queue.run(() => this.transport.send(bytes));
  }

  async openDrawer(): Promise<void> {
    this.lifecycle.require('open the cash drawer', 'enabled');
    const pulse = drawerPulse(this.options.type, this.options.drawerPin);
    await this.queue.run(() => this.transport.send(pulse));
  }

  async status(): Promise<PrinterStatus> {
    this.lifecycle.require('read printer status', 'claimed', 'enabled');
    return this.queue.run(() => this.readStatus());
  }

  async checkHealth(): Promise<DeviceHealth> {
    const state = this.state;
    if (state === 'closed' || state === 'opened') {
      return { ok: false, state, detail: `Receipt printer ${this.name} is ${state}` };
    }
    try {
      return { state, ...describeStatus(await this.status()) };
    } catch (err) {
      return { ok: false, state, detail: err instanceof Error ? err.message : String(err) };
    }
  }

  private async readStatus(): Promise<PrinterStatus> {
    // All three queries on one connection: one round trip instead of three.
    const reply = await this.transport.query(STATUS_QUERY, 3, this.options.timeoutMs);
    const [n1, n2, n4] = reply;
    if (n1 === undefined || n2 === undefined || n4 === undefined) {
      throw new DeviceError('device_error', `Receipt printer at ${this.name} sent a short status reply`);
    }
    return parseStatus(n1, n2, n4, this.options.drawerOpenWhenHigh);
  }
}
